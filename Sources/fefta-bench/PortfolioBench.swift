// Portfolio benchmarks: generated issuer lists and holdings files (`Deploy/bench.sh portfolio` runs the built
// `fefta` on them), and the pure read-aggregate-screen pipeline measured in process.

import JapaneseCalendar
import PortfolioScreening
import ScreeningRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A deterministic generator (SplitMix64), so every run screens the same data.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

enum PortfolioData {
    /// `count` securities codes: four digits from 1301 up, every ninth one alphanumeric (130A style).
    static func codes(_ count: Int) -> [String] {
        var codes: [String] = []
        var number = 1301
        while codes.count < count {
            if codes.count % 9 == 8 {
                codes.append(String(number / 10) + "A")
            } else {
                codes.append(String(number))
            }
            number += 2
        }
        return codes
    }

    /// The issuer list as CSV (simple layout): tiers ① 50 %, ② 26 %, ③ 24 %, as on the 2024-09-13 list.
    static func issuerList(_ codes: [String]) -> String {
        var random = SplitMix64(state: 7)
        var text = "securities_code,name,name_en,category\n"
        for code in codes {
            let draw = random.below(100)
            let category = draw < 50 ? "1" : draw < 76 ? "2" : "3"
            text += "\(code),銘柄\(code)株式会社,Issuer \(code) Co.,\(category)\n"
        }
        return text
    }

    /// `rows` holdings rows over `codes`, with small exact decimals (aggregates stay well below 100 %).
    static func holdings(_ codes: [String], rows: Int) -> [UInt8] {
        var random = SplitMix64(state: 42)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(rows * 30 + 64)
        bytes.append(contentsOf: "account,securities_code,holding_before,holding_after\n".utf8)
        let scale = max(1, 250 * 4_000 / max(rows, 1))  // fewer rows: larger positions
        for _ in 0..<rows {
            // Positions differ by issuer (weights 1-6), so aggregates land on both sides of 1 %, 3 % and 10 %.
            let issuer = random.below(codes.count)
            let weight = 1 + issuer % 6
            let before = random.below(100 * scale * weight)
            let after = before + random.below(60 * scale * weight)
            bytes.append(contentsOf: "ACC\(random.below(1000)),".utf8)
            bytes.append(contentsOf: codes[issuer].utf8)
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: decimal(before).utf8)
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: decimal(after).utf8)
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// `units` ten-thousandths of a percent as a decimal (`123` → `0.0123`).
    static func decimal(_ units: Int) -> String {
        let fraction = String(units % 10_000)
        return "\(units / 10_000)." + String(repeating: "0", count: 4 - fraction.count) + fraction
    }

    static let investor =
        #"{"name": "Benchmark Fund", "category": "foreignEntity", "country": "SG", "class": "general"}"#

    /// Writes issuers.csv, investor.json and holdings-10k/100k/1m.csv into `directory`.
    static func write(to directory: String) {
        let codes = codes(4_000)
        save(Array(issuerList(codes).utf8), to: directory + "/issuers.csv")
        save(Array((investor + "\n").utf8), to: directory + "/investor.json")
        for (name, rows) in [("10k", 10_000), ("100k", 100_000), ("1m", 1_000_000)] {
            save(holdings(codes, rows: rows), to: directory + "/holdings-\(name).csv")
        }
    }

    static func save(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else {
            print("cannot write \(path)")
            exit(1)
        }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }

    /// Reads, aggregates and screens `rows` generated rows from memory, `rounds` times; prints rows per second.
    static func measure(rows: Int, seconds: Double) {
        let codes = codes(4_000)
        guard let list = try? IssuerListParser.parse(Array(issuerList(codes).utf8), published: nil) else { return }
        let index = IssuerIndex(list)
        let file = holdings(codes, rows: rows)
        let investor = InvestorProfile(facts: InvestorFacts(category: .foreignEntity, investorClass: .general))
        let date = (try? LegalDate(iso8601: "2025-09-01")) ?? .earliest
        let clock = ContinuousClock()
        var screenedRows = 0
        var checksum = 0
        let start = clock.now
        while clock.now - start < .milliseconds(Int64(seconds * 1000)) {
            var offset = 0
            let aggregate = try? file.withUnsafeBytes { source in
                try HoldingsReader(index: index).read { (buffer: UnsafeMutableRawBufferPointer) throws(HoldingsError) in
                    let count = min(buffer.count, source.count - offset)
                    buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
                    offset += count
                    return count
                }
            }
            guard let aggregate else { return }
            let report = PortfolioReport(screening: aggregate, index: index, investor: investor, date: date)
            checksum &+= report.rows.count
            screenedRows += rows
        }
        let elapsed = clock.now - start
        let secondsElapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        print(
            "  \(format(Double(rows))) rows: \(format(Double(screenedRows) / secondsElapsed)) rows/s "
                + "(read, aggregate, screen 4,000 issuers; in memory; checksum \(checksum))")
    }
}
