package import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit of every test that talks to PostgreSQL, runs a built binary or starts a server: a guard
    /// against hangs, never a speed requirement.
    ///
    /// Alone, such a test takes seconds; on a loaded two-core machine (a CPU hog on every core, other builds beside
    /// it) the same test has taken minutes, so the limit is ten minutes: far above any honest run, and still an end
    /// to a test that waits forever. Speed is measured by `Deploy/bench.sh`, never by a test. `Deploy/test.sh` also
    /// bounds how many tests run at once, so a test's time is its own work plus a bounded share of its neighbours'.
    ///
    /// ```swift
    /// @Test(.hangGuard) func insertsAFiling() async throws { … }
    /// ```
    package static var hangGuard: Self { .timeLimit(.minutes(10)) }
}
