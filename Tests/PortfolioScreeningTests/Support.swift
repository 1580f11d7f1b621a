import JapaneseCalendar
import PortfolioScreening
import ScreeningRules
import Testing

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A legal date from ISO text (tests only use valid dates).
func day(_ text: String) -> LegalDate { (try? LegalDate(iso8601: text)) ?? .earliest }

/// An exact percentage from text.
func percent(_ text: String) -> Percent { (try? Percent(parsing: text)) ?? .zero }

/// `text` encoded as CP932 (Shift_JIS) by the C library, to build Shift_JIS fixtures from readable source.
func cp932(_ text: String) throws -> [UInt8] {
    let handle = iconv_open("CP932", "UTF-8")
    guard let handle, Int(bitPattern: handle) != -1 else { throw FixtureError.noConverter }
    defer { iconv_close(handle) }
    var input = Array(text.utf8)
    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    let produced: Int = input.withUnsafeMutableBytes { inputBuffer in
        output.withUnsafeMutableBytes { outputBuffer in
            var inPointer: UnsafeMutablePointer<CChar>? = inputBuffer.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inLeft = inputBuffer.count
            var outPointer: UnsafeMutablePointer<CChar>? = outputBuffer.baseAddress?.assumingMemoryBound(
                to: CChar.self)
            var outLeft = outputBuffer.count
            guard iconv(handle, &inPointer, &inLeft, &outPointer, &outLeft) != -1 else { return -1 }
            return outputBuffer.count - outLeft
        }
    }
    guard produced >= 0 else { throw FixtureError.notEncodable }
    return Array(output[0..<produced])
}

enum FixtureError: Error {
    case noConverter, notEncodable
}

/// Parses an issuer list from UTF-8 text.
func issuerList(_ text: String, published: LegalDate? = nil) throws -> IssuerList {
    try IssuerListParser.parse(Array(text.utf8), published: published)
}

/// The error parsing `bytes` throws.
func issuerListError(_ bytes: [UInt8]) -> IssuerListError? {
    do {
        _ = try IssuerListParser.parse(bytes, published: nil)
        return nil
    } catch {
        return error
    }
}

/// A small list used across the tests: one issuer per tier, and one with an ISIN.
let sampleList = """
    securities_code,name,name_en,category,isin
    1301,例示水産,Example Fisheries,1,
    9984,例示通信グループ,Example Telecom Group,2,
    6501,例示電機,"Example Electric, Ltd.",3,
    7203,例示自動車,EXAMPLE MOTOR,③,JP3633400001
    130A,例示システムズ,Example Systems,①,
    """

/// Reads `holdings` against `list` with the given read size (small sizes split records across chunks).
func readHoldings(_ holdings: String, list: IssuerList, chunkSize: Int = 1 << 20, readSize: Int = .max) throws
    -> HoldingsAggregate
{
    try readHoldings(Array(holdings.utf8), list: list, chunkSize: chunkSize, readSize: readSize)
}

/// Reads holdings bytes against `list`.
func readHoldings(_ bytes: [UInt8], list: IssuerList, chunkSize: Int = 1 << 20, readSize: Int = .max) throws
    -> HoldingsAggregate
{
    var offset = 0
    return try bytes.withUnsafeBytes { source in
        try HoldingsReader(index: IssuerIndex(list), chunkSize: chunkSize).read {
            (buffer: UnsafeMutableRawBufferPointer) throws(HoldingsError) in
            let count = min(buffer.count, source.count - offset, readSize)
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
            offset += count
            return count
        }
    }
}

/// A general foreign entity from Singapore.
let generalInvestor = InvestorProfile(
    name: "Example Fund",
    facts: InvestorFacts(category: .foreignEntity, country: CountryCode("SG"), investorClass: .general))

/// Screens `holdings` for `investor` on `date` against `list`.
func screen(
    _ holdings: String, list: IssuerList, investor: InvestorProfile = generalInvestor, date: String = "2025-09-01"
) throws -> PortfolioReport {
    PortfolioReport(
        screening: try readHoldings(holdings, list: list), index: IssuerIndex(list), investor: investor,
        date: day(date))
}
