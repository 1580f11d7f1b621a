import JapaneseCalendar
import ScreeningRules

/// Facts from `fefta check` JSON text.
func facts(_ json: String) throws -> TransactionFacts {
    try TransactionFacts(json: JSONParser().parse(json))
}

/// Facts for a listed or unlisted share acquisition, in the contract's terms.
func shareFacts(
    date: String = "2025-09-01", category: String = "foreignEntity", investorClass: String = "general",
    country: String? = nil, accredited: Bool = false, listed: Bool = true, tier: String = "designated",
    kind: String? = nil, before: String = "0", after: String, extraAct: String = "", plans: String = "{}",
    filed: [String] = []
) throws -> TransactionFacts {
    let actKind = kind ?? (listed ? "listedShares" : "unlistedShares")
    let countryMember = country.map { #", "country": "\#($0)""# } ?? ""
    let filedList = filed.map { "\"\($0)\"" }.joined(separator: ",")
    return try facts(
        """
        {"date": "\(date)",
         "investor": {"category": "\(category)", "class": "\(investorClass)", "accredited": \(accredited)\(countryMember)},
         "target": {"listed": \(listed), "tier": "\(tier)"},
         "act": {"kind": "\(actKind)", "holdingBefore": \(before), "holdingAfter": \(after)\(extraAct)},
         "plans": \(plans), "reportsAlreadyFiled": [\(filedList)]}
        """
    )
}

let engine = ScreeningEngine()

/// A compact view of a determination for table-driven expectations.
struct Answer: Equatable, CustomStringConvertible {
    var outcome: Outcome
    var basis: ExemptionBasis?
    var conditions: [String]
    var row: String?

    init(_ outcome: Outcome, _ basis: ExemptionBasis? = nil, _ conditions: [String] = [], row: String? = nil) {
        self.outcome = outcome
        self.basis = basis
        self.conditions = conditions
        self.row = row
    }

    init(_ determination: Determination) {
        outcome = determination.outcome
        basis = determination.exemption?.basis
        conditions = determination.exemption?.conditions.labels ?? []
        row = determination.report?.row.rawValue
    }

    var description: String { "\(outcome.rawValue) \(basis?.rawValue ?? "-") \(conditions) \(row ?? "-")" }
}

func answer(_ facts: TransactionFacts) -> Answer { Answer(engine.determine(facts)) }

func date(_ text: String) -> LegalDate { (try? LegalDate(iso8601: text)) ?? .earliest }
