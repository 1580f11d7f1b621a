import FilingWorkflow
import JapaneseCalendar
import Testing

/// Every state × every event, against a table written out independently of the implementation.
struct TransitionTableTests {
    /// The allowed events per state, as design.md §5 describes the lifecycle.
    static let priorNotificationTable: [FilingState: Set<FilingEventKind>] = [
        .draft: [.submit, .withdraw, .assign, .note, .deadlineReached, .obligationChanged],
        .filed: [.accept, .withdraw, .assign, .note, .obligationChanged],
        .waiting: [
            .shorten, .extend, .recommend, .clear, .execute, .withdraw, .assign, .note, .deadlineReached,
            .obligationChanged,
        ],
        .recommended: [.reply, .withdraw, .assign, .note, .deadlineReached, .obligationChanged],
        .orderPending: [.order, .withdraw, .assign, .note, .obligationChanged],
        .ordered: [.execute, .close, .assign, .note, .obligationChanged],
        .cleared: [.execute, .withdraw, .assign, .note, .obligationChanged],
        .executed: [.report, .assign, .note, .deadlineReached, .obligationChanged],
        .closed: [.note],
        .withdrawn: [.note],
    ]

    static let reportTable: [FilingState: Set<FilingEventKind>] = [
        .due: [.report, .withdraw, .assign, .note, .deadlineReached, .obligationChanged],
        .overdue: [.report, .withdraw, .assign, .note, .obligationChanged],
        .filed: [.close, .assign, .note, .obligationChanged],
        .closed: [.note],
        .withdrawn: [.note],
    ]

    /// A case in `state` whose dates are consistent with having got there.
    static func sample(_ kind: FilingKind, _ state: FilingState) -> FilingCase {
        var filing = FilingCase(kind: kind, state: state)
        if kind == .priorNotification {
            filing.plannedExecution = date("2025-09-01")
            if state != .draft {
                filing.filedOn = date("2025-06-30")
            }
            if ![.draft, .filed].contains(state) {
                filing.acceptedOn = date("2025-07-02")
                filing.waitingEndsOn = date("2025-08-01")
            }
            if [.recommended, .orderPending, .ordered].contains(state) {
                filing.recommendationReceivedOn = date("2025-07-22")
            }
            if [.executed, .closed].contains(state) {
                filing.executedOn = date("2025-08-04")
            }
        } else {
            filing.actOn = date("2025-06-27")
        }
        return filing
    }

    /// One event of each kind, dated so that its guards pass for the sample cases where it is allowed.
    static func sampleEvent(_ kind: FilingEventKind, for filing: FilingCase) -> FilingEvent? {
        switch kind {
        case .open: return nil
        case .submit: return .submit(on: date("2025-07-01"))
        case .accept: return .accept(on: date("2025-07-02"))
        case .shorten: return .shorten(on: date("2025-07-10"), until: date("2025-07-16"))
        case .extend: return .extend(on: date("2025-07-20"), months: .fourMonths)
        case .recommend: return .recommend(received: date("2025-07-22"))
        case .reply: return .reply(on: date("2025-07-25"), accepted: true)
        case .order: return .order(on: date("2025-08-05"))
        case .clear: return .clear(on: date("2025-08-01"))
        case .execute: return .execute(on: date("2025-08-04"))
        case .report: return .report(on: date("2025-09-01"))
        case .withdraw: return .withdraw(on: date("2025-07-15"))
        case .close: return .close(on: date("2025-09-05"))
        case .assign: return .assign(on: date("2025-07-03"), to: "person-1")
        case .note: return .note(on: date("2025-07-03"), text: "called the BOJ")
        case .obligationChanged: return .obligationChanged(on: date("2025-07-04"))
        case .deadlineReached:
            let deadline: FilingDeadlineKind =
                switch (filing.kind, filing.state) {
                case (.priorNotification, .draft): .filingWindow
                case (.priorNotification, .recommended): .recommendationReply
                case (.priorNotification, .executed): .executionReport
                case (.priorNotification, _): .waitingPeriodEnd
                case (.changeReport, _): .changeReport
                case (.postInvestmentReport, _): .postInvestmentReport
                }
            return .deadlineReached(deadline, on: date("2025-12-31"))
        }
    }

    @Test(arguments: FilingKind.allCases)
    func everyStateAllowsExactlyTheEventsOfTheTable(kind: FilingKind) throws {
        let table = kind == .priorNotification ? Self.priorNotificationTable : Self.reportTable
        #expect(Set(table.keys) == Set(kind.states))
        for state in kind.states {
            let expected = try #require(table[state])
            #expect(Set(Workflow.allowedEvents(kind, state)) == expected, "\(kind) \(state)")
            let filing = Self.sample(kind, state)
            for eventKind in FilingEventKind.allCases {
                guard let event = Self.sampleEvent(eventKind, for: filing) else { continue }
                do {
                    let transition = try Workflow.apply(event, to: filing)
                    #expect(expected.contains(eventKind), "\(kind) \(state) accepted \(eventKind)")
                    #expect(kind.states.contains(transition.after.state), "\(kind) \(state) \(eventKind)")
                } catch {
                    if expected.contains(eventKind) {
                        Issue.record("\(kind) \(state) refused allowed \(eventKind): \(error)")
                    } else {
                        #expect(error.reason == .notAllowedInState)
                        #expect(Set(error.allowed) == expected)
                        #expect(error.description.contains("allowed:") || expected.allSatisfy(\.isSystemEvent))
                    }
                }
            }
        }
    }

    @Test func stateMachinesNeverMixKinds() {
        for kind in FilingKind.allCases {
            for state in FilingState.allCases where !kind.states.contains(state) {
                #expect(Workflow.allowedEvents(kind, state).isEmpty, "\(kind) \(state)")
            }
        }
    }

    @Test func terminalStatesOnlyTakeNotes() {
        for kind in FilingKind.allCases {
            for state in kind.states where state.isTerminal {
                #expect(Workflow.allowedEvents(kind, state) == [.note])
            }
        }
    }

    @Test func everyNonTerminalStateCanBeLeft() {
        for kind in FilingKind.allCases {
            for state in kind.states where !state.isTerminal {
                let movers = Workflow.allowedEvents(kind, state).filter {
                    ![.note, .assign, .obligationChanged].contains($0)
                }
                #expect(!movers.isEmpty, "\(kind) \(state) cannot be left")
            }
        }
    }
}

func date(_ text: String) -> LegalDate {
    do {
        return try LegalDate(iso8601: text)
    } catch {
        Issue.record("bad test date \(text)")
        return LegalDate(dayNumber: 0)
    }
}

extension TransitionTableTests {
    /// Re-screening records a changed obligation on any open case without moving it.
    @Test(arguments: FilingKind.allCases)
    func obligationChangesLeaveTheStateAlone(kind: FilingKind) throws {
        for state in kind.states where !state.isTerminal {
            let filing = Self.sample(kind, state)
            let transition = try Workflow.apply(.obligationChanged(on: date("2025-07-04")), to: filing)
            #expect(transition.after == filing)
            #expect(transition.eventType == "obligationChanged")
            #expect(transition.arm.isEmpty && transition.cancel.isEmpty)
        }
        for state in kind.states where state.isTerminal {
            #expect(throws: TransitionRefusal.self) {
                try Workflow.apply(.obligationChanged(on: date("2025-07-04")), to: Self.sample(kind, state))
            }
        }
    }
}
