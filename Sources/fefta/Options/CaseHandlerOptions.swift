import ArgumentParser
import FilingWorkflow
import Foundation
import JapaneseCalendar
import LibPQ
import Logging
import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `--actor`, shared by every command that records a filing event.
///
/// The actor is always a person id (`person:<uuid>` on the event), never a name. When the database role the
/// session runs as is mapped to a person (`people.db_role`, Schema/0005), that person is the actor and the database
/// enforces it: `--actor` and `FEFTA_ACTOR` may only repeat it. Otherwise (the owner's connection): `--actor ID`,
/// else `FEFTA_ACTOR`, else the person whose user name is the operating-system user's.
struct ActorOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The person who acts: a person id (default: the person your database role maps to, else FEFTA_ACTOR, "
                + "else the person whose user name is yours).",
            valueName: "person-id"))
    var actor: String?

    /// The acting person.
    ///
    /// - Throws: an `ExitCode` (65) with advice when no person can be resolved; 77 when the session's role acts as
    ///   someone else than `--actor` names, or maps to nobody while row-level security applies to it.
    func resolve(pool: DatabasePool, logger: Logger) async throws -> FilingActor {
        let environment = ProcessInfo.processInfo.environment["FEFTA_ACTOR"].flatMap { $0.isEmpty ? nil : $0 }
        let given = actor ?? environment
        let source = actor != nil ? "--actor" : "FEFTA_ACTOR"
        let requested = try given.map { text in
            guard let id = UUID(uuidString: text) else {
                throw fail(
                    "\(source) must be a person id (a UUID, see `fefta admin person list`), not a name",
                    status: ExitStatus.dataError)
            }
            return id
        }
        let session = try await OrganisationDirectory.session(pool: pool, logger: logger)
        if let person = session.personID {
            if let requested, requested != person {
                throw fail(
                    "\(source): the database role \(session.currentRole) acts as person "
                        + "\(person.uuidString.lowercased()); it cannot record events as someone else",
                    status: ExitStatus.noPermission)
            }
            return .person(person)
        }
        if !session.bypassesRowSecurity {
            throw fail(
                "the database role \(session.currentRole) is not mapped to a person, so it may not act; ask an "
                    + "administrator: fefta admin person add --name NAME --role ROLE --db-role \(session.currentRole)",
                status: ExitStatus.noPermission)
        }
        if let requested {
            guard try await OrganisationDirectory.person(id: requested, pool: pool, logger: logger) != nil else {
                throw fail(
                    "\(source): there is no person \(requested.uuidString.lowercased())", status: ExitStatus.dataError)
            }
            return .person(requested)
        }
        let user = Self.operatingSystemUser
        if let user, let person = try await OrganisationDirectory.person(userName: user, pool: pool, logger: logger) {
            return .person(person.id)
        }
        throw fail(
            "who is acting? pass --actor PERSON_ID or set FEFTA_ACTOR, or register your user name: "
                + "fefta admin person add --name NAME --role reviewer --user \(user ?? "USER")",
            status: ExitStatus.dataError)
    }

    /// The effective user's login name.
    static var operatingSystemUser: String? {
        guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// Legal dates given on the command line.
enum LegalDateArgument {
    /// The years whose national holidays the calendar knows; a filing date outside them is refused.
    static let years = 1949...2099

    /// Today in Japan, computed from the system clock at the edge (the pure modules never read it).
    static var today: LegalDate {
        LegalDate(secondsSinceEpoch: Int64(Date().timeIntervalSince1970.rounded(.down)))
    }

    /// Parses `text` given for `option`, or returns today when it is `nil`.
    ///
    /// - Throws: an `ExitCode` (65) naming the option and the expected form.
    static func parse(_ text: String?, option: String) throws -> LegalDate {
        guard let text else { return today }
        let date: LegalDate
        do {
            date = try LegalDate(iso8601: text)
        } catch {
            throw fail("\(option): \(error.description)", status: ExitStatus.dataError)
        }
        guard years.contains(date.year) else {
            throw fail(
                "\(option): \(date) is out of range; use a date between \(years.lowerBound) and \(years.upperBound)",
                status: ExitStatus.dataError)
        }
        return date
    }

    /// Parses the date of an event given for `option` (today when `nil`), refusing a date after today in Japan:
    /// an event is recorded once it has happened.
    ///
    /// - Throws: an `ExitCode` (65) naming the option.
    static func parseEventDate(_ text: String?, option: String) throws -> LegalDate {
        let date = try parse(text, option: option)
        let today = today
        guard date <= today else {
            throw fail(
                "\(option): \(date) is after today (\(today) in Japan); record an event once it has happened",
                status: ExitStatus.dataError)
        }
        return date
    }
}

extension ExitStatus {
    /// The filing changed since the caller read it (`--expect-version`); reload and retry (`EX_TEMPFAIL`).
    static let conflict: Int32 = 75
    /// `filing new`: the determination calls for no filing.
    static let nothingToFile: Int32 = 3
    /// `filing new`: the determination is undetermined; facts are missing.
    static let undetermined: Int32 = 4
    /// `audit verify`: the log or a filing does not match its hashes.
    static let auditFailed: Int32 = 5
}
