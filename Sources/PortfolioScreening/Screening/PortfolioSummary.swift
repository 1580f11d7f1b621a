package import JapaneseCalendar
package import ScreeningRules

/// Counts per outcome and the reports due, for standard error and the JSON output.
package struct PortfolioSummary: Sendable, Hashable {
    /// Reports of one row due on one date.
    package struct ReportsDue: Sendable, Hashable {
        /// The due date.
        package var dueDate: LegalDate
        /// The row of 別表第三.
        package var row: ReportRow
        /// How many issuers.
        package var count: Int

        /// Reports due.
        package init(dueDate: LegalDate, row: ReportRow, count: Int) {
            self.dueDate = dueDate
            self.row = row
            self.count = count
        }
    }

    /// Issuers in the output.
    package var issuers: Int
    /// Issuers not screened because a row was rejected or their rows exceed 100 %.
    package var unscreened: Int
    /// Data rows read.
    package var rowsRead: Int
    /// Rows (and issuers) rejected.
    package var rejected: Int
    /// Issuers per outcome (outcomes with none are absent; see ``count(_:)``).
    package var counts: [Outcome: Int]
    /// Reports due, by date and row.
    package var reportsDue: [ReportsDue]
    /// Issuers with a near-threshold note.
    package var nearThreshold: Int

    /// The summary of `report`.
    package init(_ report: PortfolioReport) {
        issuers = report.rows.count
        rowsRead = report.holdings.rowsRead
        rejected = report.holdings.rejectedCount
        var counts: [Outcome: Int] = [:]
        var reports: [ReportsDue] = []
        var unscreened = 0
        var near = 0
        for row in report.rows {
            guard let determination = row.determination else {
                unscreened += 1
                continue
            }
            counts[determination.outcome, default: 0] += 1
            if row.isNearThreshold { near += 1 }
            guard let due = determination.report else { continue }
            if let index = reports.firstIndex(where: { $0.dueDate == due.dueDate && $0.row == due.row }) {
                reports[index].count += 1
            } else {
                reports.append(ReportsDue(dueDate: due.dueDate, row: due.row, count: 1))
            }
        }
        self.unscreened = unscreened
        nearThreshold = near
        self.counts = counts
        reportsDue = reports.sorted { ($0.dueDate, $0.row.tableRow) < ($1.dueDate, $1.row.tableRow) }
    }

    /// Several lines for standard error, in `language`; dates in Japanese are written `2025年10月16日`.
    package func text(_ language: Language) -> String {
        let ja = language == .ja
        var lines = [
            ja
                ? "保有明細\(rowsRead)行から\(issuers)銘柄のうち\(issuers - unscreened)銘柄を審査"
                : "screened \(issuers - unscreened) of \(issuers) issuers from \(rowsRead) holdings rows"
        ]
        let labels = Outcome.allCases.map { ($0, $0.label(language)) }
        let width = labels.map { TextTable.displayWidth($0.1) }.max() ?? 0
        for (outcome, label) in labels {
            let padding = String(repeating: " ", count: width + 2 - TextTable.displayWidth(label))
            lines.append("  " + label + padding + String(count(outcome)))
        }
        if reportsDue.isEmpty {
            lines.append(ja ? "  事後報告の期限なし" : "  no post-investment reports due")
        } else {
            var byDate: [(LegalDate, [ReportsDue])] = []
            for due in reportsDue {
                if let last = byDate.indices.last, byDate[last].0 == due.dueDate {
                    byDate[last].1.append(due)
                } else {
                    byDate.append((due.dueDate, [due]))
                }
            }
            for (date, dues) in byDate {
                let total = dues.reduce(0) { $0 + $1.count }
                let detail = dues.map { "\($0.row.rawValue) × \($0.count)" }.joined(separator: ", ")
                lines.append(
                    ja
                        ? "  \(date.japanese)までの事後報告: \(total)件（\(detail)）"
                        : "  reports due by \(date.iso8601): \(total) (\(detail))")
            }
        }
        if nearThreshold > 0 {
            lines.append(
                ja ? "  基準値まで0.1ポイント以内: \(nearThreshold)" : "  within 0.1 points of a threshold: \(nearThreshold)")
        }
        if unscreened > 0 {
            lines.append(ja ? "  未審査（行が却下された）: \(unscreened)" : "  not screened (a row was rejected): \(unscreened)")
        }
        if rejected > 0 { lines.append(ja ? "  却下した行: \(rejected)" : "  rejected: \(rejected)") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The issuers with `outcome`.
    package func count(_ outcome: Outcome) -> Int { counts[outcome] ?? 0 }
}
