/// A day that is a holiday under 国民の祝日に関する法律 (a 「国民の祝日」 of Art. 2 or a 休日 of Art. 3) or under a
/// special act making a one-off day a holiday.
public struct NationalHoliday: Sendable, Hashable {
    /// The day.
    public let date: LegalDate
    /// Which holiday it is.
    public let kind: HolidayKind

    /// Creates a holiday value. Use ``NationalHolidays`` to find the real ones.
    public init(date: LegalDate, kind: HolidayKind) {
        self.date = date
        self.kind = kind
    }

    /// The English name ("Mountain Day").
    public var name: String { kind.name }

    /// The Japanese name ("山の日").
    public var nameJa: String { kind.nameJa }

    /// The statute and amending act that make this day a holiday.
    public var legalBasis: String {
        switch kind {
        case .substituteHoliday:
            return HolidayRule.substituteHolidayBasis(on: date)
        case .citizensHoliday:
            return HolidayRule.citizensHolidayBasis(on: date)
        default:
            let year = date.year
            return HolidayRule.all.first { $0.kind == kind && $0.years.contains(year) }?.basis
                ?? HolidayRule.originalAct
        }
    }
}
