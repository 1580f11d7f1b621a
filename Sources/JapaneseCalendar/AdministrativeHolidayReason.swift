/// Why a day is an administrative holiday (行政機関の休日) under 行政機関の休日に関する法律 Art. 1(1).
public enum AdministrativeHolidayReason: Sendable, Hashable, CustomStringConvertible {
    /// Art. 1(1)(i): a Saturday.
    case saturday
    /// Art. 1(1)(i): a Sunday.
    case sunday
    /// Art. 1(1)(ii): a holiday under 国民の祝日に関する法律 (or a one-off holiday by special act).
    case nationalHoliday(NationalHoliday)
    /// Art. 1(1)(iii): December 29 through January 3.
    case yearEndClosure

    /// A stable identifier for machine output: `saturday`, `sunday`, `national-holiday`, `year-end-closure`.
    public var identifier: String {
        switch self {
        case .saturday: "saturday"
        case .sunday: "sunday"
        case .nationalHoliday: "national-holiday"
        case .yearEndClosure: "year-end-closure"
        }
    }

    /// An English description: "Saturday", "Mountain Day (a national holiday)", "the year-end closure (December 29 to
    /// January 3)".
    public var description: String {
        switch self {
        case .saturday: "Saturday"
        case .sunday: "Sunday"
        case .nationalHoliday(let holiday): "\(holiday.name) (a national holiday)"
        case .yearEndClosure: "the year-end closure (December 29 to January 3)"
        }
    }

    /// A Japanese description: 「土曜日」「山の日（国民の祝日）」「年末年始の休日（12月29日から1月3日まで）」.
    public var descriptionJa: String {
        switch self {
        case .saturday: "土曜日"
        case .sunday: "日曜日"
        case .nationalHoliday(let holiday):
            holiday.kind == .substituteHoliday || holiday.kind == .citizensHoliday
                ? "\(holiday.nameJa)（国民の祝日に関する法律による休日）" : "\(holiday.nameJa)（国民の祝日）"
        case .yearEndClosure: "年末年始の休日（12月29日から1月3日まで）"
        }
    }
}
