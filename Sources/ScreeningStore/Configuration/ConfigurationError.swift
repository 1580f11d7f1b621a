/// Configuration that cannot be used: every bad or missing key, each with what was expected.
///
/// Values are never quoted, because a database URL can hold a password.
package struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// One problem with one key.
    package struct Problem: Sendable, Hashable {
        /// The flag or environment variable (`--database-url`, `FEFTA_HOME`).
        package var key: String
        /// What is wrong and what was expected.
        package var message: String

        /// Creates a problem.
        package init(key: String, message: String) {
            self.key = key
            self.message = message
        }
    }

    /// Every problem found.
    package var problems: [Problem]

    /// An error with the given problems.
    package init(_ problems: [Problem]) {
        self.problems = problems
    }

    /// An error with one problem.
    package init(key: String, message: String) {
        self.problems = [Problem(key: key, message: message)]
    }

    package var description: String {
        problems.map { "\($0.key): \($0.message)" }.joined(separator: "; ")
    }
}
