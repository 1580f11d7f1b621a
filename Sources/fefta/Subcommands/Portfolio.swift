import ArgumentParser
import JapaneseCalendar
import LibPQ
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension FeftaCommand {
    /// `fefta portfolio check|import`: whole-portfolio screening for funds (issue 7).
    struct Portfolio: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "portfolio",
            abstract: "Screen a whole holdings file against the MOF issuer list, or store it for monitoring.",
            subcommands: [Check.self, Import.self, Show.self]
        )
    }
}

/// Loading the inputs every portfolio and issuer command shares.
enum PortfolioInputs {
    /// The investor file, decoded strictly (exit 65 naming the member at fault, 66 when unreadable).
    static func investor(_ path: String) throws -> InvestorProfile {
        let bytes = try readInput(path)
        let value: JSONValue
        do {
            value = try JSONParser().parse(bytes)
        } catch {
            throw fail("\(path): \(error.description)", status: ExitStatus.dataError)
        }
        do {
            return try InvestorProfile(json: value)
        } catch {
            throw fail("\(path): \(error.description)", status: ExitStatus.dataError)
        }
    }

    /// `--date`, or today in Japan; dates before the ruleset are usage errors.
    static func date(_ text: String?) throws -> LegalDate {
        let day = try DateArgument.day(text)
        guard day >= Regime.earliestDate else {
            throw ValidationError("--date: the ruleset covers dates from \(Regime.earliestDate.iso8601)")
        }
        return day
    }

    /// An issuer list read from a file (exit 65 naming line and column, 66 when unreadable).
    static func issuerList(file path: String, published: LegalDate?) throws -> IssuerList {
        let bytes = try readInput(path)
        do {
            var list = try IssuerListParser.parse(bytes, published: published)
            list.sourceSHA256 = SHA256.hash(bytes).hexadecimal
            return list
        } catch {
            throw fail("\(path): \(error.description)", status: ExitStatus.dataError)
        }
    }

    /// The issuer list the options select: a file, or a stored version (`--published`, or the one in force on `date`).
    ///
    /// - Throws: exit 65 for a bad file or a missing version, 66 for an unreadable file, 69 for the database.
    static func issuerList(_ options: IssuerListOptions, database: DatabaseOptions, date: LegalDate) async throws
        -> IssuerList
    {
        try await issuerList(file: options.issuers, published: options.publishedDate(), database: database, date: date)
    }

    /// The issuer list `file`, or the stored version `published`, or the stored one in force on `date`.
    ///
    /// - Throws: exit 65 for a bad file or a missing version, 66 for an unreadable file, 69 for the database.
    static func issuerList(file: String?, published: LegalDate?, database: DatabaseOptions, date: LegalDate)
        async throws -> IssuerList
    {
        if let file { return try issuerList(file: file, published: published) }
        let logger = Logger(label: "fefta")
        let configuration = try database.configuration()
        let found: IssuerList?
        do {
            found = try await database.withPool(logger: logger) { pool, _ in
                let store = IssuerListStore(pool: pool)
                if let published { return try await store.list(published: published, logger: logger) }
                return try await store.list(inForceOn: date, logger: logger)
            }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            throw IssuerCommands.failure(error, configuration: configuration)
        }
        guard let found else {
            throw fail(
                "no issuer list published on or before \(date.iso8601) is imported: run fefta issuers import FILE "
                    + "--published DATE, or pass --issuers FILE", status: ExitStatus.dataError)
        }
        return found
    }
}
