import ScreeningStore
import ScreeningWorker
import Testing

/// `WorkerConfiguration(environment:flags:)`: defaults, flag over variable, every problem in one error.
@Suite struct WorkerConfigurationTests {
    let database = ["FEFTA_DATABASE_URL": "postgresql://feftad@db.example/fefta"]

    @Test func defaultsApplyWhenNothingIsSet() throws {
        let configuration = try WorkerConfiguration(environment: database)
        #expect(configuration.pollInterval == .seconds(10))
        #expect(configuration.batchSize == 100)
        #expect(configuration.reminderOffsets == [10, 5, 1])
        #expect(configuration.notifyCommand == nil)
        #expect(configuration.notifyTimeout == .seconds(5))
        #expect(configuration.maximumAttempts == 8)
        #expect(configuration.retryBase == .seconds(30))
        #expect(configuration.retryMaximum == .seconds(3600))
        #expect(configuration.metricsPort == nil)
        #expect(configuration.metricsHost == "127.0.0.1")
        #expect(configuration.heartbeatInterval == .seconds(5))
        #expect(configuration.deadAfter == .seconds(30))
        #expect(!configuration.pollOnly)
        #expect(configuration.logLevel == .info)
        #expect(!configuration.once)
        #expect(configuration.database.source == .environment)
    }

    @Test func variablesSetEveryKey() throws {
        let configuration = try WorkerConfiguration(
            environment: database.merging([
                "FEFTA_POLL_INTERVAL": "500ms", "FEFTA_BATCH_SIZE": "25", "FEFTA_REMINDER_OFFSETS": "3, 7,3",
                "FEFTA_NOTIFY_COMMAND": "/usr/local/bin/notify --json", "FEFTA_NOTIFY_TIMEOUT": "2s",
                "FEFTA_MAX_ATTEMPTS": "4", "FEFTA_RETRY_BASE": "1m", "FEFTA_RETRY_MAX": "2h",
                "FEFTA_METRICS_PORT": "9464", "FEFTA_METRICS_HOST": "0.0.0.0", "FEFTA_HEARTBEAT_INTERVAL": "2",
                "FEFTA_DEAD_AFTER": "0.5m", "FEFTA_POLL_ONLY": "yes", "FEFTA_LOG_LEVEL": "DEBUG",
            ]) { $1 })
        #expect(configuration.pollInterval == .milliseconds(500))
        #expect(configuration.batchSize == 25)
        #expect(configuration.reminderOffsets == [7, 3])
        #expect(configuration.notifyCommand == "/usr/local/bin/notify --json")
        #expect(configuration.notifyTimeout == .seconds(2))
        #expect(configuration.maximumAttempts == 4)
        #expect(configuration.retryBase == .seconds(60))
        #expect(configuration.retryMaximum == .seconds(7200))
        #expect(configuration.metricsPort == 9464)
        #expect(configuration.metricsHost == "0.0.0.0")
        #expect(configuration.heartbeatInterval == .seconds(2))
        #expect(configuration.deadAfter == .seconds(30))
        #expect(configuration.pollOnly)
        #expect(configuration.logLevel == .debug)
    }

    @Test func aFlagOverridesItsVariable() throws {
        var flags = WorkerConfiguration.Flags()
        flags.pollInterval = "3s"
        flags.batchSize = "7"
        flags.databaseURL = "postgresql://other/fefta"
        flags.once = true
        let configuration = try WorkerConfiguration(
            environment: database.merging(["FEFTA_POLL_INTERVAL": "1h", "FEFTA_BATCH_SIZE": "9000"]) { $1 },
            flags: flags)
        #expect(configuration.pollInterval == .seconds(3))
        #expect(configuration.batchSize == 7)
        #expect(configuration.database.source == .flag)
        #expect(configuration.once)
    }

    @Test func everyProblemIsReportedAtOnceNamingTheKeyNotTheValue() throws {
        var flags = WorkerConfiguration.Flags()
        flags.batchSize = "0"
        let environment = [
            "FEFTA_DATABASE_URL": "postgresql://user:s3cret@host:notaport/db?%%%",
            "FEFTA_POLL_INTERVAL": "soon", "FEFTA_REMINDER_OFFSETS": "10,0,5", "FEFTA_METRICS_PORT": "70000",
            "FEFTA_POLL_ONLY": "maybe", "FEFTA_LOG_LEVEL": "loud", "FEFTA_MAX_ATTEMPTS": "-1",
        ]
        let error = try #require(throws: ConfigurationError.self) {
            try WorkerConfiguration(environment: environment, flags: flags)
        }
        let keys = Set(error.problems.map(\.key))
        #expect(
            keys == [
                "FEFTA_DATABASE_URL", "--batch-size", "FEFTA_POLL_INTERVAL", "FEFTA_REMINDER_OFFSETS",
                "FEFTA_METRICS_PORT", "FEFTA_POLL_ONLY", "FEFTA_LOG_LEVEL", "FEFTA_MAX_ATTEMPTS",
            ])
        #expect(!error.description.contains("s3cret"))
        #expect(!error.description.contains("soon"))
        #expect(error.description.contains("--batch-size: expected a whole number from 1 to 10000"))
    }

    @Test func timingsMustLeaveRoomForHeartbeatsAndShutdown() throws {
        let error = try #require(throws: ConfigurationError.self) {
            try WorkerConfiguration(
                environment: database.merging([
                    "FEFTA_HEARTBEAT_INTERVAL": "10s", "FEFTA_DEAD_AFTER": "29s", "FEFTA_NOTIFY_TIMEOUT": "10s",
                    "FEFTA_RETRY_BASE": "5m", "FEFTA_RETRY_MAX": "1m",
                ]) { $1 })
        }
        #expect(Set(error.problems.map(\.key)) == ["FEFTA_DEAD_AFTER", "FEFTA_NOTIFY_TIMEOUT", "FEFTA_RETRY_MAX"])
    }

    @Test(arguments: [
        ("250ms", Duration.milliseconds(250)), ("10s", .seconds(10)), ("10", .seconds(10)),
        ("1.5", .milliseconds(1500)),
        ("2m", .seconds(120)), ("1h", .seconds(3600)), (" 3S ", .seconds(3)),
    ])
    func durationsParse(text: String, expected: Duration) {
        #expect(WorkerConfiguration.parseDuration(text) == expected)
    }

    @Test(arguments: ["", "s", "ten seconds", "-5s", "1e3", "5d", "nan", "1..2s"])
    func nonDurationsAreRefused(text: String) {
        #expect(WorkerConfiguration.parseDuration(text) == nil)
    }

    @Test func anEmptyVariableCountsAsUnset() throws {
        let configuration = try WorkerConfiguration(
            environment: database.merging(["FEFTA_BATCH_SIZE": "", "FEFTA_NOTIFY_COMMAND": ""]) { $1 })
        #expect(configuration.batchSize == 100)
        #expect(configuration.notifyCommand == nil)
    }

    @Test func variableNamesFollowTheKeys() {
        #expect(WorkerConfiguration.variable("poll-interval") == "FEFTA_POLL_INTERVAL")
        #expect(WorkerConfiguration.variable("max-attempts") == "FEFTA_MAX_ATTEMPTS")
    }
}
