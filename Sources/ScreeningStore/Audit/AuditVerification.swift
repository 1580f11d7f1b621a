package import Foundation

/// The result of recomputing the audit chain: how much was checked, the head, and what is wrong.
package struct AuditVerification: Sendable, Hashable {
    /// The number of events checked.
    package var eventCount: Int
    /// The number of filings checked against their events.
    package var filingCount: Int
    /// The id of the last event, if any.
    package var lastEventID: Int64?
    /// The last event's hash as 64 hexadecimal digits: record it elsewhere (a ticket, an e-mail) to anchor the log,
    /// since anyone able to rewrite every later hash could otherwise rebuild a consistent chain.
    package var headHash: String?
    /// What is wrong, in log order: broken links and changed events first (at most ``maximumProblems``).
    package var problems: [AuditProblem]

    /// At most this many problems are collected.
    package static let maximumProblems = 100

    /// Whether the log and the filings are intact.
    package var isIntact: Bool { problems.isEmpty }
}

/// One thing `audit verify` found wrong.
package struct AuditProblem: Sendable, Hashable, CustomStringConvertible {
    /// The kind of problem.
    package enum Kind: String, Sendable, Hashable {
        /// An event's contents no longer match its hash.
        case eventChanged
        /// An id is missing from the log.
        case eventMissing
        /// An event's `prev_hash` is not the previous event's hash.
        case chainBroken
        /// The chain head does not match the last event.
        case headMismatch
        /// A filing's version or state is not what its events say.
        case filingMismatch
        /// A filing's determination or facts differ from the digests its `opened` event recorded.
        case filingDocumentChanged
    }

    /// The kind of problem.
    package var kind: Kind
    /// The first bad event, when the problem is in the log.
    package var eventID: Int64?
    /// The filing, when the problem is in a filing.
    package var filingID: UUID?
    /// One sentence for the auditor.
    package var message: String

    package var description: String { message }
}
