package import ScreeningRules

/// The investor a portfolio belongs to: the `investor` object of the `fefta check` contract (design.md §4) plus an
/// optional `name`.
///
/// ```json
/// {"name": "Example Fund LP", "category": "foreignEntity", "country": "SG", "class": "general"}
/// ```
package struct InvestorProfile: Sendable, Hashable {
    /// The longest name accepted.
    package static let maximumNameLength = 200

    /// The investor's name, for output and storage.
    package var name: String?
    /// The facts the engine uses.
    package var facts: InvestorFacts
    /// The `investor` object as given, without `name` (stored as JSON for monitoring).
    package var json: JSONValue

    /// Decodes an investor file with the same strict rules as `fefta check` (unknown members are errors).
    ///
    /// - Parameter json: the parsed file.
    /// - Throws: ``RulesInputError`` naming the member at fault (`investor.class`, `name`).
    package init(json: JSONValue) throws(RulesInputError) {
        guard case .object(var investor) = json else {
            throw .wrongType(path: "investor", expected: "an object", found: json.typeDescription)
        }
        if let value = investor["name"] {
            guard case .string(let text) = value else {
                throw .wrongType(path: "name", expected: "a string", found: value.typeDescription)
            }
            let trimmed = IssuerListParser.trimmed(text)
            guard !trimmed.isEmpty, trimmed.count <= InvestorProfile.maximumNameLength else {
                throw .invalidValue(
                    path: "name", value: text,
                    expected: "a name of 1 to \(InvestorProfile.maximumNameLength) characters")
            }
            name = trimmed
            investor["name"] = nil
        }
        // The investor is decoded by the contract's own decoder, inside a minimal transaction.
        let transaction = JSONObject([
            "date": .string(Regime.earliestDate.iso8601), "investor": .object(investor),
        ])
        facts = try TransactionFacts(json: .object(transaction)).investor
        self.json = .object(investor)
    }

    /// A profile from facts (for tests and callers that build the investor in code).
    package init(name: String? = nil, facts: InvestorFacts) {
        self.name = name
        self.facts = facts
        var object = JSONObject()
        if let category = facts.category { object["category"] = .string(category.rawValue) }
        if let country = facts.country { object["country"] = .string(country.description) }
        if let investorClass = facts.investorClass { object["class"] = .string(investorClass.rawValue) }
        object["accredited"] = .bool(facts.accredited)
        if facts.confirmedLowRiskStateOwned { object["confirmedLowRiskStateOwned"] = .bool(true) }
        json = .object(object)
    }
}
