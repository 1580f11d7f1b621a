public import JapaneseCalendar

/// One value the law sets, with the periods in which each of its values applied, OpenFisca style.
///
/// Each period has `validFrom`, `validTo` (inclusive; `nil` while in force) and a `citation`. The periods of a
/// parameter are contiguous from the ruleset's first date and never overlap (checked by the tests); a value of
/// `nil` records that the rule did not exist yet, with the citation of what later created it.
public struct Parameter<Value: Sendable & Hashable>: Sendable {
    /// The dotted name, such as `threshold.listedAcquisition`.
    public let name: String
    /// What the value means, in English.
    public let summary: String
    /// The periods, oldest first.
    public let periods: [ParameterPeriod<Value>]

    /// A parameter.
    public init(_ name: String, _ summary: String, _ periods: [ParameterPeriod<Value>]) {
        self.name = name
        self.summary = summary
        self.periods = periods
    }

    /// The period in force on `date`, or `nil` outside every period.
    public func period(on date: LegalDate) -> ParameterPeriod<Value>? {
        periods.last { $0.validFrom <= date && ($0.validTo.map { date <= $0 } ?? true) }
    }

    /// The value in force on `date`, or `nil` outside every period.
    public func value(on date: LegalDate) -> Value? { period(on: date)?.value }
}

/// The value of a ``Parameter`` during one period.
public struct ParameterPeriod<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The first day the value applies.
    public let validFrom: LegalDate
    /// The last day the value applies, or `nil` while in force.
    public let validTo: LegalDate?
    /// The value.
    public let value: Value
    /// The instrument and article that set it.
    public let citation: String

    /// A period. Dates are ISO strings known to be valid (the ruleset is constant data, checked by the tests).
    init(from: String, to: String? = nil, _ value: Value, _ citation: String) {
        self.validFrom = ParameterPeriod.date(from)
        self.validTo = to.map(ParameterPeriod.date)
        self.value = value
        self.citation = citation
    }

    private static func date(_ text: String) -> LegalDate {
        // Constant data: a malformed date here is a programming error caught by RulesetTests.
        (try? LegalDate(iso8601: text)) ?? LegalDate.earliest
    }
}

/// A parameter with its values as text, for listing the ruleset (`fefta rules show`) and checking it.
public struct ParameterDescription: Sendable, Hashable {
    /// The dotted name.
    public let name: String
    /// What the value means.
    public let summary: String
    /// Each period's dates, value as text and citation.
    public let periods: [(validFrom: LegalDate, validTo: LegalDate?, value: String, citation: String)]

    /// Parameters are identified by name.
    public static func == (lhs: ParameterDescription, rhs: ParameterDescription) -> Bool {
        lhs.name == rhs.name
    }

    /// Hashes the name.
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }

    /// The period in force on `date`.
    public func period(on date: LegalDate) -> (
        validFrom: LegalDate, validTo: LegalDate?, value: String, citation: String
    )? {
        periods.last { $0.validFrom <= date && ($0.validTo.map { date <= $0 } ?? true) }
    }
}

extension Parameter {
    /// The parameter as text, with `describe` turning each value into text.
    func described(_ describe: (Value) -> String) -> ParameterDescription {
        ParameterDescription(
            name: name, summary: summary,
            periods: periods.map { ($0.validFrom, $0.validTo, describe($0.value), $0.citation) }
        )
    }
}
