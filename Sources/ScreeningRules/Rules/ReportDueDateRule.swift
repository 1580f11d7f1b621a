import JapaneseCalendar

/// The due date of a post-investment report: the act date + 45 days (the first day is not counted), moved to the
/// next day the administration is open when it falls on a Saturday, Sunday, national holiday or 29 December-
/// 3 January.
///
/// Legal basis: Ord. 6-2 (「対内直接投資等を行つた日から四十五日以内」, no 起算して: Civil Code Art. 140, D11);
/// 行政機関の休日に関する法律 Arts 1-2 (D12). The calendar arithmetic is JapaneseCalendar's.
enum ReportDueDateRule: ScreeningRule {
    static let id = RuleID.reportDueDate
    static let citation = "Ord. 6-2; Civil Code Art. 140; 行政機関の休日に関する法律 Arts 1-2 (D11, D12)"

    static func evaluate<R: FindingRecorder>(_ date: LegalDate, _ recorder: inout R) -> LegalDate {
        let deadline = FEFTADeadlines.deadline(.report, from: date)
        recorder.record(
            Finding(
                rule: id, question: .dueQuestion, facts: [FactUse("date", .string(date.iso8601))],
                answer: .dueAnswer(deadline.unrolledDue, deadline.due), citation: deadline.basis
            )
        )
        return deadline.due
    }
}

extension Finding.Message {
    static let dueQuestion = Self(en: "When is the post-investment report due?", ja: "事後報告の期限はいつか。")

    static func dueAnswer(_ plain: LegalDate, _ due: LegalDate) -> Self {
        plain == due
            ? .init(
                en: "\(due.iso8601) (\(due.weekday.name)): 45 days after the act.",
                ja: "\(due.iso8601)（\(due.weekday.nameJa)）：行為の日から45日。")
            : .init(
                en:
                    "\(due.iso8601) (\(due.weekday.name)): 45 days after the act is \(plain.iso8601), an administrative holiday, so the next working day.",
                ja: "\(due.iso8601)（\(due.weekday.nameJa)）：行為の日から45日目の\(plain.iso8601)は行政機関の休日のため、翌開庁日。"
            )
    }
}
