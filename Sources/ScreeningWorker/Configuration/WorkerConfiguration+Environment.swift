import Foundation
import Logging
package import ScreeningStore

extension WorkerConfiguration {
    /// Builds the configuration: for each key the flag, else the `FEFTA_*` variable, else the default.
    ///
    /// An empty variable counts as unset. Every invalid value is reported, not only the first.
    ///
    /// - Parameters:
    ///   - environment: the process environment (`ProcessInfo.processInfo.environment`; a literal in tests).
    ///   - flags: the command-line flags as typed.
    ///   - effectiveUserIsRoot: whether the process runs as root (decides the embedded cluster's home).
    /// - Throws: ``ConfigurationError`` listing every bad key with what was expected.
    package init(
        environment: [String: String], flags: Flags = Flags(), effectiveUserIsRoot: Bool = false
    ) throws(ConfigurationError) {
        var reader = Reader(environment: environment)
        var database: DatabaseConfiguration?
        do {
            database = try DatabaseConfiguration.resolve(
                databaseURL: flags.databaseURL, environment: environment, effectiveUserIsRoot: effectiveUserIsRoot)
        } catch {
            reader.problems += error.problems
        }
        let pollInterval = reader.duration(flags.pollInterval, "poll-interval", default: .seconds(10))
        let batchSize = reader.integer(flags.batchSize, "batch-size", in: 1...10_000, default: 100)
        let offsets = reader.offsets(flags.reminderOffsets, "reminder-offsets", default: [10, 5, 1])
        let notifyCommand = reader.text(flags.notifyCommand, "notify-command")
        let notifyTimeout = reader.duration(flags.notifyTimeout, "notify-timeout", default: .seconds(5))
        let attempts = reader.integer(flags.maximumAttempts, "max-attempts", in: 1...100, default: 8)
        let retryBase = reader.duration(flags.retryBase, "retry-base", default: .seconds(30))
        let retryMaximum = reader.duration(flags.retryMaximum, "retry-max", default: .seconds(3600))
        let port = reader.optionalInteger(flags.metricsPort, "metrics-port", in: 0...65_535)
        let host = reader.text(flags.metricsHost, "metrics-host") ?? "127.0.0.1"
        let heartbeat = reader.duration(flags.heartbeatInterval, "heartbeat-interval", default: .seconds(5))
        let deadAfter = reader.duration(flags.deadAfter, "dead-after", default: .seconds(30))
        let pollOnly = flags.pollOnly || reader.boolean("poll-only")
        let level = reader.logLevel(flags.logLevel, "log-level")

        if retryMaximum < retryBase {
            reader.problem("retry-max", flag: flags.retryMaximum != nil, "must not be shorter than retry-base")
        }
        if deadAfter < heartbeat * 3 {
            reader.problem(
                "dead-after", flag: flags.deadAfter != nil,
                "must be at least three heartbeat intervals, so one late heartbeat never declares a live process dead")
        }
        if notifyTimeout >= WorkerConfiguration.shutdownBudget {
            reader.problem(
                "notify-timeout", flag: flags.notifyTimeout != nil,
                "must be shorter than the 10 s shutdown budget, so a delivery in flight can finish on SIGTERM")
        }
        guard reader.problems.isEmpty, let database else { throw ConfigurationError(reader.problems) }
        self.database = database
        self.pollInterval = pollInterval
        self.batchSize = batchSize
        self.reminderOffsets = offsets
        self.notifyCommand = notifyCommand
        self.notifyTimeout = notifyTimeout
        self.maximumAttempts = attempts
        self.retryBase = retryBase
        self.retryMaximum = retryMaximum
        self.metricsPort = port
        self.metricsHost = host
        self.heartbeatInterval = heartbeat
        self.deadAfter = deadAfter
        self.pollOnly = pollOnly
        self.logLevel = level
        self.once = flags.once
    }

    /// The variable name for a key: `poll-interval` → `FEFTA_POLL_INTERVAL`.
    package static func variable(_ key: String) -> String {
        "FEFTA_" + key.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    /// Reads keys from a flag or the environment and collects problems.
    struct Reader {
        let environment: [String: String]
        var problems: [ConfigurationError.Problem] = []

        /// The flag's text, else the variable's, with the name to report.
        func raw(_ flag: String?, _ key: String) -> (text: String, name: String)? {
            if let flag { return (flag, "--" + key) }
            let name = WorkerConfiguration.variable(key)
            if let value = environment[name], !value.isEmpty { return (value, name) }
            return nil
        }

        mutating func problem(_ key: String, flag: Bool, _ message: String) {
            problems.append(.init(key: flag ? "--" + key : WorkerConfiguration.variable(key), message: message))
        }

        mutating func text(_ flag: String?, _ key: String) -> String? {
            guard let (text, name) = raw(flag, key) else { return nil }
            guard !text.allSatisfy(\.isWhitespace) else {
                problems.append(.init(key: name, message: "is empty"))
                return nil
            }
            return text
        }

        mutating func integer(_ flag: String?, _ key: String, in range: ClosedRange<Int>, default value: Int) -> Int {
            optionalInteger(flag, key, in: range) ?? value
        }

        mutating func optionalInteger(_ flag: String?, _ key: String, in range: ClosedRange<Int>) -> Int? {
            guard let (text, name) = raw(flag, key) else { return nil }
            guard let number = Int(text.trimmingCharacters(in: .whitespaces)), range.contains(number) else {
                problems.append(
                    .init(key: name, message: "expected a whole number from \(range.lowerBound) to \(range.upperBound)")
                )
                return nil
            }
            return number
        }

        mutating func duration(_ flag: String?, _ key: String, default value: Duration) -> Duration {
            guard let (text, name) = raw(flag, key) else { return value }
            guard let parsed = WorkerConfiguration.parseDuration(text), parsed > .zero, parsed <= .seconds(86_400)
            else {
                problems.append(
                    .init(
                        key: name,
                        message: "expected a duration above zero and at most a day, such as 500ms, 10s, 2m or 1h "
                            + "(a bare number is seconds)"))
                return value
            }
            return parsed
        }

        mutating func offsets(_ flag: String?, _ key: String, default value: [Int]) -> [Int] {
            guard let (text, name) = raw(flag, key) else { return value }
            let parts = text.split(separator: ",", omittingEmptySubsequences: false)
                .map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard !parts.isEmpty, parts.allSatisfy({ $0.map { (1...250).contains($0) } ?? false }) else {
                problems.append(
                    .init(key: name, message: "expected working days from 1 to 250 separated by commas, such as 10,5,1")
                )
                return value
            }
            return Array(Set(parts.compactMap { $0 })).sorted(by: >)
        }

        mutating func boolean(_ key: String) -> Bool {
            let name = WorkerConfiguration.variable(key)
            guard let value = environment[name], !value.isEmpty else { return false }
            switch value.lowercased() {
            case "1", "true", "yes", "on": return true
            case "0", "false", "no", "off": return false
            default:
                problems.append(.init(key: name, message: "expected true or false (1/0, yes/no)"))
                return false
            }
        }

        mutating func logLevel(_ flag: String?, _ key: String) -> Logger.Level {
            guard let (text, name) = raw(flag, key) else { return .info }
            guard let level = Logger.Level(rawValue: text.lowercased()) else {
                let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
                problems.append(.init(key: name, message: "expected one of \(names)"))
                return .info
            }
            return level
        }
    }

    /// Parses `500ms`, `10s`, `2m`, `1h` or a bare number of seconds (decimals allowed: `0.25`).
    package static func parseDuration(_ text: String) -> Duration? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, milliseconds: Double)] = [
            ("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000),
        ]
        var number = Substring(trimmed)
        var scale = 1000.0
        for unit in units where trimmed.hasSuffix(unit.suffix) {
            number = trimmed.dropLast(unit.suffix.count)
            scale = unit.milliseconds
            break
        }
        guard !number.isEmpty, number.allSatisfy({ $0.isNumber || $0 == "." }), let value = Double(number),
            value.isFinite
        else { return nil }
        let milliseconds = (value * scale).rounded()
        guard milliseconds < 1e12 else { return nil }
        return .milliseconds(Int64(milliseconds))
    }
}
