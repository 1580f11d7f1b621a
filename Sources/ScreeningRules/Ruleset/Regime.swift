public import JapaneseCalendar

/// A version of the FEFTA inward-investment rules, named by the date from which it applies.
///
/// The ruleset covers acts on or after 2017-10-01 (specified acquisitions, T2017). Within it:
/// - ``from2017``: listed threshold 10 %, no exemption regime (fefta-rules.md §1, "Pre-2020 baseline").
/// - ``from2020``: the 2019 Act amendment as applied from 2020-06-07 (Order 附則 (R2) Arts 2, 4, 5): 1 %,
///   exemptions, consents, core sectors.
/// - ``from2025``: the 2025 Order and Ordinance from 2025-05-19: specified and quasi-specified investors,
///   特定コア事業者.
public enum Regime: Int, Sendable, Hashable, CaseIterable, Comparable {
    /// From 2017-10-01 to 2020-06-06.
    case from2017
    /// From 2020-06-07 to 2025-05-18.
    case from2020
    /// From 2025-05-19.
    case from2025

    /// The first day the regime applies to.
    public var startDate: LegalDate { Regime.startDates[rawValue] }

    /// The last day the regime applies to, or `nil` while it is in force.
    public var endDate: LegalDate? {
        rawValue + 1 < Regime.startDates.count ? Regime.startDates[rawValue + 1].previous : nil
    }

    /// The version reported as `ruleset.version`: the start date, `YYYY-MM-DD`.
    public var version: String { startDate.iso8601 }

    /// The citation of what started the regime.
    public var citation: String {
        switch self {
        case .from2017: "Act 26(3), 28 as amended by Act No. 38 of 2017, in force 2017-10-01 (T2017)"
        case .from2020:
            "Act No. 60 of 2019 in force 2020-05-08; Order 附則 (Cabinet Order No. 154 of 2020) Arts 2, 4, 5: "
                + "applies to FDI on or after 2020-06-07 (T2020b)"
        case .from2025: "Cabinet Order No. 172 of 2025 and Ord. (2025) No. 7, in force 2025-05-19 (T2025)"
        }
    }

    /// The regime that applies on `date`, or `nil` before 2017-10-01 (outside this ruleset).
    @inlinable
    public static func inForce(on date: LegalDate) -> Regime? {
        let day = date.dayNumber
        if day >= startDayNumbers.2 { return .from2025 }
        if day >= startDayNumbers.1 { return .from2020 }
        if day >= startDayNumbers.0 { return .from2017 }
        return nil
    }

    /// The earliest date the ruleset covers.
    public static var earliestDate: LegalDate { Regime.from2017.startDate }

    static let startDates: [LegalDate] = [
        LegalDate(dayNumber: startDayNumbers.0), LegalDate(dayNumber: startDayNumbers.1),
        LegalDate(dayNumber: startDayNumbers.2),
    ]

    /// Day numbers of 2017-10-01, 2020-06-07 and 2025-05-19 (checked against the ISO dates by the tests).
    @usableFromInline
    static let startDayNumbers: (Int32, Int32, Int32) = (17_440, 18_420, 20_227)

    /// Orders regimes by start date.
    public static func < (lhs: Regime, rhs: Regime) -> Bool { lhs.rawValue < rhs.rawValue }
}
