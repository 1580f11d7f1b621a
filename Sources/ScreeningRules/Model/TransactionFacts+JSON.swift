import JapaneseCalendar

extension TransactionFacts {
    /// The members the top-level object may have.
    public static let topLevelMembers = [
        "date", "investor", "target", "act", "plans", "reportsAlreadyFiled", "priorConsentBreach",
    ]

    /// Decodes the `fefta check` input (design.md §4) strictly.
    ///
    /// Unknown members, values of the wrong type, unknown names, malformed dates and codes, holdings outside
    /// 0–100, and a holding after an acquisition below the holding before it are errors naming the JSON path.
    /// A fact that is absent is left `nil` (the determination then says whether it is needed); only `date` is
    /// required, because it selects the rules.
    ///
    /// - Parameter json: the parsed input (see ``JSONParser``).
    /// - Throws: ``RulesInputError``.
    public init(json: JSONValue) throws(RulesInputError) {
        let top = try JSONMemberReader(json, path: "", allowed: TransactionFacts.topLevelMembers)
        guard let dateText = try top.string("date") else {
            throw .missingMember(path: "date", expected: "the date of the act as YYYY-MM-DD")
        }
        let date: LegalDate
        do {
            date = try LegalDate(iso8601: dateText)
        } catch {
            throw .invalidValue(
                path: "date", value: dateText, expected: "a date as YYYY-MM-DD (for example 2025-09-01)")
        }
        guard date >= Regime.earliestDate else {
            throw .outOfRange(
                path: "date", value: dateText,
                expected: "dates from \(Regime.earliestDate.iso8601), the earliest this ruleset covers"
            )
        }
        self.init(date: date)
        if let value = top.value("investor") { investor = try InvestorFacts(json: value, path: "investor") }
        if let value = top.value("target") { target = try TargetFacts(json: value, path: "target") }
        if let value = top.value("act") { act = try ActFacts(json: value, path: "act") }
        if let value = top.value("plans") { plans = try PlannedConduct(json: value, path: "plans") }
        if let elements = try top.array("reportsAlreadyFiled") {
            reportsAlreadyFiled = try FiledReports(json: elements, path: "reportsAlreadyFiled")
        }
        priorConsentBreach = try top.bool("priorConsentBreach") ?? false
        try checkConsistency()
    }

    /// Cross-member checks that make the facts impossible rather than merely incomplete.
    func checkConsistency() throws(RulesInputError) {
        if let kind = act.kind, let listed = target.listed {
            if kind.requiresListedTarget && !listed {
                throw .outOfRange(
                    path: "target.listed", value: "false",
                    expected: "true, because act.kind \(kind.rawValue) concerns a listed company"
                )
            }
            if kind.requiresUnlistedTarget && listed {
                throw .outOfRange(
                    path: "target.listed", value: "true",
                    expected: kind == .unlistedShares
                        ? "false for act.kind unlistedShares (use listedShares for a listed company)"
                        : "false, because act.kind \(kind.rawValue) concerns a company that is not listed"
                )
            }
        }
        if let kind = act.kind, kind.isAcquisition, let before = act.holdingBefore, let after = act.holdingAfter,
            after < before
        {
            throw .outOfRange(
                path: "act.holdingAfter", value: after.description,
                expected: "not below act.holdingBefore (\(before)) for an acquisition (\(kind.rawValue))"
            )
        }
    }
}

extension InvestorFacts {
    init(json: JSONValue, path: String) throws(RulesInputError) {
        let reader = try JSONMemberReader(
            json, path: path, allowed: ["category", "country", "class", "accredited", "confirmedLowRiskStateOwned"]
        )
        self.init()
        category = try reader.enumeration("category", InvestorCategory.self)
        if let text = try reader.string("country") {
            guard let code = CountryCode(text) else {
                throw .invalidValue(
                    path: reader.path("country"), value: text, expected: "an ISO 3166-1 alpha-2 code such as SG")
            }
            country = code
        }
        investorClass = try reader.enumeration("class", InvestorClass.self)
        accredited = try reader.bool("accredited") ?? false
        confirmedLowRiskStateOwned = try reader.bool("confirmedLowRiskStateOwned") ?? false
    }
}

extension TargetFacts {
    init(json: JSONValue, path: String) throws(RulesInputError) {
        let reader = try JSONMemberReader(
            json, path: path,
            allowed: [
                "listed", "tier", "securitiesCode", "industries", "groupIndustries", "essentialInfrastructureOperator",
            ]
        )
        self.init()
        listed = try reader.bool("listed")
        tier = try reader.enumeration("tier", TargetTier.self)
        if let code = try reader.string("securitiesCode") {
            let valid =
                (4...5).contains(code.utf8.count)
                && code.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) }
            guard valid else {
                throw .invalidValue(
                    path: reader.path("securitiesCode"), value: code,
                    expected: "a 4- or 5-character securities code of digits and capitals, such as 6501 or 130A"
                )
            }
            securitiesCode = code
        }
        industries = try TargetFacts.codes(reader, "industries")
        groupIndustries = try TargetFacts.codes(reader, "groupIndustries")
        essentialInfrastructureOperator = try reader.bool("essentialInfrastructureOperator")
    }

    static func codes(_ reader: JSONMemberReader, _ key: String) throws(RulesInputError) -> [JSICCode] {
        guard let elements = try reader.array(key) else { return [] }
        var codes: [JSICCode] = []
        for (index, element) in elements.enumerated() {
            let path = reader.path(key) + "[\(index)]"
            guard case .string(let text) = element else {
                throw .wrongType(path: path, expected: "a JSIC code as a string", found: element.typeDescription)
            }
            guard let code = JSICCode(text) else {
                throw .invalidValue(
                    path: path, value: text,
                    expected: "a JSIC code: a division letter A-T or 2 to 4 digits, such as 2814"
                )
            }
            codes.append(code)
        }
        return codes
    }
}

extension ActFacts {
    init(json: JSONValue, path: String) throws(RulesInputError) {
        let reader = try JSONMemberReader(
            json, path: path,
            allowed: [
                "kind", "holdingBefore", "holdingAfter", "fromForeignInvestor", "proposedByInvestor", "controlMatters",
                "specifiedRatio", "loanThresholdsMet", "sanctionsCapitalTransaction",
            ]
        )
        self.init()
        kind = try reader.enumeration("kind", ActKind.self)
        holdingBefore = try reader.percent("holdingBefore")
        holdingAfter = try reader.percent("holdingAfter")
        fromForeignInvestor = try reader.bool("fromForeignInvestor") ?? false
        proposedByInvestor = try reader.bool("proposedByInvestor") ?? false
        controlMatters = try reader.bool("controlMatters") ?? false
        if let ratio = try reader.percent("specifiedRatio") {
            guard ratio > .zero, ratio < Percent(10) else {
                throw .outOfRange(
                    path: reader.path("specifiedRatio"), value: ratio.description,
                    expected: "above 0 and below 10 (別表第三 row 7: 特定割合以上百分の十未満)"
                )
            }
            specifiedRatio = ratio
        }
        loanThresholdsMet = try reader.bool("loanThresholdsMet")
        sanctionsCapitalTransaction = try reader.bool("sanctionsCapitalTransaction")
    }
}

extension PlannedConduct {
    init(json: JSONValue, path: String) throws(RulesInputError) {
        let reader = try JSONMemberReader(json, path: path, allowed: PlannedConduct.keyed.map(\.key))
        self = []
        for (conduct, key) in PlannedConduct.keyed where try reader.bool(key) == true {
            insert(conduct)
        }
    }
}

extension FiledReports {
    init(json elements: [JSONValue], path: String) throws(RulesInputError) {
        self = []
        for (index, element) in elements.enumerated() {
            let elementPath = path + "[\(index)]"
            guard case .string(let text) = element else {
                throw .wrongType(
                    path: elementPath, expected: "a report row such as \"P3\"", found: element.typeDescription)
            }
            switch text {
            case "P3": insert(.p3)
            case "P4": insert(.p4)
            default:
                throw .invalidValue(
                    path: elementPath, value: text,
                    expected: "P3 or P4 (the only rows filed once per issuer, 別表第三 rows 3-4)"
                )
            }
        }
    }
}
