extension Determination {
    /// The determination as the `fefta check` output object (the check contract), members in the contract's order:
    /// `outcome`, `priorNotification`, `exemption`, `report`, `missingFacts`, `findings`, `ruleset`.
    ///
    /// - Parameter language: the language of the findings' question, answer and note.
    /// - Returns: the JSON value; serialise it with ``JSONValue/serialized(pretty:)``.
    public func json(language: Language) -> JSONValue {
        var object = JSONObject()
        object["outcome"] = .string(outcome.rawValue)
        object["priorNotification"] =
            priorNotification.map { terms in
                .object(
                    JSONObject([
                        "waitingDays": .number(JSONNumber(terms.waitingDays)),
                        "filingWindowMonths": .number(JSONNumber(terms.filingWindowMonths)),
                        "executionReportDays": .number(JSONNumber(terms.executionReportDays)),
                    ]))
            } ?? .null
        object["exemption"] =
            exemption.map { exemption in
                .object(
                    JSONObject([
                        "basis": .string(exemption.basis.rawValue),
                        "conditions": .array(exemption.conditions.labels.map { .string($0) }),
                    ]))
            } ?? .null
        object["report"] =
            report.map { report in
                .object(
                    JSONObject([
                        "row": .string(report.row.rawValue), "form": .string(report.form),
                        "dueDate": .string(report.dueDate.iso8601),
                    ]))
            } ?? .null
        object["missingFacts"] = .array(missingFacts.paths.map { .string($0) })
        object["findings"] = .array(findings.map { $0.json(language: language) })
        object["ruleset"] = .object(JSONObject(["version": regime.map { .string($0.version) } ?? .null]))
        return .object(object)
    }
}

extension Finding {
    /// The finding as JSON: `rule`, `question`, `facts` (an object of JSON paths), `answer`, `citation` (the
    /// notation, the same in both languages), `citationText` (the citation rendered in `language`), and `note` when
    /// there is one.
    public func json(language: Language) -> JSONValue {
        var object = JSONObject()
        object["rule"] = .string(rule.rawValue)
        object["question"] = .string(question.text(language))
        var used = JSONObject()
        for fact in facts { used[fact.path] = fact.value }
        object["facts"] = .object(used)
        object["answer"] = .string(answer.text(language))
        object["citation"] = .string(citation)
        object["citationText"] = .string(Citation.render(citation, language))
        if let note { object["note"] = .string(note.text(language)) }
        return .object(object)
    }
}
