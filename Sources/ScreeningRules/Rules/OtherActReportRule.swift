/// Post-investment reports for the other acts in non-designated sectors: special-law securities (row 8, form 11),
/// an ex-resident's transfer (row 9, form 12), loans (row 10, form 16), business succession (row 11, form 16-2),
/// bonds (row 12, form 17), proxy acceptance (row 13, form 17-2), proxy delegation (row 14, form 17-3) and
/// joint-voting consents (row 15, form 17-4). Consents and branches in non-designated sectors are not FDI at all
/// (Ord. 3(2)(v)-(xii)).
///
/// Legal basis: Act 55-5(1); Ord. 6-2; 別表第三 rows 8-15.
enum OtherActReportRule: ScreeningRule {
    static let id = RuleID.otherActReport
    static let citation = "Act 55-5(1); Ord. 6-2; Ord. 別表第三 rows 8-15"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ p: RegimeParameters, _ recorder: inout R)
        -> ReportRow?
    {
        let row: ReportRow?
        switch f.kind {
        case .specialLawSecurities: row = .p8
        case .exResidentTransfer: row = .p9
        case .loan: row = .p10
        case .businessSuccession: row = .p11
        case .privateBonds: row = .p12
        case .proxySolicitation: row = .p13
        case .proxyDelegation: row = .p14
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
