/// Post-investment reports for the other acts in non-designated sectors: loans (row 10, form 16), business
/// succession (row 11, form 16-2), proxy acceptance (row 13, form 17-2) and joint-voting consents (row 15,
/// form 17-4). Consents and branches in non-designated sectors are not FDI at all (Ord. 3(2)(v)-(xii)).
///
/// Legal basis: Act 55-5(1); Ord. 6-2; 別表第三 rows 10, 11, 13, 15.
enum OtherActReportRule: ScreeningRule {
    static let id = RuleID.otherActReport
    static let citation = "Act 55-5(1); Ord. 6-2; Ord. 別表第三 rows 10, 11, 13, 15"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R)
        -> ReportRow?
    {
        let row: ReportRow?
        switch f.kind {
        case .loan: row = .p10
        case .businessSuccession: row = .p11
        case .proxySolicitation: row = .p13
        case .jointVotingAgreement: row = .p15
        default: row = nil
        }
        let kept = row.flatMap { p.isInForce($0) ? $0 : nil }
        recorder.record(
            Finding(
                rule: id, question: .reportQuestion, facts: [f.use(.actKind), f.use(.targetTier)],
                answer: kept.map { .reportRow($0) } ?? .reportNone, citation: citation
            )
        )
        return kept
    }
}
