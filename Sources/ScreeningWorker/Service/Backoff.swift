/// The pause after a failure in a service loop: 250 ms doubling to 30 s, reset by a success.
package struct Backoff: Sendable {
    private var failures = 0

    /// A backoff with no failures yet.
    package init() {}

    /// The pause before the next try (and counts one more failure).
    package mutating func next() -> Duration {
        failures += 1
        return min(.milliseconds(250) * (1 << min(failures - 1, 7)), .seconds(30))
    }

    /// Forgets the failures.
    package mutating func reset() {
        failures = 0
    }
}
