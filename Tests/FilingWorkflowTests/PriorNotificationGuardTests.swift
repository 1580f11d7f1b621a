import FilingWorkflow
import JapaneseCalendar
import Testing

/// The legal guards on a prior notification's life, each at both sides of its date.
struct PriorNotificationGuardTests {
    func waiting(accepted: String = "2025-07-02", endsOn: String = "2025-08-01") -> FilingCase {
        FilingCase(
            kind: .priorNotification, state: .waiting, filedOn: date("2025-06-30"), acceptedOn: date(accepted),
            waitingEndsOn: date(endsOn))
    }

    func refusal(_ event: FilingEvent, _ filing: FilingCase) -> TransitionRefusal? {
        do {
            _ = try Workflow.apply(event, to: filing)
            return nil
        } catch {
            return error
        }
    }

    @Test func openingADraftArmsTheFilingWindowWhenItOpensLater() throws {
        let opened = try Workflow.open(.priorNotification, on: date("2025-07-01"), plannedExecution: date("2026-03-15"))
        #expect(opened.after.state == .draft)
        #expect(opened.arm.map(\.kind) == [.filingWindow])
        #expect(opened.arm.first?.due == date("2025-09-15"))
        let soon = try Workflow.open(.priorNotification, on: date("2025-07-01"), plannedExecution: date("2025-09-01"))
        #expect(soon.arm.isEmpty, "the window is already open")
        #expect(throws: TransitionRefusal.self) {
            try Workflow.open(.priorNotification, on: date("2025-07-01"), plannedExecution: date("2025-06-30"))
        }
    }

    /// D1, Order 3(3): filed at most 6 months before the planned execution.
    @Test func submissionMustFallWithinSixMonthsBeforeExecution() throws {
        let draft = FilingCase(kind: .priorNotification, state: .draft, plannedExecution: date("2026-03-15"))
        let early = try #require(refusal(.submit(on: date("2025-09-14")), draft))
        #expect(early.reason == .guardFailed)
        #expect(early.description.contains("D1"))
        let onTime = try Workflow.apply(.submit(on: date("2025-09-15")), to: draft)
        #expect(onTime.after.state == .filed)
        #expect(onTime.after.filedOn == date("2025-09-15"))
        #expect(onTime.cancel == [.filingWindow])
        #expect(refusal(.submit(on: date("2026-03-16")), draft) != nil, "after the planned execution")
    }

    /// D2 and EX5: accepted Wed 2025-07-02, execution permitted from Fri 2025-08-01.
    @Test func acceptanceArmsTheThirtyDayWaitingPeriod() throws {
        let filed = FilingCase(kind: .priorNotification, state: .filed, filedOn: date("2025-06-30"))
        let accepted = try Workflow.apply(.accept(on: date("2025-07-02")), to: filed)
        #expect(accepted.after.state == .waiting)
        #expect(accepted.after.waitingEndsOn == date("2025-08-01"))
        #expect(accepted.arm == [ArmedDeadline(kind: .waitingPeriodEnd, due: date("2025-08-01"), basis: accepted.arm[0].basis)])
        #expect(refusal(.accept(on: date("2025-06-29")), filed) != nil, "acceptance before submission")
    }

    /// D13: a waiting period is a prohibition period and is never rolled to a working day.
    @Test func waitingPeriodEndIsNotRolledPastAHoliday() throws {
        let filed = FilingCase(kind: .priorNotification, state: .filed, filedOn: date("2025-07-10"))
        // 2025-07-12 + 30 days = Mon 2025-08-11, Mountain Day: still the earliest execution date.
        let accepted = try Workflow.apply(.accept(on: date("2025-07-12")), to: filed)
        #expect(accepted.after.waitingEndsOn == date("2025-08-11"))
    }

    /// Act 27(2), penalty Act 70(1): execution before the waiting period ends is refused.
    @Test func executionBeforeTheWaitingPeriodEndsIsRefused() throws {
        let early = try #require(refusal(.execute(on: date("2025-07-31")), waiting()))
        #expect(early.reason == .guardFailed)
        #expect(early.description.contains("Act 27(2)"))
        #expect(early.description.contains("Act 70"))
        let executed = try Workflow.apply(.execute(on: date("2025-08-01")), to: waiting())
        #expect(executed.after.state == .executed)
        // D11 + D12: 2025-08-01 + 45 = Mon 2025-09-15, Respect for the Aged Day → Tue 2025-09-16.
        #expect(executed.arm.map(\.kind) == [.executionReport])
        #expect(executed.arm.first?.due == date("2025-09-16"))
        #expect(Set(executed.cancel) == [.waitingPeriodEnd, .filingWindow])
    }

    /// D1: a notification covers execution only within 6 months of its filing.
    @Test func executionMoreThanSixMonthsAfterFilingIsRefused() throws {
        var cleared = waiting()
        cleared.state = .cleared
        cleared.filedOn = date("2025-07-01")
        #expect(refusal(.execute(on: date("2026-01-02")), cleared)?.reason == .guardFailed)
        #expect(try Workflow.apply(.execute(on: date("2026-01-01")), to: cleared).after.state == .executed)
    }

    /// D3, D6: a shortening moves the end earlier, never later; a date already reached clears the case.
    @Test func shorteningOnlyMovesTheEndEarlier() throws {
        let later = try #require(refusal(.shorten(on: date("2025-07-10"), until: date("2025-08-01")), waiting()))
        #expect(later.reason == .guardFailed)
        #expect(refusal(.shorten(on: date("2025-07-10"), until: date("2025-07-01")), waiting()) != nil)
        let future = try Workflow.apply(.shorten(on: date("2025-07-10"), until: date("2025-07-16")), to: waiting())
        #expect(future.after.state == .waiting)
        #expect(future.arm.first?.due == date("2025-07-16"))
        let now = try Workflow.apply(.shorten(on: date("2025-07-16"), until: date("2025-07-16")), to: waiting())
        #expect(now.after.state == .cleared)
        #expect(now.cancel == [.waitingPeriodEnd])
    }

    /// D4, D5: extension to 4 or 5 months counted from acceptance, only while the period runs, only later.
    @Test func extensionRunsFourOrFiveMonthsFromAcceptance() throws {
        let four = try Workflow.apply(.extend(on: date("2025-07-20"), months: .fourMonths), to: waiting())
        #expect(four.after.waitingEndsOn == date("2025-11-02"))
        #expect(four.after.extendedTo == .fourMonths)
        let five = try Workflow.apply(.extend(on: date("2025-10-01"), months: .fiveMonths), to: four.after)
        #expect(five.after.waitingEndsOn == date("2025-12-02"))
        #expect(refusal(.extend(on: date("2025-10-02"), months: .fourMonths), five.after)?.reason == .guardFailed)
        #expect(refusal(.extend(on: date("2025-08-01"), months: .fourMonths), waiting()) != nil, "period already over")
    }

    /// D4 with Civil Code Art. 143: no corresponding day, so the period ends at month end.
    @Test func extensionFromTheLastDayOfAMonth() throws {
        let filing = waiting(accepted: "2025-10-31", endsOn: "2025-11-30")
        let four = try Workflow.apply(.extend(on: date("2025-11-10"), months: .fourMonths), to: filing)
        #expect(four.after.waitingEndsOn == date("2026-03-01"))
    }

    /// D7, D8: a recommendation only within the period; the reply within 10 days counting the receipt day.
    @Test func recommendationAndReplyWindow() throws {
        #expect(refusal(.recommend(received: date("2025-08-01")), waiting()) != nil)
        let received = try Workflow.apply(.recommend(received: date("2025-07-31")), to: waiting())
        #expect(received.after.state == .recommended)
        // 2025-07-31 + 9 = Sat 2025-08-09 → Mon 2025-08-11 is Mountain Day → Tue 2025-08-12.
        #expect(received.arm.first?.due == date("2025-08-12"))
        #expect(received.cancel == [.waitingPeriodEnd])
        let late = try #require(refusal(.reply(on: date("2025-08-13"), accepted: true), received.after))
        #expect(late.description.contains("D8"))
        let accepted = try Workflow.apply(.reply(on: date("2025-08-12"), accepted: true), to: received.after)
        #expect(accepted.after.state == .cleared)
        // D9: once accepted, the act may be done as recommended before the period would have ended.
        #expect(try Workflow.apply(.execute(on: date("2025-08-12")), to: accepted.after).after.state == .executed)
        let refused = try Workflow.apply(.reply(on: date("2025-08-01"), accepted: false), to: received.after)
        #expect(refused.after.state == .orderPending)
    }

    /// D8 with the year-end closure: received 2025-12-24, reply due Mon 2026-01-05.
    @Test func replyWindowRollsOverTheYearEndClosure() throws {
        let filing = waiting(accepted: "2025-12-01", endsOn: "2025-12-31")
        let received = try Workflow.apply(.recommend(received: date("2025-12-24")), to: filing)
        #expect(received.arm.first?.due == date("2026-01-05"))
    }

    @Test func daemonEventsMoveTheCase() throws {
        let elapsed = try Workflow.apply(.deadlineReached(.waitingPeriodEnd, on: date("2025-08-01")), to: waiting())
        #expect(elapsed.after.state == .cleared)
        #expect(elapsed.eventType == "waitingPeriodElapsed")
        #expect(refusal(.deadlineReached(.waitingPeriodEnd, on: date("2025-07-31")), waiting()) != nil)
        var recommended = waiting()
        recommended.state = .recommended
        recommended.recommendationReceivedOn = date("2025-07-22")
        let noReply = try Workflow.apply(.deadlineReached(.recommendationReply, on: date("2025-08-01")), to: recommended)
        #expect(noReply.after.state == .orderPending)
        #expect(noReply.eventType == "replyWindowElapsed")
        let stale = try #require(refusal(.deadlineReached(.waitingPeriodEnd, on: date("2025-08-01")), recommended))
        #expect(stale.reason == .guardFailed)
    }

    @Test func withdrawalCancelsEveryDeadline() throws {
        let withdrawn = try Workflow.apply(.withdraw(on: date("2025-07-15")), to: waiting())
        #expect(withdrawn.after.state == .withdrawn)
        #expect(Set(withdrawn.cancel) == Set(FilingDeadlineKind.allCases))
        var executed = waiting()
        executed.state = .executed
        #expect(refusal(.withdraw(on: date("2025-08-15")), executed)?.reason == .notAllowedInState)
    }
}
