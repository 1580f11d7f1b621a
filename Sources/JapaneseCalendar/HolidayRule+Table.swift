extension HolidayRule {
    /// 国民の祝日に関する法律 (Act No. 178 of 1948) Art. 2 as originally enacted.
    static let originalAct = "国民の祝日に関する法律 Art. 2 (Act No. 178 of 1948)"
    /// Act No. 86 of 1966 (in force 1966-06-25): National Foundation Day, Respect for the Aged Day, Health and
    /// Sports Day.
    static let act1966 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 86 of 1966 (in force 1966-06-25)"
    /// Act No. 5 of 1989 (in force 1989-02-17): the Emperor's Birthday moves to December 23; April 29 becomes
    /// Greenery Day.
    static let act1989 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 5 of 1989 (in force 1989-02-17)"
    /// Act No. 22 of 1995 (in force 1996-01-01): Marine Day on July 20.
    static let act1995 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 22 of 1995 (in force 1996-01-01)"
    /// Act No. 141 of 1998 (in force 2000-01-01): the first Happy Monday amendment (Coming of Age Day, Health and
    /// Sports Day).
    static let act1998 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 141 of 1998 (in force 2000-01-01)"
    /// Act No. 59 of 2001 (in force 2003-01-01): the second Happy Monday amendment (Marine Day, Respect for the
    /// Aged Day).
    static let act2001 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 59 of 2001 (in force 2003-01-01)"
    /// Act No. 43 of 2005 (in force 2007-01-01): Showa Day on April 29, Greenery Day moves to May 4.
    static let act2005 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 43 of 2005 (in force 2007-01-01)"
    /// Act No. 43 of 2014 (in force 2016-01-01): Mountain Day on August 11.
    static let act2014 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 43 of 2014 (in force 2016-01-01)"
    /// Act No. 63 of 2017 (天皇の退位等に関する皇室典範特例法) Suppl. Provisions Art. 10 (in force 2019-05-01): the
    /// Emperor's Birthday moves to February 23.
    static let act2017 =
        "国民の祝日に関する法律 Art. 2 as amended by Act No. 63 of 2017, Suppl. Provisions Art. 10 (in force 2019-05-01)"
    /// Act No. 57 of 2018 (in force 2020-01-01): Health and Sports Day is renamed Sports Day.
    static let act2018 = "国民の祝日に関する法律 Art. 2 as amended by Act No. 57 of 2018 (in force 2020-01-01)"
    /// The Tokyo Olympic and Paralympic special measures act (Act No. 33 of 2015) as amended by Act No. 55 of 2018:
    /// Marine Day, Sports Day and Mountain Day move for 2020.
    static let olympics2020 =
        "東京オリンピック競技大会・東京パラリンピック競技大会特別措置法 (Act No. 33 of 2015) as amended by Act No. 55 of 2018"
    /// The same act as amended by Act No. 68 of 2020: the moves are repeated for the postponed games of 2021.
    static let olympics2021 =
        "東京オリンピック競技大会・東京パラリンピック競技大会特別措置法 (Act No. 33 of 2015) as amended by Act No. 68 of 2020"

    /// Every rule, 1949–2099, in the order of Art. 2's table; one-off days last.
    static let all: [HolidayRule] = [
        HolidayRule(.newYearsDay, 1949...2099, .fixed(month: 1, day: 1), basis: originalAct),

        HolidayRule(.comingOfAgeDay, 1949...1999, .fixed(month: 1, day: 15), basis: originalAct),
        HolidayRule(.comingOfAgeDay, 2000...2099, .nthMonday(month: 1, week: 2), basis: act1998),

        // The date is fixed by 建国記念の日となる日を定める政令 (Cabinet Order No. 376 of 1966).
        HolidayRule(
            .nationalFoundationDay, 1967...2099, .fixed(month: 2, day: 11),
            basis: act1966 + "; Cabinet Order No. 376 of 1966"
        ),

        HolidayRule(.emperorsBirthday, 1949...1988, .fixed(month: 4, day: 29), basis: originalAct),
        HolidayRule(.emperorsBirthday, 1989...2018, .fixed(month: 12, day: 23), basis: act1989),
        // 2019 has no Emperor's Birthday: December 23 stopped being one on 2019-05-01, February 23 started then.
        HolidayRule(.emperorsBirthday, 2020...2099, .fixed(month: 2, day: 23), basis: act2017),

        HolidayRule(.vernalEquinoxDay, 1949...2099, .vernalEquinox, basis: originalAct + ": 春分日"),

        HolidayRule(.greeneryDay, 1989...2006, .fixed(month: 4, day: 29), basis: act1989),
        HolidayRule(.showaDay, 2007...2099, .fixed(month: 4, day: 29), basis: act2005),

        HolidayRule(.constitutionMemorialDay, 1949...2099, .fixed(month: 5, day: 3), basis: originalAct),
        HolidayRule(.greeneryDay, 2007...2099, .fixed(month: 5, day: 4), basis: act2005),
        HolidayRule(.childrensDay, 1949...2099, .fixed(month: 5, day: 5), basis: originalAct),

        HolidayRule(.marineDay, 1996...2002, .fixed(month: 7, day: 20), basis: act1995),
        HolidayRule(.marineDay, 2003...2019, .nthMonday(month: 7, week: 3), basis: act2001),
        HolidayRule(.marineDay, 2020...2020, .fixed(month: 7, day: 23), basis: olympics2020),
        HolidayRule(.marineDay, 2021...2021, .fixed(month: 7, day: 22), basis: olympics2021),
        HolidayRule(.marineDay, 2022...2099, .nthMonday(month: 7, week: 3), basis: act2001),

        HolidayRule(.mountainDay, 2016...2019, .fixed(month: 8, day: 11), basis: act2014),
        HolidayRule(.mountainDay, 2020...2020, .fixed(month: 8, day: 10), basis: olympics2020),
        HolidayRule(.mountainDay, 2021...2021, .fixed(month: 8, day: 8), basis: olympics2021),
        HolidayRule(.mountainDay, 2022...2099, .fixed(month: 8, day: 11), basis: act2014),

        HolidayRule(.respectForTheAgedDay, 1966...2002, .fixed(month: 9, day: 15), basis: act1966),
        HolidayRule(.respectForTheAgedDay, 2003...2099, .nthMonday(month: 9, week: 3), basis: act2001),

        HolidayRule(.autumnalEquinoxDay, 1949...2099, .autumnalEquinox, basis: originalAct + ": 秋分日"),

        HolidayRule(.healthAndSportsDay, 1966...1999, .fixed(month: 10, day: 10), basis: act1966),
        HolidayRule(.healthAndSportsDay, 2000...2019, .nthMonday(month: 10, week: 2), basis: act1998),
        HolidayRule(.sportsDay, 2020...2020, .fixed(month: 7, day: 24), basis: olympics2020),
        HolidayRule(.sportsDay, 2021...2021, .fixed(month: 7, day: 23), basis: olympics2021),
        HolidayRule(.sportsDay, 2022...2099, .nthMonday(month: 10, week: 2), basis: act2018),

        HolidayRule(.cultureDay, 1949...2099, .fixed(month: 11, day: 3), basis: originalAct),
        HolidayRule(.labourThanksgivingDay, 1949...2099, .fixed(month: 11, day: 23), basis: originalAct),

        // One-off rest days fixed by special acts.
        HolidayRule(
            .weddingOfCrownPrinceAkihito, 1959...1959, .fixed(month: 4, day: 10), countsForArticle3: false,
            basis: "皇太子明仁親王の結婚の儀の行われる日を休日とする法律 (Act No. 16 of 1959)"
        ),
        HolidayRule(
            .funeralOfEmperorShowa, 1989...1989, .fixed(month: 2, day: 24), countsForArticle3: false,
            basis: "昭和天皇の大喪の礼の行われる日を休日とする法律 (Act No. 4 of 1989)"
        ),
        HolidayRule(
            .enthronementCeremony1990, 1990...1990, .fixed(month: 11, day: 12), countsForArticle3: false,
            basis: "即位礼正殿の儀の行われる日を休日とする法律 (Act No. 24 of 1990)"
        ),
        HolidayRule(
            .weddingOfCrownPrinceNaruhito, 1993...1993, .fixed(month: 6, day: 9), countsForArticle3: false,
            basis: "皇太子徳仁親王の結婚の儀の行われる日を休日とする法律 (Act No. 32 of 1993)"
        ),
        // Act No. 99 of 2018 deems both 2019 days national holidays for Art. 3, which makes April 30 and May 2
        // citizens' holidays (the 2019 Golden Week sandwich days).
        HolidayRule(
            .accessionDay2019, 2019...2019, .fixed(month: 5, day: 1),
            basis: "天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (Act No. 99 of 2018)"
        ),
        HolidayRule(
            .enthronementCeremony2019, 2019...2019, .fixed(month: 10, day: 22),
            basis: "天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (Act No. 99 of 2018)"
        ),
    ]
}
