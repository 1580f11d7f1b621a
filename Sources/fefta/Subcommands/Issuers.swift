import ArgumentParser
import JapaneseCalendar
import LibPQ
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand {
    /// `fefta issuers import|diff|show|versions`: the MOF issuer list, versioned by publication date (issue 7).
    struct Issuers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "issuers",
            abstract: "Import the MOF issuer list by publication date, and compare or look up its versions.",
            subcommands: [Import.self, Diff.self, Show.self, Versions.self]
        )
    }
}

/// Shared pieces of the issuer commands.
enum IssuerCommands {
    /// A date option, validated.
    static func date(_ text: String?, option: String) throws -> LegalDate? {
        guard let text else { return nil }
        do {
            return try LegalDate(iso8601: text)
        } catch {
            throw ValidationError("\(option): \(error.description)")
        }
    }

    /// `①  nonDesignated` style for text output.
    static func tierText(_ tier: TargetTier?) -> String {
        guard let tier else { return "—  not listed" }
        return tier.listClass + (tier == .coreSpecified ? "+ " : "  ") + tier.rawValue
    }

    /// The message and exit status for a storage failure, with advice when the schema is missing.
    static func failure(_ error: any Error, configuration: DatabaseConfiguration) -> ExitCode {
        if case .database(let cause) = error as? StorageError, cause.sqlState == .undefinedTable {
            return fail(
                "the database has no issuer or holdings tables yet: run `fefta db migrate`",
                status: ExitStatus.unavailable)
        }
        if case .notFound(let what) = error as? StorageError {
            return fail("no \(what) is imported (see fefta issuers versions)", status: ExitStatus.dataError)
        }
        return databaseFailure(error, configuration: configuration)
    }

    /// The file name without folders, for the record of where a list came from.
    static func baseName(_ path: String) -> String {
        guard path != "-" else { return "standard input" }
        return path.split(separator: "/").last.map(String.init) ?? path
    }
}
