import LibPQ
import Testing

@testable import ScreeningStore

/// The precedence: `--database-url` > `FEFTA_DATABASE_URL` > libpq `PG*` variables > the embedded cluster.
@Suite struct DatabaseConfigurationTests {
    private let flag = "postgresql://flag@flag.example/fefta"
    private let variable = "postgresql://env@env.example/fefta"

    @Test func theFlagWinsOverEverything() throws {
        let configuration = try DatabaseConfiguration.resolve(
            databaseURL: flag,
            environment: ["FEFTA_DATABASE_URL": variable, "PGHOST": "pg.example", "HOME": "/home/a"],
            effectiveUserIsRoot: false
        )
        #expect(configuration.source == .flag)
        #expect(configuration.connectionString.rawValue == flag)
        #expect(configuration.embeddedCluster == nil)
    }

    @Test func feftaDatabaseURLWinsOverPGVariables() throws {
        let configuration = try DatabaseConfiguration.resolve(
            databaseURL: nil,
            environment: ["FEFTA_DATABASE_URL": variable, "PGHOST": "pg.example", "PGDATABASE": "x"],
            effectiveUserIsRoot: false
        )
        #expect(configuration.source == .environment)
        #expect(configuration.connectionString.rawValue == variable)
    }

    @Test(arguments: DatabaseConfiguration.libpqConnectionVariables)
    func anyLibpqConnectionVariableWinsOverTheEmbeddedCluster(_ name: String) throws {
        let configuration = try DatabaseConfiguration.resolve(
            databaseURL: nil,
            environment: [name: "value", "HOME": "/home/a"],
            effectiveUserIsRoot: false
        )
        #expect(configuration.source == .libpqEnvironment([name]))
        // libpq reads the variables itself from an empty connection string.
        #expect(configuration.connectionString.rawValue == "")
    }

    @Test func withNothingConfiguredTheEmbeddedClusterIsUsed() throws {
        let configuration = try DatabaseConfiguration.resolve(
            databaseURL: nil,
            environment: ["HOME": "/home/alice", "PGSSLMODE": "require", "FEFTA_DATABASE_URL": "", "PGHOST": ""],
            effectiveUserIsRoot: false
        )
        #expect(configuration.source == .embedded)
        let cluster = try #require(configuration.embeddedCluster)
        #expect(cluster.home == "/home/alice/.local/share/fefta")
        #expect(configuration.connectionString.rawValue == cluster.uri)
        #expect(cluster.uri == "postgresql://fefta@/fefta?host=/home/alice/.local/share/fefta/postgres/data&port=5432")
    }

    @Test func invalidURLsNameTheirSourceButNotTheirValue() {
        let secret = "host=db password=hunter2 bogus"
        for (flag, environment, key) in [
            (secret, [String: String](), "--database-url"), (nil, ["FEFTA_DATABASE_URL": secret], "FEFTA_DATABASE_URL"),
        ] {
            do {
                _ = try DatabaseConfiguration.resolve(
                    databaseURL: flag, environment: environment, effectiveUserIsRoot: false)
                Issue.record("accepted an invalid URL from \(key)")
            } catch {
                #expect(error.problems.map(\.key) == [key])
                #expect(!error.description.contains("hunter2"))
            }
        }
        #expect(throws: ConfigurationError.self) {
            try DatabaseConfiguration.resolve(databaseURL: "", environment: [:], effectiveUserIsRoot: false)
        }
    }
}
