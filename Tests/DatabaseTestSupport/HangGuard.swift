package import Testing

extension Trait where Self == TimeLimitTrait {
    /// The time limit of every test that talks to PostgreSQL, runs a built binary or starts a server: a guard
    /// against hangs, never a speed requirement.
    ///
    /// Alone, such a test takes seconds, the heaviest (three daemons firing 10,000 deadlines) about three minutes; on
    /// a two-core machine with a CPU hog on every core and other builds beside it (load average above 20), that one
    /// took eleven minutes, counted from its start and including its wait for a free slot. So the limit is fifteen
    /// minutes: above any honest run, and still an end to a test that waits forever. Speed is measured by
    /// `Deploy/bench.sh`, never by a test. `Deploy/test.sh` also bounds how many tests run at once, so a test's time
    /// is its own work plus a bounded share of its neighbours'.
    ///
    /// ```swift
    /// @Test(.hangGuard) func insertsAFiling() async throws { … }
    /// ```
    package static var hangGuard: Self { .timeLimit(.minutes(15)) }
}
