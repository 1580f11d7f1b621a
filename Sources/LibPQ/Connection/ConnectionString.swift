internal import CLibPQ

/// Where and how to connect: a libpq connection string (`host=… dbname=…`) or URI (`postgresql://…`).
///
/// libpq interprets it unchanged, so everything libpq supports works: `PG*` environment variables fill in what
/// the string leaves out, `~/.pgpass` (or `PGPASSFILE`) supplies passwords, `service=` reads service files, and
/// `sslmode` and friends apply. An empty string means "libpq defaults and `PG*` variables only".
///
/// The string may contain a password, so `description` never shows it; only ``rawValue`` does, for handing to
/// libpq or printing on purpose (`fefta db url`).
package struct ConnectionString: Sendable, Hashable, CustomStringConvertible, CustomDebugStringConvertible {
    /// The string exactly as given.
    package let rawValue: String

    /// Validates `text` with libpq's own parser.
    ///
    /// - Parameter text: a `keyword=value` connection string, a `postgresql://` or `postgres://` URI, or `""`.
    /// - Throws: ``PQError`` with code ``PQError/Code/invalidConnectionString``; libpq's explanation is in
    ///   ``PQError/serverMessage`` (shown by `debugDescription` only, as it may quote part of the string).
    package init(validating text: String) throws(PQError) {
        guard !text.utf8.contains(0) else {
            throw PQError(.invalidConnectionString, reason: "the connection string contains a NUL character")
        }
        _ = try ConnectionString.parse(text)
        self.rawValue = text
    }

    /// libpq defaults and the `PG*` environment variables, with nothing else set.
    package static let environmentDefaults = ConnectionString(unchecked: "")

    init(unchecked text: String) {
        self.rawValue = text
    }

    /// The options set explicitly in the string (not those libpq would take from the environment), keyword to
    /// value. Includes the password if the string has one: do not print the result wholesale.
    package func explicitOptions() throws(PQError) -> [(keyword: String, value: String)] {
        try ConnectionString.parse(rawValue)
    }

    /// The same settings with a different database name.
    ///
    /// - Parameter database: the database to connect to instead.
    /// - Returns: a `keyword='value'` string with every option of this one and `dbname` replaced.
    package func replacingDatabase(with database: String) throws(PQError) -> ConnectionString {
        var options = try explicitOptions().filter { $0.keyword != "dbname" }
        options.append((keyword: "dbname", value: database))
        let text = options.map { "\($0.keyword)=\(ConnectionString.quote($0.value))" }.joined(separator: " ")
        return ConnectionString(unchecked: text)
    }

    package var description: String { "ConnectionString(<redacted>)" }
    package var debugDescription: String { description }

    /// Quotes a value for a `keyword=value` string: single quotes, with `\` and `'` backslash-escaped.
    static func quote(_ value: String) -> String {
        var quoted = "'"
        for character in value {
            if character == "\\" || character == "'" { quoted.append("\\") }
            quoted.append(character)
        }
        return quoted + "'"
    }

    private static func parse(_ text: String) throws(PQError) -> [(keyword: String, value: String)] {
        var errorMessage: UnsafeMutablePointer<CChar>?
        guard let options = PQconninfoParse(text, &errorMessage) else {
            let message = errorMessage.map { String(cString: $0) } ?? "out of memory"
            if let errorMessage { PQfreemem(errorMessage) }
            throw PQError(
                .invalidConnectionString,
                reason: "expected keyword=value pairs or a postgresql:// URI",
                serverMessage: message
            )
        }
        defer { PQconninfoFree(options) }
        var result: [(keyword: String, value: String)] = []
        var index = 0
        while let keyword = options[index].keyword {
            if let value = options[index].val {
                result.append((keyword: String(cString: keyword), value: String(cString: value)))
            }
            index += 1
        }
        return result
    }
}
