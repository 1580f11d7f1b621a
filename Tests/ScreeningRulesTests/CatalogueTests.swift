import JapaneseCalendar
import Testing

@testable import ScreeningRules

struct CatalogueTests {
    @Test func countryListHasTheOrdinancesEntries() {
        #expect(CountryList.all.count == 173)
        #expect(Set(CountryList.all.map(\.code)).count == 173)
        #expect(!CountryList.all.contains { $0.item == "43" })
        #expect(CountryList.all.filter { $0.item.hasSuffix("の二") }.count == 11)
        #expect(CountryList.entry(for: CountryCode("SG")!)?.item == "59")
        #expect(CountryList.entry(for: CountryCode("AF")!)?.item == "2の二")
        #expect(CountryList.entry(for: CountryCode("RU")!)?.item == "163")
        #expect(CountryList.entry(for: CountryCode("ME")!)?.item == "152の二")
    }

    @Test(arguments: [
        ("US", true), ("CN", true), ("HK", true), ("TW", true), ("MO", true), ("KP", false), ("JP", false),
        ("XK", false),
    ])
    func countryListLookup(code: String, listed: Bool) {
        #expect(CountryList.contains(CountryCode(code)!) == listed)
    }

    @Test func industryCatalogueHasTheCSVRows() {
        let all = IndustryCatalogue.all
        #expect(all.count == 99)
        #expect(all.filter { $0.tier == .designated }.count == 63)
        #expect(all.filter { $0.tier == .core }.count == 36)
        #expect(all.filter { $0.confidence == .verbatim }.count == 4)
        #expect(all.filter { $0.confidence == .inferred }.count == 3)
        #expect(all.allSatisfy { !$0.source.isEmpty })
    }

    static func date(_ text: String) -> LegalDate { (try? LegalDate(iso8601: text)) ?? .earliest }

    @Test(arguments: [
        // ICT additions apply from 2019-08-31 (T2019).
        ("2814", "2019-08-30", TargetTier.nonDesignated, TargetTier.nonDesignated),
        ("2814", "2019-08-31", .designated, .designated),
        // From 2020-06-07 the ICT group has core rows ("part of"), so the code cannot exclude core.
        ("2814", "2020-06-07", .designated, .core),
        ("2814", "2025-05-19", .designated, .coreSpecified),
        // Widened telecoms: before 2019-08-31 the narrower item may already apply.
        ("3711", "2019-08-30", .nonDesignated, .designated),
        // Heat supply has no core row.
        ("3511", "2024-01-01", .designated, .designated),
        // Critical minerals: metal mining (051) may be one of the 34 minerals, from 2021-11-04.
        ("0511", "2021-11-03", .nonDesignated, .nonDesignated),
        ("0511", "2021-11-04", .nonDesignated, .core),
        // Agriculture is a whole division (A).
        ("0111", "2024-01-01", .designated, .designated),
        // A code the catalogue does not list.
        ("5811", "2024-01-01", .nonDesignated, .nonDesignated),
        // A coarser code than the row's: 28 may be 2814.
        ("28", "2024-01-01", .nonDesignated, .core),
    ])
    func classifiesJSICCodesByDate(code: String, date: String, lower: TargetTier, upper: TargetTier) {
        let result = IndustryCatalogue.classify(
            [JSICCode(code)!], on: Self.date(date), essentialInfrastructureOperator: nil
        )
        #expect(result.bounds == TierBounds(lower: lower, upper: upper))
    }

    @Test func essentialInfrastructureOperatorFlagFixesTheCoreSpecifiedBound() {
        let date = Self.date("2025-06-01")
        let no = IndustryCatalogue.classify([JSICCode("3311")!], on: date, essentialInfrastructureOperator: false)
        #expect(no.bounds == TierBounds(lower: .designated, upper: .core))
        let yes = IndustryCatalogue.classify([JSICCode("3311")!], on: date, essentialInfrastructureOperator: true)
        #expect(yes.bounds == TierBounds(lower: .designated, upper: .coreSpecified))
    }
}

struct CatalogueFlagTests {
    @Test func inferredCoreRowsAreSurfacedWhenTheyKeepCoreOpen() throws {
        // 2761 (weapons manufacturing) is designated; the core rows of the weapons group are product-defined.
        let result = IndustryCatalogue.classify(
            [JSICCode("2761")!], on: CatalogueTests.date("2024-01-01"), essentialInfrastructureOperator: false)
        #expect(result.bounds == TierBounds(lower: .designated, upper: .core))
        #expect(result.openCoreRows.contains { $0.group == "weapons" && $0.confidence == .verbatim })
        let d = engine.explain(
            try facts(
                #"{"date":"2024-01-01","investor":{"category":"foreignEntity","class":"general"},"target":{"listed":false,"industries":["2761"]},"act":{"kind":"unlistedShares","holdingBefore":0,"holdingAfter":5}}"#
            ))
        #expect(d.missingFacts == .targetTier)
        #expect(d.findings.contains { $0.rule == .targetTier && ($0.note?.en.contains("[verbatim]") ?? false) })
    }
}
