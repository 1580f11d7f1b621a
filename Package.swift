// swift-tools-version:6.0
import PackageDescription

/// One set of settings for every target (STYLE.md §1). Swift 6 language mode is the tools-version default.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

/// The sources' settings add SE-0461: a nonisolated async function runs on its caller's executor. The store's and
/// the worker's functions then run on the database session's own thread with the session's statements, instead of
/// hopping to the global pool and back around each one (about ten thread switches per deadline firing; two feftad
/// daemons fired 2,139 deadlines/s with it, 1,476 without). Test targets keep the default: swift-testing's macros
/// do not build under it with Swift 6.3.
let sourceSettings: [SwiftSetting] = swiftSettings + [.enableUpcomingFeature("NonisolatedNonsendingByDefault")]

let package = Package(
    name: "fefta",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "fefta", targets: ["fefta"]),
        .executable(name: "feftad", targets: ["feftad"]),
        .library(name: "ScreeningRules", targets: ["ScreeningRules"]),
        .library(name: "JapaneseCalendar", targets: ["JapaneseCalendar"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        // `swift package generate-documentation --target ScreeningRules` (Deploy/test.sh builds the catalogue).
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // Pure core: no clock, no I/O, no database.
        .target(name: "JapaneseCalendar", swiftSettings: sourceSettings),
        // Statutes/Texts holds the statute texts that Deploy/scripts/generate-statutes.sh embeds as Swift.
        .target(
            name: "ScreeningRules", dependencies: ["JapaneseCalendar"], exclude: ["Statutes/Texts"],
            swiftSettings: sourceSettings),
        .target(
            name: "FilingWorkflow",
            dependencies: ["JapaneseCalendar", "ScreeningRules"],
            swiftSettings: sourceSettings
        ),
        // Pure: issuer lists and holdings files in, portfolio determinations out (no clock, files or database).
        .target(
            name: "PortfolioScreening", dependencies: ["JapaneseCalendar", "ScreeningRules"],
            swiftSettings: sourceSettings
        ),

        // Storage: libpq and PostgreSQL.
        .systemLibrary(name: "CLibPQ", pkgConfig: "libpq", providers: [.apt(["libpq-dev"])]),
        .target(
            name: "LibPQ",
            dependencies: [
                "CLibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: sourceSettings
        ),
        .target(
            name: "ScreeningStore",
            dependencies: [
                "JapaneseCalendar", "ScreeningRules", "FilingWorkflow", "LibPQ", "PortfolioScreening",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: sourceSettings
        ),
        .target(
            name: "ScreeningWorker",
            dependencies: [
                "ScreeningStore", "FilingWorkflow", "ScreeningRules", "JapaneseCalendar", "LibPQ",
                "PortfolioScreening",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: sourceSettings
        ),

        // Executables: thin shells over the libraries.
        .executableTarget(
            name: "fefta",
            dependencies: [
                "JapaneseCalendar", "ScreeningRules", "FilingWorkflow", "ScreeningStore", "LibPQ", "PortfolioScreening",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: sourceSettings
        ),
        .executableTarget(
            name: "feftad",
            dependencies: [
                "ScreeningWorker", "ScreeningStore", "LibPQ",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: sourceSettings
        ),

        .testTarget(name: "JapaneseCalendarTests", dependencies: ["JapaneseCalendar"], swiftSettings: swiftSettings),
        .testTarget(
            name: "ScreeningRulesTests", dependencies: ["ScreeningRules", "FuzzTestSupport"],
            swiftSettings: swiftSettings),
        .testTarget(
            name: "PortfolioScreeningTests",
            dependencies: ["PortfolioScreening", "ScreeningRules", "JapaneseCalendar", "FuzzTestSupport"],
            swiftSettings: swiftSettings),
        // Fuzz tests' random source (`SeededRandom`, replayable with FEFTA_FUZZ_SEED).
        .target(name: "FuzzTestSupport", path: "Tests/FuzzTestSupport", swiftSettings: swiftSettings),

        // Runs the built `fefta` binary (build it first: `swift build`, then `swift test`).
        .testTarget(
            name: "FeftaEndToEndTests",
            dependencies: [
                "ScreeningRules", "DatabaseTestSupport", "LibPQ",
                // In-process too: argument parsing and the output writers under random input.
                "fefta", "FuzzTestSupport", "JapaneseCalendar", "ScreeningStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FilingWorkflowTests", dependencies: ["FilingWorkflow", "JapaneseCalendar"],
            swiftSettings: swiftSettings),

        // Benchmarks (not tests): `Deploy/bench.sh rules`.
        .executableTarget(
            name: "fefta-bench", dependencies: ["ScreeningRules", "PortfolioScreening"], swiftSettings: sourceSettings),
        // `Deploy/bench.sh filings`: the filing store against a throwaway PostgreSQL.
        .executableTarget(
            name: "fefta-filing-bench",
            dependencies: [
                "ScreeningStore", "ScreeningWorker", "FilingWorkflow", "JapaneseCalendar", "ScreeningRules", "LibPQ",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: sourceSettings
        ),

        // Database tests: `withTestDatabase` (a throwaway database on the server in FEFTA_TEST_DATABASE_URL).
        .target(
            name: "DatabaseTestSupport",
            dependencies: ["LibPQ", "ScreeningStore", .product(name: "Logging", package: "swift-log")],
            path: "Tests/DatabaseTestSupport",
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "LibPQTests",
            dependencies: [
                "LibPQ", "DatabaseTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "ScreeningStoreTests",
            dependencies: [
                "ScreeningStore", "LibPQ", "DatabaseTestSupport", "JapaneseCalendar", "ScreeningRules",
                "FilingWorkflow",
                "PortfolioScreening",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The daemon: its services against a real database, and fault tests that run the built `feftad` against a
        // PostgreSQL server of their own (started, restarted and stopped by the tests).
        .testTarget(
            name: "ScreeningWorkerTests",
            dependencies: [
                "ScreeningWorker", "ScreeningStore", "LibPQ", "DatabaseTestSupport", "JapaneseCalendar",
                "FilingWorkflow",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "ServiceLifecycleTestKit", package: "swift-service-lifecycle"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FeftadFaultTests",
            dependencies: [
                "LibPQ", "ScreeningStore", "DatabaseTestSupport", "JapaneseCalendar",
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
