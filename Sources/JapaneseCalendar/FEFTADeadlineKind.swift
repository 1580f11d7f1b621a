/// The dates that FEFTA (外国為替及び外国貿易法, "the Act"), its Cabinet Order (対内直接投資等に関する政令,
/// "Order") and its Ordinance (対内直接投資等に関する命令, "Ord.") count from an event (fefta-rules.md §8).
///
/// The raw value is the name used on the command line and in JSON (`fefta deadline report 2025-06-27`).
public enum FEFTADeadlineKind: String, CaseIterable, Sendable {
    /// D2: the 30-day waiting period after a prior notification is accepted (Act Art. 27(2): 「受理した日から起算して
    /// 三十日を経過する日までは」…「行つてはならない」). From the acceptance date; `due` is the earliest permitted
    /// execution date, acceptance + 30 days. Never rolled (D13). The rule is [C2]; the arithmetic is [D].
    case waitingPeriod = "waiting-period"
    /// D4: the waiting period extended for review to 4 months (Act Art. 27(3): 「受理した日から起算して四月を経過する日
    /// まで」). From the acceptance date; `due` is the earliest permitted execution date, the day corresponding to
    /// the acceptance date 4 months later, or the first day of the following month when there is none. Never
    /// rolled (D13). The month arithmetic (Civil Code Art. 143) is [D].
    case extension4m = "extension-4m"
    /// D5: the extended period is 5 months when the Council says it cannot give its opinion within 4 (Act
    /// Art. 27(6)). Counted like ``extension4m``. The month arithmetic is [D].
    case extension5m = "extension-5m"
    /// D8: the reply whether a recommendation is accepted is due 「勧告を受けた日から起算して十日以内」 (Act
    /// Art. 27(7)). From the day of receipt; `due` is receipt + 9 days (receipt day = day 1), rolled to a working
    /// day (D12). Both the arithmetic and the roll are [D].
    case recommendationReply = "recommendation-reply"
    /// D11: a post-investment report is due 「対内直接投資等を行つた日から四十五日以内」 (Ord. Art. 6-2). From the day
    /// of the act; `due` is act + 45 days (Civil Code Art. 140: the day of the act is not counted), rolled to a
    /// working day (D12). The arithmetic is [D]; the roll's application to FEFTA reports is [D].
    case report = "report"
    /// D11: an execution (or disposal) report after a prior notification is due 「当該行為を行つた日から四十五日
    /// 以内」 (Ord. Art. 7(1)). Counted like ``report``.
    case executionReport = "execution-report"
    /// D11b: a change report is due 「当該変更が生じた日から起算して四十五日を経過する日まで」 (Ord. Art. 7(4)). From
    /// the day of the change; `due` is change + 44 days (the change day = day 1), rolled to a working day (D12).
    /// [D] from the wording.
    case changeReport = "change-report"
    /// D1: a prior notification must be filed 「対内直接投資等を行おうとする日前六月以内」 (Order Art. 3(3)). From the
    /// planned execution date; `due` is the earliest day on which the notification may be filed: the same
    /// day-of-month 6 months earlier, or the first day of the following month when that month has none (Civil Code
    /// Art. 143 counted backwards, a [D] reading; see ``StatutoryPeriod/earliestDay(before:)``). A notification
    /// filed before it must be refiled. Not rolled: it opens a window rather than closing a time limit.
    case filingWindow = "filing-window"

    /// The rule ids and statutes behind the count, e.g. `D11, D12: Ord. 6-2; 行政機関の休日に関する法律 Art. 2`.
    public var basis: String {
        switch self {
        case .waitingPeriod: "D2, D13: Act Art. 27(2) (受理した日から起算して三十日を経過する日まで)"
        case .extension4m: "D4, D13: Act Art. 27(3) (受理した日から起算して四月); Civil Code Art. 143"
        case .extension5m: "D5, D13: Act Art. 27(3), 27(6) (五月); Civil Code Art. 143"
        case .recommendationReply: "D8, D12: Act Art. 27(7) (起算して十日以内); 行政機関の休日に関する法律 Art. 2"
        case .report: "D11, D12: Ord. 6-2 (四十五日以内); Civil Code Art. 140; 行政機関の休日に関する法律 Art. 2"
        case .executionReport: "D11, D12: Ord. 7(1) (四十五日以内); Civil Code Art. 140; 行政機関の休日に関する法律 Art. 2"
        case .changeReport: "D11b, D12: Ord. 7(4) (起算して四十五日を経過する日まで); 行政機関の休日に関する法律 Art. 2"
        case .filingWindow: "D1: Order Art. 3(3) (行おうとする日前六月以内); Civil Code Art. 143 counted backwards"
        }
    }

    /// The statutory period the kind counts.
    public var period: StatutoryPeriod {
        switch self {
        case .waitingPeriod: .days(30, counting: .includingEventDay)
        case .extension4m: .months(4, counting: .includingEventDay)
        case .extension5m: .months(5, counting: .includingEventDay)
        case .recommendationReply: .days(10, counting: .includingEventDay)
        case .report, .executionReport: .days(45, counting: .excludingEventDay)
        case .changeReport: .days(45, counting: .includingEventDay)
        case .filingWindow: .months(6, counting: .excludingEventDay)
        }
    }

    /// What `due` means for this kind.
    public var dueMeaning: DueMeaning {
        switch self {
        case .waitingPeriod, .extension4m, .extension5m: .earliestExecution
        case .recommendationReply, .report, .executionReport, .changeReport: .lastDayToAct
        case .filingWindow: .earliestFiling
        }
    }

    /// Whether `due` moves to the next working day when the count ends on an administrative holiday (D12); the
    /// waiting periods and the filing window never move (D13).
    public var rollsToWorkingDay: Bool { dueMeaning == .lastDayToAct }

    /// What the `due` date of a ``FEFTADeadline`` is.
    public enum DueMeaning: Sendable, Hashable {
        /// The first day on which the investment may be executed (the day after the waiting period).
        case earliestExecution
        /// The last day on which the act (report, reply) may be done.
        case lastDayToAct
        /// The first day on which a prior notification may be filed.
        case earliestFiling
    }
}
