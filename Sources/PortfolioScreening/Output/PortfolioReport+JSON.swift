package import ScreeningRules

extension PortfolioReport {
    /// The report as JSON: `date`, `ruleset`, `issuerList` (`published`, `revision`, `sha256`, `issuers`),
    /// `investor`, `rows`, `rejected`, `summary`.
    ///
    /// Each row carries the `fefta check` members (`outcome`, `priorNotification`, `exemption`, `report`,
    /// `missingFacts`) with the same meaning, plus the issuer, the aggregated holdings, the headroom and the note in
    /// `language`. Numbers are exact decimal literals.
    package func json(language: Language = .en) -> JSONValue {
        var object = JSONObject()
        object["date"] = .string(date.iso8601)
        object["ruleset"] = .object(JSONObject(["version": rulesetVersion.map { .string($0) } ?? .null]))
        object["issuerList"] = .object(
            JSONObject([
                "published": listPublished.map { .string($0.iso8601) } ?? .null,
                "revision": listRevision.map { .number(JSONNumber($0)) } ?? .null,
                "sha256": listSHA256.map { .string($0) } ?? .null,
                "issuers": .number(JSONNumber(listSize)),
            ]))
        var investorObject = JSONObject()
        investorObject["name"] = investor.name.map { .string($0) } ?? .null
        if case .object(let facts) = investor.json {
            for (key, value) in facts { investorObject[key] = value }
        }
        object["investor"] = .object(investorObject)
        object["rows"] = .array(rows.map { $0.json(language) })
        object["rejected"] = .array(
            holdings.rejections.map { rejection in
                .object(
                    JSONObject([
                        "line": .number(JSONNumber(rejection.line)), "column": .string(rejection.column),
                        "value": .string(rejection.value),
                        "message": .string(language == .ja ? rejection.expectationJa : rejection.expectation),
                    ]))
            })
        object["summary"] = summary.json
        return .object(object)
    }
}

extension PortfolioRow {
    /// One row as a JSON object, its note in `language`.
    func json(_ language: Language) -> JSONValue {
        var object = JSONObject()
        object["securitiesCode"] = .string(issuer.securitiesCode)
        object["isin"] = issuer.isin.map { .string($0) } ?? .null
        object["name"] = .string(issuer.name)
        object["nameEn"] = .string(issuer.nameEn)
        object["tier"] = .string(issuer.tier.rawValue)
        object["rows"] = .number(JSONNumber(position.rows))
        object["firstLine"] = .number(JSONNumber(position.firstLine))
        guard let determination else {
            object["outcome"] = .null
            object["note"] = .string(noteText(language))
            return .object(object)
        }
        object["holdingBefore"] = .number(position.before.jsonNumber)
        object["holdingAfter"] = .number(position.after.jsonNumber)
        if case .object(let decided) = determination.json(language: .en) {
            for (key, value) in decided where key != "findings" && key != "ruleset" { object[key] = value }
        }
        object["headroom"] = headroom.map { .number($0.points.jsonNumber) } ?? .null
        object["nextThreshold"] = headroom.map { .number($0.level.jsonNumber) } ?? .null
        object["next"] = headroom.map { .string(Obligation($0.next).description) } ?? .null
        object["note"] = .string(noteText(language))
        return .object(object)
    }
}

extension PortfolioSummary {
    /// The summary as JSON.
    var json: JSONValue {
        var outcomes = JSONObject()
        for outcome in Outcome.allCases { outcomes[outcome.rawValue] = .number(JSONNumber(count(outcome))) }
        return .object(
            JSONObject([
                "issuers": .number(JSONNumber(issuers)), "rowsRead": .number(JSONNumber(rowsRead)),
                "rejected": .number(JSONNumber(rejected)), "unscreened": .number(JSONNumber(unscreened)),
                "outcomes": .object(outcomes),
                "reportsDue": .array(
                    reportsDue.map { due in
                        .object(
                            JSONObject([
                                "dueDate": .string(due.dueDate.iso8601), "row": .string(due.row.rawValue),
                                "count": .number(JSONNumber(due.count)),
                            ]))
                    }),
                "nearThreshold": .number(JSONNumber(nearThreshold)),
            ]))
    }
}
