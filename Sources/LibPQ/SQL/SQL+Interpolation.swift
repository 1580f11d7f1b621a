extension SQL {
    /// Builds an ``SQL`` from a string literal: literal segments are SQL, interpolated values are binds.
    package struct StringInterpolation: StringInterpolationProtocol, Sendable {
        var segments: [Segment] = []

        package init(literalCapacity: Int, interpolationCount: Int) {
            segments.reserveCapacity(interpolationCount * 2 + 1)
        }

        package mutating func appendLiteral(_ literal: String) {
            guard !literal.isEmpty else { return }
            segments.append(.text(literal))
        }

        /// Binds a value as the next `$n` placeholder.
        package mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value) {
            segments.append(.bind(PostgresBind(value)))
        }

        /// Binds an optional value; `nil` is sent as SQL NULL of the wrapped type.
        package mutating func appendInterpolation<Value: PostgresEncodable>(_ value: Value?) {
            segments.append(.bind(PostgresBind(value)))
        }

        /// Inserts another statement fragment; its values stay binds and are renumbered.
        package mutating func appendInterpolation(sql fragment: SQL) {
            segments += fragment.segments
        }

        /// Inserts a quoted identifier (`"name"`), for names that cannot be parameters (channels, databases).
        ///
        /// An empty name or one containing NUL cannot be quoted; it becomes the invalid identifier `""`, which the
        /// server rejects, rather than being passed through.
        package mutating func appendInterpolation(identifier name: String) {
            segments.append(.text(SQL.quoteIdentifier(name) ?? "\"\""))
        }

        /// Inserts text verbatim as SQL.
        ///
        /// - Important: Only for trusted SQL built from constants; never for data. See ``SQL/init(unsafeRaw:)``.
        package mutating func appendInterpolation(unsafeRaw text: String) {
            appendLiteral(text)
        }
    }
}
