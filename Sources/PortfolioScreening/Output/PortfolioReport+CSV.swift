package import ScreeningRules

extension PortfolioReport {
    /// The CSV columns, the required ones first.
    package static let csvColumns = [
        "securities_code", "name", "tier", "holding_before", "holding_after", "outcome", "report_row", "report_due",
        "conditions", "headroom", "note", "isin", "name_en", "list_class", "exemption_basis", "report_form",
        "next_threshold", "rows", "issuer_list_published", "issuer_list_revision", "issuer_list_sha256",
    ]

    /// The rows as CSV with a header line, notes in `language`; every cell is neutralised against formula
    /// injection (``CSVCell``). Each row ends with the issuer list version used (publication date, revision and the
    /// file's SHA-256, where known), so a saved result says what it was screened against.
    package func csv(language: Language = .en) -> String {
        var text = CSVCell.line(PortfolioReport.csvColumns)
        text.reserveCapacity(rows.count * 240)
        let version = [listPublished?.iso8601 ?? "", listRevision.map(String.init) ?? "", listSHA256 ?? ""]
        for row in rows { text += CSVCell.line(row.csvCells(language) + version) }
        return text
    }
}

extension PortfolioRow {
    /// The cells in the order of ``PortfolioReport/csvColumns``, up to `rows`.
    func csvCells(_ language: Language) -> [String] {
        let screened = determination != nil
        return [
            issuer.securitiesCode, issuer.name, issuer.tier.rawValue,
            screened ? position.before.description : "", screened ? position.after.description : "",
            determination?.outcome.rawValue ?? "", determination?.report?.row.rawValue ?? "",
            determination?.report?.dueDate.iso8601 ?? "",
            determination?.exemption?.conditions.labels.joined(separator: " ") ?? "",
            headroom?.points.description ?? "", noteText(language), issuer.isin ?? "", issuer.nameEn,
            issuer.tier.listClass, determination?.exemption?.basis.rawValue ?? "",
            determination?.report?.form ?? "", headroom?.level.description ?? "", String(position.rows),
        ]
    }
}
