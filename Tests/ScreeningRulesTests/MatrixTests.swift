import ScreeningRules
import Testing

/// Every investor class × tier × listed/unlisted for share acquisitions (fefta-rules.md §6.2), on 2025-09-01.
struct MatrixTests {
    static let basic = ["B1", "B2", "B3"]
    static let core = ["B1", "B2", "B3", "C1", "C2"]
    static let quasiCore = ["B1", "B2", "B3", "C1", "C2", "Q1", "Q2"]

    /// The expected answer for a 0.5% → 1.5% listed acquisition (or 0 → 1.5% unlisted).
    static func expected(_ investorClass: String, accredited: Bool, _ tier: String, listed: Bool) -> Answer {
        let excluded =
            investorClass == "violator"
            || (["foreignGovernment", "stateControlled", "specified"].contains(investorClass) && !accredited)
        switch tier {
        case "nonDesignated":
            return Answer(.noFiling)
        case "designated":
            if excluded { return Answer(.priorNotification) }
            if !listed { return Answer(.exempt, .unlistedDesignated, basic, row: "P2") }
            if investorClass == "financialInstitution" { return Answer(.exempt, .financialInstitution, basic) }
            return Answer(.exempt, .generalDesignated, basic, row: "P3")
        default:
            if excluded || !listed { return Answer(.priorNotification) }
            if investorClass == "financialInstitution" { return Answer(.exempt, .financialInstitution, basic) }
            if investorClass == "quasiSpecified" {
                return tier == "coreSpecified"
                    ? Answer(.priorNotification) : Answer(.exempt, .generalCore, quasiCore, row: "P3")
            }
            return Answer(.exempt, .generalCore, core, row: "P3")
        }
    }

    static let classes = [
        "general", "financialInstitution", "foreignGovernment", "stateControlled", "specified", "quasiSpecified",
        "violator",
    ]
    static let tiers = ["nonDesignated", "designated", "core", "coreSpecified"]

    @Test(arguments: classes, tiers)
    func listedAcquisitionByClassAndTier(investorClass: String, tier: String) throws {
        for accredited in [false, true] {
            let f = try shareFacts(
                investorClass: investorClass, accredited: accredited, tier: tier, before: "0.5", after: "1.5")
            #expect(
                answer(f) == Self.expected(investorClass, accredited: accredited, tier, listed: true),
                "accredited \(accredited)")
        }
    }

    @Test(arguments: classes, tiers)
    func unlistedAcquisitionByClassAndTier(investorClass: String, tier: String) throws {
        for accredited in [false, true] {
            let f = try shareFacts(
                investorClass: investorClass, accredited: accredited, listed: false, tier: tier, before: "0",
                after: "1.5")
            #expect(
                answer(f) == Self.expected(investorClass, accredited: accredited, tier, listed: false),
                "accredited \(accredited)")
        }
    }

    @Test(arguments: ["designated", "core", "coreSpecified"])
    func specifiedAcquisitionExemptOnlyOutsideCore(tier: String) throws {
        let f = try shareFacts(listed: false, tier: tier, after: "20", extraAct: #", "fromForeignInvestor": true"#)
        let expected =
            tier == "designated"
            ? Answer(.exempt, .specifiedAcquisition, Self.basic, row: "P16") : Answer(.priorNotification)
        #expect(answer(f) == expected)
    }

    @Test func specifiedAcquisitionInNonDesignatedCompanyNeedsNothing() throws {
        let f = try shareFacts(
            listed: false, tier: "nonDesignated", after: "20", extraAct: #", "fromForeignInvestor": true"#)
        #expect(answer(f) == Answer(.noFiling))
    }

    @Test(arguments: [
        "foreignControlledCompany", "foreignOfficerControlled", "nonResidentIndividual", "foreignPartnership",
        "foreignEntity",
    ])
    func countryListTriggerAppliesExceptToFI3AndFI5(category: String) throws {
        let f = try shareFacts(category: category, country: "KP", tier: "nonDesignated", before: "0", after: "1.5")
        let exceptions = ["foreignControlledCompany", "foreignOfficerControlled"]
        #expect(answer(f) == (exceptions.contains(category) ? Answer(.noFiling) : Answer(.priorNotification)))
    }

    @Test func countryOutsideAnnexCannotBeExemptedInDesignatedSector() throws {
        #expect(answer(try shareFacts(country: "KP", before: "0", after: "1.5")) == Answer(.priorNotification))
        #expect(answer(try shareFacts(country: "US", before: "0", after: "1.5")).outcome == .exempt)
        #expect(answer(try shareFacts(country: "JP", before: "0", after: "1.5")).outcome == .exempt)
    }

    @Test func domesticInvestorNeedsNothing() throws {
        #expect(
            answer(try shareFacts(category: "domestic", tier: "core", before: "0", after: "50")) == Answer(.noFiling))
    }
}
