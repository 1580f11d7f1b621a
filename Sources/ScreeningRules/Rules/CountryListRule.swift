/// The country-list trigger: an investor from a country or region not in Ord. 別表第一 must notify whatever the
/// sector, unless it is a Japanese company that is foreign only by ownership (FI3) or by its officers (FI5).
///
/// Legal basis: Order 3(2)(ii); Ord. 3(5) (「別表第一に掲げる国又は地域以外の国又は地域の外国投資家」, excluding
/// Act 26(1)(iii) and (v) investors); Ord. 別表第一 (173 entries). Without `investor.country` the trigger is not
/// tested (design.md §4: country optional, default none) and the finding says so. Japan is not a foreign country
/// or region, so `JP` does not trigger it [D].
enum CountryListRule: ScreeningRule {
    static let id = RuleID.countryList
    static let citation = "Order 3(2)(ii); Ord. 3(5); Ord. 別表第一"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> Bool {
        guard let country = f.country else {
            recorder.record(
                Finding(
                    rule: id, question: .countryQuestion, facts: [FactUse("investor.country", .null)],
                    answer: .countryNotGiven, citation: citation)
            )
            return false
        }
        let facts = [FactUse("investor.country", .string(country.description)), f.use(.investorCategory)]
        if f.category == .foreignControlledCompany || f.category == .foreignOfficerControlled {
            recorder.record(
                Finding(
                    rule: id, question: .countryQuestion, facts: facts, answer: .countryNotApplicable(f.category),
                    citation: citation))
            return false
        }
        if country == .japan {
            recorder.record(
                Finding(rule: id, question: .countryQuestion, facts: facts, answer: .countryJapan, citation: citation))
            return false
        }
        if let entry = CountryList.entry(for: country) {
            recorder.record(
                Finding(
                    rule: id, question: .countryQuestion, facts: facts, answer: .countryListed(entry),
                    citation: citation))
            return false
        }
        recorder.record(
            Finding(
                rule: id, question: .countryQuestion, facts: facts, answer: .countryNotListed(country),
                citation: citation))
        return true
    }
}

extension Finding.Message {
    static let countryQuestion = Self(
        en: "Is the investor from a country or region outside Ord. 別表第一 (country-list trigger)?",
        ja: "投資家は命令別表第一に掲げる国又は地域以外の国又は地域の外国投資家か。"
    )

    static let countryNotGiven = Self(
        en: "Not tested: investor.country was not given, so the country-list trigger is not applied.",
        ja: "判定せず。investor.countryの指定がないため、国・地域による事前届出要件は適用していない。"
    )

    static func countryNotApplicable(_ category: InvestorCategory) -> Self {
        .init(
            en: "Does not apply to \(category.rawValue) (\(category.ruleLabel)) investors (Ord. 3(5) parenthesis).",
            ja: "\(category.rawValue)（\(category.ruleLabel)）には適用されない（命令3条5項括弧書）。"
        )
    }

    static let countryJapan = Self(
        en: "No: Japan is not a foreign country or region for this rule.", ja: "該当しない。日本は外国の国又は地域に当たらない。"
    )

    static func countryListed(_ entry: CountryListEntry) -> Self {
        .init(
            en: "No: \(entry.nameEn) is listed (別表第一 item \(entry.item)).",
            ja: "該当しない。\(entry.nameJa)は別表第一に掲げられている（第\(entry.item)号）。"
        )
    }

    static func countryNotListed(_ country: CountryCode) -> Self {
        .init(
            en:
                "Yes: \(country) is not in 別表第一, so prior notification is required whatever the sector, with no exemption.",
            ja: "該当する。\(country)は別表第一に掲げられていないため、業種を問わず事前届出が必要で、免除は受けられない。"
        )
    }
}
