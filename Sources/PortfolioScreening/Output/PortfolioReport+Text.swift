package import ScreeningRules

extension PortfolioReport {
    /// The report as a table for people, in `language`: what needs action first.
    ///
    /// A heading names the investor, the date, the issuer list version and the ruleset; then one line per issuer
    /// (issuer, tier, holding before and after, outcome, report row and due date, headroom), ordered by
    /// ``ActionOrder``; then the notes, each after its securities code. Dates are ISO 8601 in English
    /// and `2025年10月16日` in Japanese.
    package func text(language: Language) -> String {
        let ja = language == .ja
        var table = TextTable(
            columns: PortfolioTable.columns(language, last: .init(ja ? "次の基準まで" : "headroom", .right)))
        let ordered = rows.sorted { $0.actionOrder < $1.actionOrder }
        for row in ordered { table.rows.append(row.textCells(language)) }
        var text = heading(language) + "\n" + table.rendered()
        let noted = ordered.filter { !$0.notes.isEmpty }
        if !noted.isEmpty {
            text += "\n" + (ja ? "注記:\n" : "Notes:\n")
            for row in noted {
                for note in row.notes { text += "  \(row.issuer.securitiesCode)  \(note.text(language))\n" }
            }
        }
        if rows.isEmpty { text += ja ? "（保有銘柄なし）\n" : "(no holdings)\n" }
        return text
    }

    /// `Portfolio of Example Fund on 2025-09-01, issuer list published 2025-07-15 (revision 2), ruleset …`.
    func heading(_ language: Language) -> String {
        let ja = language == .ja
        let investorName = investor.name.map { TextTable.fitted($0, width: 60) }
        let day = ja ? date.japanese : date.iso8601
        var list: String
        if let published = listPublished {
            list = ja ? "\(published.japanese)公表の発行会社リスト" : "issuer list published \(published.iso8601)"
        } else {
            list = ja ? "公表日不明の発行会社リスト" : "issuer list of unknown publication date"
        }
        if let revision = listRevision { list += ja ? "（第\(revision)版）" : " (revision \(revision))" }
        let ruleset = rulesetVersion ?? "-"
        if ja {
            return (investorName.map { "\($0)の" } ?? "") + "ポートフォリオ（\(day)、\(list)、適用規則 \(ruleset)）"
        }
        return "Portfolio" + (investorName.map { " of \($0)" } ?? "") + " on \(day), \(list), ruleset \(ruleset)"
    }
}

extension PortfolioRow {
    /// Where the row comes in the table (see ``ActionOrder``).
    package var actionOrder: ActionOrder {
        ActionOrder(
            outcome: determination?.outcome, reportDue: determination?.report?.dueDate, headroom: headroom?.points,
            code: issuer.securitiesCode)
    }

    /// The cells of the text table.
    func textCells(_ language: Language) -> [String] {
        let issuerText = PortfolioTable.issuer(
            code: issuer.securitiesCode, name: issuer.name, nameEn: issuer.nameEn, language)
        guard let determination else {
            let notScreened = language == .ja ? "未審査" : "not screened"
            return [issuerText, issuer.tier.label(language), "", "", notScreened, "", ""]
        }
        return [
            issuerText, issuer.tier.label(language), position.before.description, position.after.description,
            PortfolioTable.outcome(
                determination.outcome, conditions: determination.exemption?.conditions ?? [], language),
            PortfolioTable.report(determination.report?.row, due: determination.report?.dueDate, language),
            headroom?.points.description ?? "",
        ]
    }
}
