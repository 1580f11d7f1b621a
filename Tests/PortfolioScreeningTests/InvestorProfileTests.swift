import PortfolioScreening
import ScreeningRules
import Testing

struct InvestorProfileTests {
    static func profile(_ text: String) throws -> InvestorProfile {
        try InvestorProfile(json: JSONParser().parse(text))
    }

    @Test func decodesTheCheckContractsInvestorWithAName() throws {
        let profile = try Self.profile(
            #"{"name": " Example Fund LP ", "category": "foreignEntity", "country": "SG", "class": "general", "accredited": false}"#
        )
        #expect(profile.name == "Example Fund LP")
        #expect(
            profile.facts
                == InvestorFacts(category: .foreignEntity, country: CountryCode("SG"), investorClass: .general))
        guard case .object(let stored) = profile.json else { return }
        #expect(stored.keys == ["category", "country", "class", "accredited"])
    }

    @Test func theNameIsOptionalAndFactsMayBeMissing() throws {
        let profile = try Self.profile(#"{"category": "foreignEntity"}"#)
        #expect(profile.name == nil)
        #expect(profile.facts.investorClass == nil)
    }

    @Test(arguments: [
        (#"{"category": "foreignEntity", "klass": "general"}"#, "investor.klass"),
        (#"{"category": "alien"}"#, "investor.category"),
        (#"{"name": 7}"#, "name"),
        (#"{"name": "   "}"#, "name"),
        (#"[]"#, "investor"),
        (#"{"country": "Singapore"}"#, "investor.country"),
    ])
    func errorsNameTheMember(text: String, path: String) throws {
        #expect {
            try Self.profile(text)
        } throws: { error in
            (error as? RulesInputError)?.path == path
        }
    }
}
