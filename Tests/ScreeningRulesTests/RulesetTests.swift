import JapaneseCalendar
import Testing

@testable import ScreeningRules

struct RulesetTests {
    @Test(arguments: Ruleset.all)
    func everyValueHasACitationAndContiguousValidity(parameter: ParameterDescription) throws {
        let periods = parameter.periods
        #expect(!periods.isEmpty)
        #expect(
            periods.first?.validFrom == Regime.earliestDate, "\(parameter.name) must start at the ruleset's first date")
        for (index, period) in periods.enumerated() {
            #expect(!period.citation.isEmpty, "\(parameter.name) period \(index) has no citation")
            if let end = period.validTo { #expect(end >= period.validFrom) }
            if index + 1 < periods.count {
                let next = periods[index + 1]
                let end = try #require(period.validTo, "\(parameter.name): only the last period may be open")
                #expect(next.validFrom == end.next, "\(parameter.name): gap or overlap after \(end)")
            } else {
                #expect(period.validTo == nil, "\(parameter.name): the last period must be open-ended")
            }
        }
    }

    @Test(arguments: Ruleset.all)
    func valuesChangeOnlyOnRegimeStartDates(parameter: ParameterDescription) {
        let starts = Set(Regime.allCases.map(\.startDate))
        for period in parameter.periods { #expect(starts.contains(period.validFrom), "\(parameter.name)") }
    }

    @Test func parameterNamesAreUnique() {
        #expect(Set(Ruleset.all.map(\.name)).count == Ruleset.all.count)
    }

    @Test(arguments: [
        ("2017-10-01", Regime.from2017), ("2020-06-06", .from2017), ("2020-06-07", .from2020),
        ("2025-05-18", .from2020), ("2025-05-19", .from2025), ("2031-01-01", .from2025),
    ])
    func regimeInForceOnEachSideOfItsStart(date: String, regime: Regime) throws {
        #expect(Regime.inForce(on: try LegalDate(iso8601: date)) == regime)
    }

    @Test func noRegimeBeforeTheRulesetStarts() throws {
        #expect(Regime.inForce(on: try LegalDate(iso8601: "2017-09-30")) == nil)
        #expect(Regime.from2025.version == "2025-05-19")
        #expect(Regime.from2020.version == "2020-06-07")
        #expect(Regime.from2017.version == "2017-10-01")
        #expect(Regime.from2017.endDate == (try LegalDate(iso8601: "2020-06-06")))
    }

    @Test func regimeParametersReadTheRuleset() {
        #expect(RegimeParameters.of(.from2017).listedAcquisitionThreshold == Threshold(10))
        #expect(RegimeParameters.of(.from2020).listedAcquisitionThreshold == Threshold(1))
        #expect(!RegimeParameters.of(.from2017).exemptionAvailable)
        #expect(RegimeParameters.of(.from2025).coreExemptionCap == Threshold(10))
        #expect(!RegimeParameters.of(.from2017).isInForce(.businessSuccession))
        #expect(RegimeParameters.of(.from2020).isInForce(.businessSuccession))
        #expect(RegimeParameters.of(.from2025).investorClasses.contains(.quasiSpecified))
        #expect(!RegimeParameters.of(.from2020).investorClasses.contains(.specified))
        #expect(!RegimeParameters.of(.from2017).isInForce(ReportRow.p3))
        #expect(RegimeParameters.of(.from2020).isInForce(ReportRow.p16))
    }
}
