extension Explanation {
    /// The explanation for people: the rule (for an id), then each provision's citation, source, version status,
    /// its Japanese text and our English summary.
    ///
    /// - Parameter language: the language of labels, citations and the version note (the statute text is
    ///   Japanese and the summary English in both).
    /// - Returns: the text, ending with a newline.
    public func text(_ language: Language) -> String {
        let ja = language == .ja
        var lines: [String] = []
        if let rule {
            lines.append("\(rule.id): " + (ja ? rule.ja : rule.en))
            lines.append("    " + (ja ? rule.en : rule.ja))
            lines.append((ja ? "根拠: " : "Basis: ") + citation.rendered(language))
            lines.append("")
        }
        for (index, provision) in provisions.enumerated() {
            if index > 0 { lines.append("") }
            let other: Language = ja ? .en : .ja
            lines.append(provision.citation.rendered(language) + "  (" + provision.citation.rendered(other) + ")")
            let resolution = provision.resolution
            if let text = resolution.text {
                let amended = text.amendedBy.isEmpty ? "" : (ja ? "、\(text.amendedBy)による改正後" : ", as amended by \(text.amendedBy)")
                lines.append(
                    ja
                        ? "\(text.lawTitle)（法令ID \(text.lawID)、\(text.version.iso8601)版\(amended)）"
                        : "\(text.lawTitle) (e-Gov law id \(text.lawID), version of \(text.version.iso8601)\(amended))")
            }
            lines.append(Self.statusNote(resolution, language))
            lines += resolution.lines.map { "  " + $0 }
            if !resolution.missing.isEmpty {
                lines.append(
                    (ja ? "収録していない規定: " : "Not held: ") + resolution.missing.joined(separator: ", ")
                        + (ja ? "（e-Govの法令検索で確認してください）" : " (see e-Gov)"))
            }
            if let summary = provision.summary { lines.append((ja ? "概要（英文）: " : "Summary: ") + summary) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The sentence on how the version shown relates to the date.
    public static func statusNote(_ resolution: ProvisionResolution, _ language: Language) -> String {
        let ja = language == .ja
        let date = resolution.date.iso8601
        let version = resolution.text?.version.iso8601 ?? ""
        switch resolution.status {
        case .applies:
            return ja ? "この版は\(date)に適用されます。" : "This version applies on \(date)."
        case .laterVersion:
            return ja
                ? "注意: \(date)に適用される版ではありません。この版は\(version)から適用され、それ以前の版は収録していません。"
                : "Note: not the version in force on \(date). This version applies from \(version); the earlier version is not held."
        case .superseded(let next):
            return ja
                ? "注意: \(date)に適用される版ではありません。\(next.iso8601)以降の版（未収録）が適用されます。表示は\(version)版です。"
                : "Note: not the version in force on \(date). A later version, from \(next.iso8601), applies then and is not held; this is the version of \(version)."
        case .unknownAfter(let checked):
            return ja
                ? "注意: この版は\(version)から適用されます。版の一覧は\(checked.iso8601)まで確認済みで、\(date)にも適用されるかは確認できていません。"
                : "Note: this version applies from \(version); the list of versions was checked up to \(checked.iso8601), so whether it still applies on \(date) is not known."
        case .notHeld:
            return ja ? "注意: この法令の条文は収録していません。" : "Note: the text of this instrument is not held."
        }
    }

    /// The explanation as JSON: `input`, `date`, `rule` (or null), `citation`, `rendered`, and `provisions`, each
    /// with `citation`, `rendered`, `lawId`, `lawTitle`, `version`, `amendedBy`, `status`, `note`, `text`,
    /// `missing` and `summary`.
    public func json(_ language: Language) -> JSONValue {
        var object = JSONObject()
        object["input"] = .string(input)
        object["date"] = .string(date.iso8601)
        object["rule"] =
            rule.map { rule in
                .object(
                    JSONObject([
                        "id": .string(rule.id), "en": .string(rule.en), "ja": .string(rule.ja),
                        "citation": .string(rule.citation),
                    ]))
            } ?? .null
        object["citation"] = .string(citation.notation)
        object["rendered"] = .string(citation.rendered(language))
        object["resolved"] = .bool(isResolved)
        object["provisions"] = .array(
            provisions.map { provision in
                let resolution = provision.resolution
                var item = JSONObject()
                item["citation"] = .string(provision.citation.notation)
                item["rendered"] = .string(provision.citation.rendered(language))
                item["lawId"] = resolution.text.map { .string($0.lawID) } ?? .null
                item["lawTitle"] = resolution.text.map { .string($0.lawTitle) } ?? .null
                item["version"] = resolution.text.map { .string($0.version.iso8601) } ?? .null
                item["amendedBy"] = resolution.text.map { .string($0.amendedBy) } ?? .null
                item["status"] = .string(Self.statusName(resolution.status))
                item["note"] = .string(Self.statusNote(resolution, language))
                item["text"] = .array(resolution.lines.map { .string($0) })
                item["missing"] = .array(resolution.missing.map { .string($0) })
                item["summary"] = provision.summary.map { .string($0) } ?? .null
                return .object(item)
            })
        return .object(object)
    }

    static func statusName(_ status: ProvisionResolution.VersionStatus) -> String {
        switch status {
        case .applies: "applies"
        case .laterVersion: "laterVersion"
        case .superseded: "superseded"
        case .unknownAfter: "unknownAfter"
        case .notHeld: "notHeld"
        }
    }
}
