/// Which holiday a day is: one of the days named in 国民の祝日に関する法律 (Act No. 178 of 1948) Art. 2, a rest day
/// that its Art. 3 derives from them, or a one-off rest day fixed by a special act.
///
/// The raw value is a small code used in the calendar's day table; it is not a stable external identifier
/// (use ``identifier`` for that).
public enum HolidayKind: UInt8, Sendable, Hashable, CaseIterable {
    /// 元日, January 1.
    case newYearsDay = 1
    /// 成人の日: January 15, then the second Monday of January from 2000.
    case comingOfAgeDay
    /// 建国記念の日: February 11, from 1967.
    case nationalFoundationDay
    /// 天皇誕生日: the reigning Emperor's birthday (April 29, December 23, February 23).
    case emperorsBirthday
    /// 春分の日: the day of the vernal equinox.
    case vernalEquinoxDay
    /// 昭和の日: April 29, from 2007.
    case showaDay
    /// 憲法記念日, May 3.
    case constitutionMemorialDay
    /// みどりの日: April 29 from 1989, May 4 from 2007.
    case greeneryDay
    /// こどもの日, May 5.
    case childrensDay
    /// 海の日: July 20 from 1996, the third Monday of July from 2003.
    case marineDay
    /// 山の日: August 11, from 2016.
    case mountainDay
    /// 敬老の日: September 15 from 1966, the third Monday of September from 2003.
    case respectForTheAgedDay
    /// 秋分の日: the day of the autumnal equinox.
    case autumnalEquinoxDay
    /// 体育の日: October 10 from 1966, the second Monday of October from 2000, until 2019.
    case healthAndSportsDay
    /// スポーツの日: the second Monday of October, from 2020 (the renamed 体育の日).
    case sportsDay
    /// 文化の日, November 3.
    case cultureDay
    /// 勤労感謝の日, November 23.
    case labourThanksgivingDay
    /// 振替休日: the rest day that replaces a national holiday falling on a Sunday (Art. 3(2)).
    case substituteHoliday
    /// 国民の休日: a day sandwiched between two national holidays (Art. 3(3), from 1985-12-27).
    case citizensHoliday
    /// 皇太子明仁親王の結婚の儀, 1959-04-10.
    case weddingOfCrownPrinceAkihito
    /// 昭和天皇の大喪の礼, 1989-02-24.
    case funeralOfEmperorShowa
    /// 即位礼正殿の儀, 1990-11-12.
    case enthronementCeremony1990
    /// 皇太子徳仁親王の結婚の儀, 1993-06-09.
    case weddingOfCrownPrinceNaruhito
    /// 天皇の即位の日, 2019-05-01.
    case accessionDay2019
    /// 即位礼正殿の儀の行われる日, 2019-10-22.
    case enthronementCeremony2019

    /// The English name, as the Cabinet Office uses it ("Mountain Day").
    public var name: String {
        switch self {
        case .newYearsDay: "New Year's Day"
        case .comingOfAgeDay: "Coming of Age Day"
        case .nationalFoundationDay: "National Foundation Day"
        case .emperorsBirthday: "The Emperor's Birthday"
        case .vernalEquinoxDay: "Vernal Equinox Day"
        case .showaDay: "Showa Day"
        case .constitutionMemorialDay: "Constitution Memorial Day"
        case .greeneryDay: "Greenery Day"
        case .childrensDay: "Children's Day"
        case .marineDay: "Marine Day"
        case .mountainDay: "Mountain Day"
        case .respectForTheAgedDay: "Respect for the Aged Day"
        case .autumnalEquinoxDay: "Autumnal Equinox Day"
        case .healthAndSportsDay: "Health and Sports Day"
        case .sportsDay: "Sports Day"
        case .cultureDay: "Culture Day"
        case .labourThanksgivingDay: "Labour Thanksgiving Day"
        case .substituteHoliday: "Substitute Holiday"
        case .citizensHoliday: "Citizens' Holiday"
        case .weddingOfCrownPrinceAkihito: "Wedding of Crown Prince Akihito"
        case .funeralOfEmperorShowa: "State Funeral of Emperor Showa"
        case .enthronementCeremony1990: "Enthronement Ceremony"
        case .weddingOfCrownPrinceNaruhito: "Wedding of Crown Prince Naruhito"
        case .accessionDay2019: "Day of the Emperor's Accession"
        case .enthronementCeremony2019: "Day of the Enthronement Ceremony"
        }
    }

    /// The Japanese name ("山の日").
    public var nameJa: String {
        switch self {
        case .newYearsDay: "元日"
        case .comingOfAgeDay: "成人の日"
        case .nationalFoundationDay: "建国記念の日"
        case .emperorsBirthday: "天皇誕生日"
        case .vernalEquinoxDay: "春分の日"
        case .showaDay: "昭和の日"
        case .constitutionMemorialDay: "憲法記念日"
        case .greeneryDay: "みどりの日"
        case .childrensDay: "こどもの日"
        case .marineDay: "海の日"
        case .mountainDay: "山の日"
        case .respectForTheAgedDay: "敬老の日"
        case .autumnalEquinoxDay: "秋分の日"
        case .healthAndSportsDay: "体育の日"
        case .sportsDay: "スポーツの日"
        case .cultureDay: "文化の日"
        case .labourThanksgivingDay: "勤労感謝の日"
        case .substituteHoliday: "振替休日"
        case .citizensHoliday: "国民の休日"
        case .weddingOfCrownPrinceAkihito: "皇太子明仁親王の結婚の儀"
        case .funeralOfEmperorShowa: "昭和天皇の大喪の礼"
        case .enthronementCeremony1990: "即位礼正殿の儀"
        case .weddingOfCrownPrinceNaruhito: "皇太子徳仁親王の結婚の儀"
        case .accessionDay2019: "天皇の即位の日"
        case .enthronementCeremony2019: "即位礼正殿の儀の行われる日"
        }
    }

    /// A stable lowercase-hyphen identifier for machine output ("mountain-day").
    public var identifier: String {
        switch self {
        case .newYearsDay: "new-years-day"
        case .comingOfAgeDay: "coming-of-age-day"
        case .nationalFoundationDay: "national-foundation-day"
        case .emperorsBirthday: "emperors-birthday"
        case .vernalEquinoxDay: "vernal-equinox-day"
        case .showaDay: "showa-day"
        case .constitutionMemorialDay: "constitution-memorial-day"
        case .greeneryDay: "greenery-day"
        case .childrensDay: "childrens-day"
        case .marineDay: "marine-day"
        case .mountainDay: "mountain-day"
        case .respectForTheAgedDay: "respect-for-the-aged-day"
        case .autumnalEquinoxDay: "autumnal-equinox-day"
        case .healthAndSportsDay: "health-and-sports-day"
        case .sportsDay: "sports-day"
        case .cultureDay: "culture-day"
        case .labourThanksgivingDay: "labour-thanksgiving-day"
        case .substituteHoliday: "substitute-holiday"
        case .citizensHoliday: "citizens-holiday"
        case .weddingOfCrownPrinceAkihito: "wedding-of-crown-prince-akihito"
        case .funeralOfEmperorShowa: "funeral-of-emperor-showa"
        case .enthronementCeremony1990: "enthronement-ceremony-1990"
        case .weddingOfCrownPrinceNaruhito: "wedding-of-crown-prince-naruhito"
        case .accessionDay2019: "accession-day-2019"
        case .enthronementCeremony2019: "enthronement-ceremony-2019"
        }
    }
}
