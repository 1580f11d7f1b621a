extension FEFTADeadline {
    /// One English sentence explaining the count, for people (CLI text output, findings).
    ///
    /// For example (EX6): "The post-investment report is due within 45 days of the act on 2025-06-27, not counting
    /// the day of the act (Civil Code Art. 140), that is by 2025-08-11; that day is Mountain Day (a national
    /// holiday), an administrative holiday, so the deadline moves to the next working day, Tuesday 2025-08-12
    /// (D11, D12)."
    public var explanation: String {
        let dueText = "\(due.weekday.name) \(due)"
        var text: String
        switch kind {
        case .waitingPeriod:
            text =
                "Execution is barred until 30 days have elapsed counting the acceptance date \(from) as day 1, "
                + "so the last barred day is \(due.previous) and the earliest permitted execution date is \(dueText); "
                + "a waiting period does not move for holidays (D2, D13)."
        case .extension4m, .extension5m:
            let months = kind == .extension4m ? 4 : 5
            let rule = kind == .extension4m ? "D4" : "D5"
            text =
                "With the waiting period extended to \(months) months counted from the acceptance date \(from) "
                + "(the acceptance date is day 1), execution is barred through \(due.previous)"
                + (due.day == from.day ? "" : ", the last day of a month that has no day corresponding to \(from)")
                + ", so the earliest permitted execution date is \(dueText); "
                + "the period does not move for holidays (\(rule), D13)."
        case .recommendationReply:
            text =
                "The reply to the recommendation received on \(from) is due within 10 days counting the day of "
                + "receipt as day 1, that is by \(unrolledDue)" + rollSentence(rules: "D8, D12")
        case .report, .executionReport:
            let what = kind == .report ? "post-investment report" : "execution report"
            text =
                "The \(what) is due within 45 days of the act on \(from), not counting the day of the act "
                + "(Civil Code Art. 140), that is by \(unrolledDue)" + rollSentence(rules: "D11, D12")
        case .changeReport:
            text =
                "The change report is due by the day on which 45 days have elapsed counting the day of the change "
                + "\(from) as day 1, that is \(unrolledDue)" + rollSentence(rules: "D11b, D12")
        case .filingWindow:
            text =
                "A prior notification for execution on \(from) may be filed only within the 6 months before that "
                + "date (Order Art. 3(3)); counted back under Civil Code Art. 143 the window opens on \(dueText), "
                + "and a notification filed earlier must be refiled (D1)."
            if let reason = AdministrativeCalendar.primaryReason(due) {
                let firstWorkingDay = AdministrativeCalendar.nextWorkingDay(onOrAfter: due)
                text +=
                    " That day is \(reason); the first working day in the window is "
                    + "\(firstWorkingDay.weekday.name) \(firstWorkingDay)."
            }
        }
        if !nationalHolidaysKnown {
            text +=
                " National holidays outside 1949–2099 are not known, so only weekends and December 29 to January 3"
                + " were taken into account."
        }
        return text
    }

    /// One Japanese sentence explaining the count (「報告書は、行為の日（2025-06-27）から45日以内…」).
    public var explanationJa: String {
        let dueText = "\(due)（\(due.weekday.nameJa)）"
        var text: String
        switch kind {
        case .waitingPeriod:
            text =
                "受理日（\(from)）から起算して30日を経過する日（\(due.previous)）までは実行できないため、"
                + "実行が可能となる最初の日は\(dueText)です（D2、D13：待機期間は休日により延長されません）。"
        case .extension4m, .extension5m:
            let months = kind == .extension4m ? 4 : 5
            let rule = kind == .extension4m ? "D4" : "D5"
            text =
                "待機期間が受理日（\(from)）から起算して\(months)月に延長されたため、\(due.previous)"
                + (due.day == from.day ? "" : "（応当日のない月の末日）")
                + "までは実行できず、実行が可能となる最初の日は\(dueText)です（\(rule)、D13：休日により延長されません）。"
        case .recommendationReply:
            text =
                "勧告を受けた日（\(from)）から起算して10日以内、すなわち\(unrolledDue)までに応諾の有無を通知する必要があります"
                + rollSentenceJa(rules: "D8、D12")
        case .report, .executionReport:
            let what = kind == .report ? "事後報告" : "実行報告"
            text =
                "\(what)は、行為の日（\(from)）から45日以内（初日不算入、民法第140条）、すなわち\(unrolledDue)までに"
                + "提出する必要があります" + rollSentenceJa(rules: "D11、D12")
        case .changeReport:
            text =
                "変更報告は、変更が生じた日（\(from)）から起算して45日を経過する日、すなわち\(unrolledDue)までに"
                + "提出する必要があります" + rollSentenceJa(rules: "D11b、D12")
        case .filingWindow:
            text =
                "実行予定日（\(from)）についての事前届出は、その日前6月以内に行う必要があり（政令第3条第3項）、"
                + "民法第143条により遡って計算すると、届出が可能となる最初の日は\(dueText)です。"
                + "これより前に行った届出は再提出が必要です（D1）。"
            if let reason = AdministrativeCalendar.primaryReason(due) {
                let firstWorkingDay = AdministrativeCalendar.nextWorkingDay(onOrAfter: due)
                text +=
                    "同日は\(reason.descriptionJa)であり、期間内の最初の開庁日は"
                    + "\(firstWorkingDay)（\(firstWorkingDay.weekday.nameJa)）です。"
            }
        }
        if !nationalHolidaysKnown {
            text += "1949年から2099年以外の国民の祝日は不明のため、土曜日・日曜日及び12月29日から1月3日までのみを考慮しています。"
        }
        return text
    }

    /// The English end of a rolled deadline's sentence.
    private func rollSentence(rules: String) -> String {
        guard wasRolled else { return " (\(due.weekday.name)), a working day (\(rules))." }
        let reason = rolledBecause.map { "\($0)" } ?? "an administrative holiday"
        return
            "; that day is \(reason), an administrative holiday, so the deadline moves to the next working day, "
            + "\(due.weekday.name) \(due) (\(rules))."
    }

    /// The Japanese end of a rolled deadline's sentence.
    private func rollSentenceJa(rules: String) -> String {
        guard wasRolled else { return "（\(unrolledDue.weekday.nameJa)、開庁日）（\(rules)）。" }
        let reason = rolledBecause?.descriptionJa ?? "行政機関の休日"
        return
            "。同日は\(reason)で行政機関の休日に当たるため、期限はその翌開庁日の\(due)（\(due.weekday.nameJa)）となります（\(rules)）。"
    }
}
