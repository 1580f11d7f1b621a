/// After a prior notification: the waiting period, the filing window and the execution report.
///
/// Legal basis: Act 27(2) (30 days from acceptance, D2; may be shortened, D3); Order 3(3) (file within six months
/// before the act, D1); Ord. 7(1) (execution report within 45 days of the act, forms 19-22-3); fefta-rules.md §7.2,
/// §8. A notified act gets no post-investment report (Act 55-5(1) proviso).
enum ExecutionReportRule: ScreeningRule {
    static let id = RuleID.executionReport
    static let citation = "Act 27(2), 55-5(1) proviso; Order 3(3); Ord. 7(1) (D1, D2, §7.2)"

    static func evaluate<R: FindingRecorder>(_ p: RegimeParameters, _ recorder: inout R) -> PriorNotificationTerms {
        let terms = PriorNotificationTerms(
            waitingDays: p.waitingDays, filingWindowMonths: p.filingWindowMonths,
            executionReportDays: p.executionReportDays
        )
        recorder.record(
            Finding(rule: id, question: .executionQuestion, answer: .executionAnswer(terms), citation: citation))
        return terms
    }
}

extension Finding.Message {
    static let executionQuestion = Self(
        en: "What follows from the prior notification?", ja: "事前届出に伴い何が必要か。"
    )

    static func executionAnswer(_ terms: PriorNotificationTerms) -> Self {
        .init(
            en:
                "File within \(terms.filingWindowMonths) months before the act; do not act for \(terms.waitingDays) days from acceptance (unless shortened); file an execution report within \(terms.executionReportDays) days after the act. No post-investment report.",
            ja:
                "行為の日前\(terms.filingWindowMonths)月以内に届け出、受理の日から起算して\(terms.waitingDays)日を経過するまで（短縮されない限り）行為をしないこと。行為の日から\(terms.executionReportDays)日以内に実行報告をする。事後報告は不要。"
        )
    }
}
