import ArgumentParser
import JapaneseCalendar
import Logging
import PortfolioScreening
import ScreeningRules
import ScreeningStore

extension FeftaCommand.Portfolio {
    /// `fefta portfolio check --investor FILE [--issuers FILE | --published DATE] [--date D] HOLDINGS.csv`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Screen every position of a holdings file, one row per issuer.",
            discussion: """
                HOLDINGS.csv needs the columns securities_code (or isin), holding_before and holding_after \
                (percent, exact decimals); other columns are ignored. Rows of the same issuer are summed exactly \
                before the decision. Each issuer is decided by the fefta check engine as a listedShares acquisition \
                of a listed target with the issuer list's tier. Output (stdout): CSV or JSON with outcome, \
                report_row, report_due, conditions, headroom (points to the next threshold that changes the \
                obligation) and note. A summary goes to stderr. The issuer list is --issuers FILE, or the version \
                imported with fefta issuers import that --published names, or by default the latest one published \
                on or before --date.

                Exit status: 0 every row screened; 2 some rows rejected (listed on stderr) and the rest screened; \
                65 bad input (investor file, issuer list, holdings header or quoting; or any rejected row with \
                --strict, when nothing is written); 64 bad usage; 66 a file cannot be read; 69 the database is \
                unavailable.
                """
        )

        @Option(
            name: .long,
            help: ArgumentHelp(
                "The investor (JSON): the investor object of the fefta check contract plus an optional name.",
                valueName: "file"))
        var investor: String

        @OptionGroup(title: "Issuer list") var issuerList: IssuerListOptions
        @OptionGroup(title: "Database (without --issuers)") var database: DatabaseOptions

        @Option(name: .long, help: "The date of the acquisitions, YYYY-MM-DD (default: today in Japan).")
        var date: String?

        @Option(name: .long, help: "Output format: csv (the default) or json.")
        var format: PortfolioFormat = .csv

        @Flag(name: .long, help: "Write nothing and exit 65 if any row is rejected.")
        var strict = false

        @Argument(help: ArgumentHelp("The holdings CSV, or - for standard input.", valueName: "holdings.csv"))
        var holdings: String

        func run() async throws {
            let profile = try PortfolioInputs.investor(investor)
            let day = try PortfolioInputs.date(date)
            let list = try await PortfolioInputs.issuerList(issuerList, database: database, date: day)
            let report = try PortfolioCheckRun.screen(
                holdings: holdings, index: IssuerIndex(list), investor: profile, date: day)
            try PortfolioCheckRun.emit(report, format: format, strict: strict)
        }
    }
}

/// The output formats of `fefta portfolio check`.
enum PortfolioFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case csv, json
}

/// Reading, screening and printing, shared by the file and database variants of `portfolio check`.
enum PortfolioCheckRun {
    /// Streams the holdings file and screens it.
    static func screen(holdings path: String, index: IssuerIndex, investor: InvestorProfile, date: LegalDate) throws
        -> PortfolioReport
    {
        let input = try FileDescriptorInput(path: path)
        var progress = ProgressBar(total: input.size)
        let aggregate: HoldingsAggregate
        do {
            aggregate = try HoldingsReader(index: index).read(
                { buffer throws(HoldingsError) in try input.readChunk(into: buffer) },
                progress: progress == nil ? nil : { progress?.update($0) })
        } catch {
            progress?.finish()
            if case .readFailed = error { throw fail(error.description, status: ExitStatus.noInput) }
            throw fail("\(input.name): \(error.description)", status: ExitStatus.dataError)
        }
        progress?.finish()
        return PortfolioReport(screening: aggregate, index: index, investor: investor, date: date)
    }

    /// Prints the rejections and summary to stderr and the rows to stdout, and exits with the status that says
    /// whether every row was screened.
    static func emit(_ report: PortfolioReport, format: PortfolioFormat, strict: Bool) throws {
        let holdings = report.holdings
        for rejection in holdings.rejections { printDiagnostic(rejection.description) }
        if holdings.rejectedCount > holdings.rejections.count {
            printDiagnostic("… and \(holdings.rejectedCount - holdings.rejections.count) more rejected rows")
        }
        if strict && !holdings.isClean {
            throw fail(
                "\(holdings.rejectedCount) rejected; nothing written (--strict)", status: ExitStatus.dataError)
        }
        switch format {
        case .csv: writeStandardOutput(report.csv())
        case .json: writeStandardOutput(report.json().serialized(pretty: true) + "\n")
        }
        writeStandardError(report.summary.text)
        if !holdings.isClean { throw ExitCode(ExitStatus.partial) }
    }
}
