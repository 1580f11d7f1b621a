/// A parameterised SQL statement: SQL text with `$n` placeholders and the values bound to them.
///
/// Write statements as string literals. Each interpolated value becomes a placeholder and a bind, never text:
///
/// ```swift
/// let sql: SQL = "SELECT id FROM people WHERE organisation_id = \(organisationID) AND role = \(role)"
/// // text: SELECT id FROM people WHERE organisation_id = $1 AND role = $2, binds: [organisationID, role]
/// ```
///
/// Values must conform to ``PostgresEncodable``. Fragments compose with `\(sql: fragment)` (placeholders are
/// renumbered), identifiers are quoted with `\(identifier: name)`, and text that must become SQL verbatim needs the
/// explicitly unsafe ``init(unsafeRaw:)`` or `\(unsafeRaw: text)`. `description` shows the text only, never binds.
package struct SQL: Sendable, Hashable, CustomStringConvertible, ExpressibleByStringInterpolation {
    enum Segment: Sendable, Hashable {
        case text(String)
        case bind(PostgresBind)
    }

    private(set) var segments: [Segment]

    /// A statement from a literal with no interpolations.
    package init(stringLiteral value: String) {
        self.segments = value.isEmpty ? [] : [.text(value)]
    }

    package init(stringInterpolation: StringInterpolation) {
        self.segments = stringInterpolation.segments
    }

    /// Treats `text` as SQL, verbatim.
    ///
    /// - Important: Only for SQL that is itself trusted: a migration file shipped with the binary, a statement
    ///   assembled from constants. Never pass user input or data: use interpolation, which binds values.
    /// - Parameter text: the SQL text.
    package init(unsafeRaw text: String) {
        self.segments = text.isEmpty ? [] : [.text(text)]
    }

    /// The SQL text with `$1`, `$2`… in place of the values.
    package var text: String {
        var text = ""
        var number = 0
        for segment in segments {
            switch segment {
            case .text(let literal):
                text += literal
            case .bind:
                number += 1
                text += "$\(number)"
            }
        }
        return text
    }

    /// The bound values, in placeholder order.
    package var binds: [PostgresBind] {
        segments.compactMap {
            if case .bind(let bind) = $0 { return bind }
            return nil
        }
    }

    /// Appends another statement fragment; its placeholders are renumbered.
    package mutating func append(_ other: SQL) {
        segments += other.segments
    }

    /// The concatenation of two fragments.
    package static func + (lhs: SQL, rhs: SQL) -> SQL {
        var result = lhs
        result.append(rhs)
        return result
    }

    /// Joins fragments with a separator, as in `SQL.joined(conditions, separator: " AND ")`.
    package static func joined(_ parts: [SQL], separator: SQL) -> SQL {
        var result: SQL = ""
        for (index, part) in parts.enumerated() {
            if index > 0 { result.append(separator) }
            result.append(part)
        }
        return result
    }

    /// The SQL text only; bound values are never shown.
    package var description: String { text }

    /// Quotes an SQL identifier (a table, column, channel or database name): wraps it in double quotes and doubles
    /// any double quote inside.
    ///
    /// - Parameter name: the identifier, which must not contain a NUL character.
    /// - Returns: the quoted identifier, or `nil` when `name` is empty or contains NUL.
    package static func quoteIdentifier(_ name: String) -> String? {
        guard !name.isEmpty, !name.utf8.contains(0) else { return nil }
        return "\"" + name.replacingAll("\"", with: "\"\"") + "\""
    }

    /// Quotes a string as an SQL literal (`'…'` with quotes doubled), for the few statements that cannot take
    /// parameters (`SET`, utility statements).
    ///
    /// - Parameter text: the value, which must not contain NUL.
    /// - Returns: the literal, using `E'…'` syntax when the text contains a backslash; `nil` if it contains NUL.
    package static func quoteLiteral(_ text: String) -> String? {
        guard !text.utf8.contains(0) else { return nil }
        let quoted = "'" + text.replacingAll("'", with: "''") + "'"
        if text.contains("\\") { return "E" + quoted.replacingAll("\\", with: "\\\\") }
        return quoted
    }
}

extension String {
    func replacingAll(_ target: Character, with replacement: String) -> String {
        var result = ""
        result.reserveCapacity(count)
        for character in self {
            if character == target { result += replacement } else { result.append(character) }
        }
        return result
    }
}
