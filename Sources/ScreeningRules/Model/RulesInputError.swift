/// Why a transaction's JSON cannot be read as facts: the input is malformed, not the law undecided.
///
/// Every case names the JSON path of the offending member (`act.holdingAfter`, `target.industries[2]`) and
/// ``description`` says what was expected, in one line.
public enum RulesInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A member the schema does not know. `allowed` lists the members that are.
    case unknownMember(path: String, allowed: [String])
    /// A value of the wrong JSON type.
    case wrongType(path: String, expected: String, found: String)
    /// A value of the right type that is not allowed (an unknown enum name, a malformed date or code).
    case invalidValue(path: String, value: String, expected: String)
    /// A value outside its range, or inconsistent with another member (a holding above 100, a holding after an
    /// acquisition below the holding before it).
    case outOfRange(path: String, value: String, expected: String)
    /// A required member is absent.
    case missingMember(path: String, expected: String)

    /// The JSON path of the offending member.
    public var path: String {
        switch self {
        case .unknownMember(let path, _), .wrongType(let path, _, _), .invalidValue(let path, _, _),
            .outOfRange(let path, _, _), .missingMember(let path, _):
            path
        }
    }

    /// One line: the JSON path, what was wrong and what was expected.
    public var description: String {
        let path = displayedInMessage(path)
        return switch self {
        case .unknownMember(_, let allowed):
            "\(path): unknown member; expected one of: \(allowed.joined(separator: ", "))"
        case .wrongType(_, let expected, let found):
            "\(path): expected \(expected), got \(found)"
        case .invalidValue(_, let value, let expected):
            "\(path): '\(displayedInMessage(value))' is not valid: expected \(expected)"
        case .outOfRange(_, let value, let expected):
            "\(path): \(displayedInMessage(value)) is out of range: \(expected)"
        case .missingMember(_, let expected):
            "\(path): missing; expected \(expected)"
        }
    }
}
