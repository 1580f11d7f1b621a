import ScreeningRules

extension PortfolioReport {
    /// The CSV columns, the required ones first.
    package static let csvColumns = [
        "securities_code", "name", "tier", "holding_before", "holding_after", "outcome", "report_row", "report_due",
        "conditions", "headroom", "note", "isin", "name_en", "list_class", "exemption_basis", "report_form",
        "next_threshold", "rows",
    ]

    /// The rows as CSV with a header line; every cell is neutralised against formula injection (``CSVCell``).
    package func csv() -> String {
        var text = CSVCell.line(PortfolioReport.csvColumns)
        text.reserveCapacity(rows.count * 160)
        for row in rows { text += CSVCell.line(row.csvCells) }
        return text
    }
}

extension PortfolioRow {
    /// The cells in the order of ``PortfolioReport/csvColumns``.
    var csvCells: [String] {
        let screened = determination != nil
        return [
            issuer.securitiesCode, issuer.name, issuer.tier.rawValue,
            screened ? position.before.description : "", screened ? position.after.description : "",
            determination?.outcome.rawValue ?? "", determination?.report?.row.rawValue ?? "",
            determination?.report?.dueDate.iso8601 ?? "",
            determination?.exemption?.conditions.labels.joined(separator: " ") ?? "",
            headroom?.points.description ?? "", notes.joined(separator: "; "), issuer.isin ?? "", issuer.nameEn,
            issuer.tier.listClass, determination?.exemption?.basis.rawValue ?? "",
            determination?.report?.form ?? "", headroom?.level.description ?? "", String(position.rows),
        ]
    }
}
