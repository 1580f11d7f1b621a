import ArgumentParser
import JapaneseCalendar
import PortfolioScreening
import ScreeningRules

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
            subcommands: [Check.self]
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
        var day = LegalDate(secondsSinceEpoch: Int64(time(nil)))
        if let text {
            do {
                day = try LegalDate(iso8601: text)
            } catch {
                throw ValidationError("--date: \(error.description)")
            }
        }
        guard day >= Regime.earliestDate else {
            throw ValidationError("--date: the ruleset covers dates from \(Regime.earliestDate.iso8601)")
        }
        return day
    }

    /// An issuer list read from a file (exit 65 naming line and column, 66 when unreadable).
    static func issuerList(file path: String, published: LegalDate?) throws -> IssuerList {
        let bytes = try readInput(path)
        do {
            return try IssuerListParser.parse(bytes, published: published)
        } catch {
            throw fail("\(path): \(error.description)", status: ExitStatus.dataError)
        }
    }
}
