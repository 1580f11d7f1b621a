/// Post-investment reports for unlisted shares: row 1 (non-designated, reached only at 10 % or more because of
/// A1x), row 2 (exempt, designated non-core) and row 16 (exempt specified acquisition).
///
/// Legal basis: Act 55-5(1); Ord. 6-2; 別表第三 rows 1, 2, 16 (forms 11, 11-2, 11-2).
enum UnlistedReportRule: ScreeningRule {
    static let id = RuleID.unlistedReport
    static let citation = "Act 55-5(1); Ord. 6-2; Ord. 別表第三 rows 1, 2, 16 (P1, P2, P16)"

    static func evaluate<R: FindingRecorder>(
        _ f: ResolvedFacts, exempt: Bool, _ p: RegimeParameters, _ recorder: inout R
    ) -> ReportRow? {
        let row: ReportRow = exempt ? (f.fromForeignInvestor ? .p16 : .p2) : .p1
        let inForce = p.isInForce(row)
        recorder.record(
            Finding(
                rule: id, question: .reportQuestion, facts: [f.use(.targetTier), f.use(.holdingAfter)],
                answer: inForce ? .reportRow(row) : .reportNone, citation: citation
            )
        )
        return inForce ? row : nil
    }
}
