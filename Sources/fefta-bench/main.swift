// Benchmarks for the rules engine (not tests): `Deploy/bench.sh rules` builds this in release mode and runs it.
//
// Prints determinations per second on one core, without and with the findings trail, over a mix of
// transactions that exercises every act kind, tier and investor class.

import JapaneseCalendar
import ScreeningRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A mix of complete transactions: every act kind × tier × class, with holdings across the thresholds.
func makeMix() -> [TransactionFacts] {
    let dates = ["2019-06-01", "2023-03-01", "2025-09-01"].map { (try? LegalDate(iso8601: $0)) ?? .earliest }
    let holdings: [(String, String)] = [("0", "0.5"), ("0.5", "1.5"), ("2", "4"), ("8", "11"), ("0", "40")]
    var mix: [TransactionFacts] = []
    for (index, kind) in ActKind.allCases.enumerated() {
        for tier in TargetTier.allCases {
            for investorClass in InvestorClass.allCases {
                let (before, after) = holdings[(index + mix.count) % holdings.count]
                var facts = TransactionFacts(date: dates[mix.count % dates.count])
                facts.investor = InvestorFacts(
                    category: kind.isByNonResidentIndividualOnly ? .nonResidentIndividual : .foreignEntity,
                    investorClass: investorClass, accredited: mix.count % 2 == 0)
                facts.target = TargetFacts(listed: kind.requiresListedTarget || kind.isConsent, tier: tier)
                facts.act = ActFacts(
                    kind: kind, holdingBefore: try? Percent(parsing: before),
                    holdingAfter: try? Percent(parsing: after),
                    proposedByInvestor: true, controlMatters: index % 2 == 0, loanThresholdsMet: true
                )
                mix.append(facts)
            }
        }
    }
    return mix
}

/// Runs `body` over the mix for about `seconds` and returns determinations per second.
func measure(_ mix: [TransactionFacts], seconds: Double, _ body: (TransactionFacts) -> Int) -> (
    perSecond: Double, checksum: Int
) {
    let clock = ContinuousClock()
    var checksum = 0
    var count = 0
    let start = clock.now
    let budget = Duration.milliseconds(Int64(seconds * 1000))
    while clock.now - start < budget {
        for facts in mix { checksum &+= body(facts) }
        count += mix.count
    }
    let elapsed = clock.now - start
    let secondsElapsed = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    return (Double(count) / secondsElapsed, checksum)
}

func format(_ rate: Double) -> String {
    let whole = Int(rate.rounded())
    var digits = String(whole)
    var grouped = ""
    while digits.count > 3 {
        grouped = "," + digits.suffix(3) + grouped
        digits = String(digits.dropLast(3))
    }
    return digits + grouped
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.first == "portfolio-data", let directory = arguments.dropFirst().first {
    PortfolioData.write(to: directory)
    exit(0)
}
if arguments.first == "portfolio" {
    let seconds = arguments.dropFirst().first.flatMap(Double.init) ?? 2
    print("portfolio pipeline, single thread, \(seconds) s each")
    for rows in [10_000, 100_000, 1_000_000] { PortfolioData.measure(rows: rows, seconds: seconds) }
    exit(0)
}
if arguments.first == "--rounds" {
    // Fixed work for allocation counting (LD_PRELOAD a malloc counter and compare two round counts).
    let rounds = arguments.dropFirst().first.flatMap(Int.init) ?? 1
    let mix = makeMix()
    let engine = ScreeningEngine()
    var checksum = 0
    for _ in 0..<rounds { for facts in mix { checksum &+= engine.determine(facts).outcome == .exempt ? 1 : 0 } }
    print("rounds \(rounds), determinations \(rounds * mix.count), checksum \(checksum)")
    exit(0)
}
let seconds = arguments.first.flatMap(Double.init) ?? 3
let mix = makeMix()
let engine = ScreeningEngine()
_ = measure(mix, seconds: 0.3) { engine.determine($0).outcome.hashValue }  // warm up

let plain = measure(mix, seconds: seconds) { facts in
    let d = engine.determine(facts)
    return d.outcome == .exempt ? 1 : (d.report == nil ? 2 : 3)
}
let traced = measure(mix, seconds: seconds) { facts in engine.explain(facts).findings.count }

print("rules engine, \(mix.count) distinct transactions, single thread, \(seconds) s each")
print(
    "  without findings trail: \(format(plain.perSecond)) determinations/s  (\(nanoseconds(1e9 / plain.perSecond)) ns each)"
)
print(
    "  with findings trail:    \(format(traced.perSecond)) determinations/s  (\(nanoseconds(1e9 / traced.perSecond)) ns each)"
)
print("  checksum \(plain.checksum &+ traced.checksum)")

// Percent parsing from UTF-8 bytes, as the portfolio CSV path will use it.
let cells = ["0.5", "1.5", "0.3333", "9.99", "10", "33.3333333334", "100", "0.0000000001", "2.75", "12.125"]
let buffers = cells.map { Array($0.utf8) }
var parsed = 0
var units: Int64 = 0
let parseClock = ContinuousClock()
let parseStart = parseClock.now
while parseClock.now - parseStart < .milliseconds(Int64(seconds * 1000)) {
    for _ in 0..<1000 {
        for buffer in buffers {
            units &+= buffer.withUnsafeBytes { (try? Percent(parsing: $0))?.units ?? 0 }
        }
        parsed += buffers.count
    }
}
let parseElapsed = parseClock.now - parseStart
let parseSeconds = Double(parseElapsed.components.seconds) + Double(parseElapsed.components.attoseconds) / 1e18
print("Percent(parsing:) from UTF-8 bytes: \(format(Double(parsed) / parseSeconds)) values/s  (checksum \(units))")

func nanoseconds(_ nanoseconds: Double) -> String {
    let tenths = Int((nanoseconds * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
}
