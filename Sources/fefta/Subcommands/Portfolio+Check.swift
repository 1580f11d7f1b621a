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
                of a listed target with the issuer list's tier. Output (stdout): a table for people (text, the \
                default on a terminal; what needs action first), or CSV (the default otherwise) or JSON with \
                outcome, report_row, report_due, conditions, headroom (points to the next threshold that changes \
                the obligation), note and the issuer list version used. A summary goes to stderr. The issuer list \
                is --issuers FILE, or the version imported with fefta issuers import that --published names, or by \
                default the latest one published on or before --date.

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

        @Option(name: .long, help: "Output format: text, csv or json (text on a terminal, csv otherwise).")
        var format: PortfolioFormat?

        @Option(
            name: .long,
            help: "The CSV's encoding: utf-8 (the default), utf-8-bom or shift_jis (for Excel in Japan).")
        var encoding: CSVEncoding?

        @OptionGroup var language: LanguageOptions

        @Flag(name: .long, help: "Write nothing and exit 65 if any row is rejected.")
        var strict = false

        @Argument(help: ArgumentHelp("The holdings CSV, or - for standard input.", valueName: "holdings.csv"))
        var holdings: String

        func run() async throws {
            let output = PortfolioOutput(
                format: format ?? (Terminal.standardOutputIsTerminal ? .text : .csv),
                encoding: encoding ?? .utf8, language: language.resolved)
            if encoding != nil && output.format != .csv {
                throw ValidationError("--encoding applies to --format csv only")
            }
            let profile = try PortfolioInputs.investor(investor)
            let day = try PortfolioInputs.date(date)
            let list = try await PortfolioInputs.issuerList(issuerList, database: database, date: day)
            let report = try PortfolioCheckRun.screen(
                holdings: holdings, index: IssuerIndex(list), investor: profile, date: day)
            try PortfolioCheckRun.emit(report, holdings: holdings, output: output, strict: strict)
        }
    }
}

/// The output formats of `fefta portfolio check`.
enum PortfolioFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, csv, json
}

/// `--encoding` of the CSV.
enum CSVEncoding: String, ExpressibleByArgument, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case utf8BOM = "utf-8-bom"
    case shiftJIS = "shift_jis"

    /// The text encoding written.
    var textEncoding: TextEncoding {
        switch self {
        case .utf8: .utf8
        case .utf8BOM: .utf8WithBOM
        case .shiftJIS: .shiftJIS
        }
    }
}

/// How `portfolio check` prints: format, the CSV's encoding, and the language of notes, tables and messages.
struct PortfolioOutput: Sendable {
    var format: PortfolioFormat
    var encoding: CSVEncoding
    var language: Language
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

    /// Prints the rejections (each naming the holdings file) and summary to stderr and the rows to stdout, and
    /// exits with the status that says whether every row was screened.
    static func emit(_ report: PortfolioReport, holdings path: String, output: PortfolioOutput, strict: Bool) throws {
        let holdings = report.holdings
        let language = output.language
        let file = path == "-" ? (language == .ja ? "標準入力" : "standard input") : path
        for rejection in holdings.rejections { printDiagnostic("\(file): \(rejection.text(language))") }
        if holdings.rejectedCount > holdings.rejections.count {
            let more = holdings.rejectedCount - holdings.rejections.count
            printDiagnostic(
                language == .ja ? "\(file): ほかに却下した行 \(more)" : "\(file): … and \(more) more rejected rows")
        }
        if strict && !holdings.isClean {
            throw fail(
                "\(holdings.rejectedCount) rejected; nothing written (--strict)", status: ExitStatus.dataError)
        }
        switch output.format {
        case .text: writeStandardOutput(report.text(language: language))
        case .json: writeStandardOutput(report.json(language: language).serialized(pretty: true) + "\n")
        case .csv:
            let encoded: TextEncoder.Encoded
            do {
                encoded = try TextEncoder.encode(report.csv(language: language), as: output.encoding.textEncoding)
            } catch {
                throw fail(error.description, status: ExitStatus.software)
            }
            writeStandardOutput(bytes: encoded.bytes)
            if encoded.unrepresentable > 0 {
                printDiagnostic(
                    "shift_jis has no code for \(encoded.unrepresentable) characters of the output, written as ?; "
                        + "use --encoding utf-8-bom to keep them (Excel opens it too)")
            }
        }
        writeStandardError(report.summary.text(language))
        if !holdings.isClean { throw ExitCode(ExitStatus.partial) }
    }
}
