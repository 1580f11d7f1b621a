import Foundation
package import LibPQ
package import Logging

/// A LOGIN role made for one test on the server of `FEFTA_TEST_DATABASE_URL`, with a random password, and how to
/// connect to a test database as it.
///
/// Roles are cluster-wide, so each name carries a random prefix (`t3f9a…_alice`) and ``withTestLogins(_:_:_:)``
/// drops them when the test ends. The logins hold no privileges of their own: a test grants them a fefta group role
/// (directly, or through `OrganisationDirectory.grantLogin`).
package struct TestLogin: Sendable {
    /// The role's name.
    package let name: String
    /// Its password (random hexadecimal).
    package let password: String
    /// The test database's connection options with this role's user name and without any password.
    package let options: [(keyword: String, value: String)]

    /// A connection string for the test database as this role, with the password inline.
    package var connectionString: ConnectionString {
        get throws { try ConnectionString(validating: TestLogin.text(options + [("password", password)])) }
    }

    /// The same without the password, for libpq to find it in a password file (`PGPASSFILE`).
    package var connectionStringWithoutPassword: String { TestLogin.text(options) }

    /// This role's line of a libpq password file (`host:port:database:user:password`).
    package var passwordFileLine: String {
        func field(_ keyword: String, _ fallback: String) -> String {
            let value = options.last(where: { $0.keyword == keyword })?.value ?? fallback
            return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ":", with: "\\:")
        }
        return [field("host", "*"), field("port", "*"), field("dbname", "*"), field("user", name), password]
            .joined(separator: ":")
    }

    /// Runs `body` with a pool connected as this role (closed afterwards).
    package func withPool<Result>(
        maximumConnections: Int = 2, logger: Logger, _ body: (DatabasePool) async throws -> Result
    ) async throws -> Result {
        let pool = DatabasePool(
            configuration: DatabasePoolConfiguration(
                connectionString: try connectionString, maximumConnections: maximumConnections),
            logger: logger)
        let outcome: Swift.Result<Result, any Error>
        do {
            outcome = .success(try await body(pool))
        } catch {
            outcome = .failure(error)
        }
        await pool.close()
        return try outcome.get()
    }

    /// libpq keyword=value text for `options`, each value quoted.
    package static func text(_ options: [(keyword: String, value: String)]) -> String {
        options.map { option in
            var quoted = "'"
            for character in option.value {
                if character == "\\" || character == "'" { quoted.append("\\") }
                quoted.append(character)
            }
            return "\(option.keyword)=\(quoted)'"
        }.joined(separator: " ")
    }
}

/// Creates one LOGIN role per label (`alice` → `t<random>_alice`), each with a random password, runs `body` with
/// them by label, and drops them however `body` ends.
///
/// - Parameters:
///   - db: the test database the logins connect to.
///   - labels: lowercase names for the roles.
///   - body: the test.
/// - Throws: what `body` throws, or the database's error creating the roles.
package func withTestLogins<Result>(
    _ db: TestDatabase,
    _ labels: [String],
    isolation: isolated (any Actor)? = #isolation,
    _ body: ([String: TestLogin]) async throws -> Result
) async throws -> Result {
    let prefix = "t" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(10)
    let base = try db.connectionString.explicitOptions().filter { $0.keyword != "user" && $0.keyword != "password" }
    var logins: [String: TestLogin] = [:]
    for label in labels {
        let name = "\(prefix)_\(label)"
        let password = (0..<24).map { _ in String(UInt8.random(in: 0...255), radix: 16) }.joined()
        logins[label] = TestLogin(name: name, password: password, options: base + [("user", name)])
    }
    let created = Array(logins.values)
    try await db.pool.withConnection(logger: db.logger) { session in
        for login in created {
            // CREATE ROLE takes no parameters; the password is hexadecimal digits only.
            try await session.execute(
                "CREATE ROLE \(identifier: login.name) LOGIN PASSWORD \(unsafeRaw: "'\(login.password)'")",
                logger: db.logger)
        }
    }
    let outcome: Swift.Result<Result, any Error>
    do {
        outcome = .success(try await body(logins))
    } catch {
        outcome = .failure(error)
    }
    try await db.pool.withConnection(logger: db.logger) { session in
        for login in created {
            try await session.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = \(login.name)",
                logger: db.logger)
            try await session.execute("DROP ROLE IF EXISTS \(identifier: login.name)", logger: db.logger)
        }
    }
    return try outcome.get()
}
