import JapaneseCalendar

/// A lawyer-written test case, OpenFisca style: facts in the `fefta check` contract and the expected answer.
///
/// The case is read from a JSON value (the CLI converts YAML to it):
/// ```yaml
/// - name: EX1 Singapore company, listed designated, 0.5% -> 1.5%
///   input: {date: 2025-09-01, investor: {...}, target: {...}, act: {...}}
///   output:
///     outcome: exempt
///     exemptionBasis: generalDesignated
///     conditions: [B1, B2, B3]
///     reportRow: P3
///     reportForm: "11-2"
///     dueDate: 2025-10-16
/// ```
/// Only the `output` members given are checked; `null` expects the member to be absent (no report).
public struct RuleTestCase: Sendable {
    /// The case's name.
    public let name: String
    /// The facts.
    public let facts: TransactionFacts
    /// The expected members of the output, as JSON, in the order given.
    public let expected: JSONObject

    /// The members `output` may have.
    public static let outputMembers = [
        "outcome", "exemptionBasis", "conditions", "reportRow", "reportForm", "dueDate", "missingFacts",
        "priorNotification", "rulesetVersion",
    ]

    /// Reads a case.
    ///
    /// - Parameters:
    ///   - json: the case object with `name`, `input`, `output` (and an optional `description`).
    ///   - path: where the case is, for errors (such as `[3]`).
    /// - Throws: ``RulesInputError`` naming the member.
    public init(json: JSONValue, path: String) throws(RulesInputError) {
        let reader = try JSONMemberReader(json, path: path, allowed: ["name", "description", "input", "output"])
        guard let name = try reader.string("name") else {
            throw .missingMember(path: reader.path("name"), expected: "a case name")
        }
        guard let input = reader.value("input") else {
            throw .missingMember(path: reader.path("input"), expected: "the facts")
        }
        guard let output = reader.value("output") else {
            throw .missingMember(path: reader.path("output"), expected: "the expected answer")
        }
        do {
            facts = try TransactionFacts(json: input)
        } catch {
            throw RuleTestCase.prefixed(error, with: reader.path("input"))
        }
        let expectation = try JSONMemberReader(output, path: reader.path("output"), allowed: RuleTestCase.outputMembers)
        self.name = name
        self.expected = expectation.object
    }

    /// The members of `determination` that a case can check, as JSON.
    public static func actual(_ determination: Determination) -> JSONObject {
        var object = JSONObject()
        object["outcome"] = .string(determination.outcome.rawValue)
        object["exemptionBasis"] = determination.exemption.map { .string($0.basis.rawValue) } ?? .null
        object["conditions"] = .array((determination.exemption?.conditions.labels ?? []).map { .string($0) })
        object["reportRow"] = determination.report.map { .string($0.row.rawValue) } ?? .null
        object["reportForm"] = determination.report.map { .string($0.form) } ?? .null
        object["dueDate"] = determination.report.map { .string($0.dueDate.iso8601) } ?? .null
        object["missingFacts"] = .array(determination.missingFacts.paths.map { .string($0) })
        object["priorNotification"] = .bool(determination.priorNotification != nil)
        object["rulesetVersion"] = determination.regime.map { .string($0.version) } ?? .null
        return object
    }

    /// Runs the case and returns what differed (empty when it passes).
    public func run(with engine: ScreeningEngine) -> [RuleTestMismatch] {
        let actual = RuleTestCase.actual(engine.determine(facts))
        var mismatches: [RuleTestMismatch] = []
        for (key, value) in expected.members {
            let got = actual[key] ?? .null
            if RuleTestCase.normalized(value) != RuleTestCase.normalized(got) {
                mismatches.append(RuleTestMismatch(member: key, expected: value.serialized(), actual: got.serialized()))
            }
        }
        return mismatches
    }

    /// YAML writes `11-2` as a string and `P3` as a string, but may write a date or number plainly; compare as text.
    static func normalized(_ value: JSONValue) -> JSONValue {
        switch value {
        case .number(let number): .string(number.literal)
        case .array(let elements): .array(elements.map(normalized))
        default: value
        }
    }

    static func prefixed(_ error: RulesInputError, with prefix: String) -> RulesInputError {
        func join(_ path: String) -> String { path == "(top level)" ? prefix : prefix + "." + path }
        switch error {
        case .unknownMember(let path, let allowed): return .unknownMember(path: join(path), allowed: allowed)
        case .wrongType(let path, let expected, let found):
            return .wrongType(path: join(path), expected: expected, found: found)
        case .invalidValue(let path, let value, let expected):
            return .invalidValue(path: join(path), value: value, expected: expected)
        case .outOfRange(let path, let value, let expected):
            return .outOfRange(path: join(path), value: value, expected: expected)
        case .missingMember(let path, let expected): return .missingMember(path: join(path), expected: expected)
        }
    }
}

/// One member of a test case's output that differed.
public struct RuleTestMismatch: Sendable, Hashable, CustomStringConvertible {
    /// The output member.
    public let member: String
    /// The expected value, as JSON text.
    public let expected: String
    /// The value the engine gave, as JSON text.
    public let actual: String

    /// One line: the member, the expected and the actual value.
    public var description: String { "\(member): expected \(expected), got \(actual)" }
}
