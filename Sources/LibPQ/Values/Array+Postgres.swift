/// A type whose values can be elements of a PostgreSQL array parameter or column.
package protocol PostgresArrayElement: PostgresEncodable, PostgresDecodable {
    /// The array type sent for `[Self]`, for example `text[]` for `String`.
    static var postgresArrayType: PostgresType { get }
}

extension String: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .textArray }
}
extension Int64: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .int8Array }
}
extension Int32: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .int4Array }
}
extension Int16: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .int2Array }
}
extension Int: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .int8Array }
}
extension Bool: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .boolArray }
}
extension PostgresNumeric: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .numericArray }
}
extension PostgresDate: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { .dateArray }
}

/// `[T?]` sends and reads arrays whose elements may be NULL.
extension Optional: PostgresArrayElement where Wrapped: PostgresArrayElement {
    package static var postgresArrayType: PostgresType { Wrapped.postgresArrayType }
}

/// One-dimensional arrays, in PostgreSQL's text array syntax (`{"a","b",NULL}`).
///
/// Every element is sent double-quoted with `\` and `"` escaped, so no element can change the array's structure.
/// Decoding accepts one-dimensional arrays with the default lower bound 1; multi-dimensional arrays fail with a
/// clear error rather than being flattened.
extension Array: PostgresEncodable, PostgresDecodable where Element: PostgresArrayElement {
    package static var postgresType: PostgresType { Element.postgresArrayType }

    package func encodePostgres() -> [UInt8]? {
        var bytes: [UInt8] = [UInt8(ascii: "{")]
        for (index, element) in enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            guard let encoded = element.encodePostgres() else {
                bytes.append(contentsOf: "NULL".utf8)
                continue
            }
            bytes.append(UInt8(ascii: "\""))
            for byte in encoded {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    package init(postgresValue value: PostgresValue) throws(PQError) {
        guard let elementType = PostgresArrayLiteral.elementType(ofArray: value.type) else {
            throw value.mismatch([Element].self)
        }
        let elements: [[UInt8]?]
        do {
            elements = try PostgresArrayLiteral.parse(value.bytes)
        } catch {
            throw PQError(.decodingFailed, reason: "column \"\(value.column)\" (\(value.type)): \(error.message)")
        }
        var result: [Element] = []
        result.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            let column = "\(value.column)[\(index + 1)]"
            let cell = PostgresCell(
                column: column,
                type: elementType,
                value: element.map { PostgresValue(bytes: $0, column: column, type: elementType) }
            )
            result.append(try Element.decode(from: cell))
        }
        self = result
    }
}

/// PostgreSQL's text syntax for one-dimensional arrays.
enum PostgresArrayLiteral {
    struct SyntaxError: Error {
        var message: String
    }

    /// The element type of the built-in array types this library decodes.
    static func elementType(ofArray type: PostgresType) -> PostgresType? {
        switch type {
        case .boolArray: .bool
        case .int2Array: .int2
        case .int4Array: .int4
        case .int8Array: .int8
        case .textArray: .text
        case .varcharArray: .varchar
        case .float8Array: .float8
        case .numericArray: .numeric
        case .dateArray: .date
        case .uuidArray: .uuid
        default: nil
        }
    }

    /// Splits `{a,"b",NULL}` into its elements' text, `nil` for NULL.
    static func parse(_ bytes: [UInt8]) throws(SyntaxError) -> [[UInt8]?] {
        let quote = UInt8(ascii: "\"")
        let backslash = UInt8(ascii: "\\")
        let comma = UInt8(ascii: ",")
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (0x09...0x0D).contains(byte) }

        if bytes.first == UInt8(ascii: "[") {
            throw SyntaxError(message: "arrays whose lower bound is not 1 are not supported")
        }
        guard bytes.first == open, bytes.last == close else {
            throw SyntaxError(message: "not an array literal")
        }
        var elements: [[UInt8]?] = []
        var index = 1
        let end = bytes.count - 1
        if index == end { return [] }
        while true {
            while index < end, isSpace(bytes[index]) { index += 1 }
            guard index < end else { throw SyntaxError(message: "missing array element") }
            var element: [UInt8] = []
            var quoted = false
            if bytes[index] == open {
                throw SyntaxError(message: "multi-dimensional arrays are not supported")
            } else if bytes[index] == quote {
                quoted = true
                index += 1
                while true {
                    guard index < end else { throw SyntaxError(message: "unterminated quoted array element") }
                    let byte = bytes[index]
                    if byte == quote {
                        index += 1
                        break
                    }
                    if byte == backslash {
                        index += 1
                        guard index < end else { throw SyntaxError(message: "dangling backslash") }
                    }
                    element.append(bytes[index])
                    index += 1
                }
                while index < end, isSpace(bytes[index]) { index += 1 }
            } else {
                while index < end, bytes[index] != comma {
                    if bytes[index] == quote || bytes[index] == open || bytes[index] == close {
                        throw SyntaxError(message: "unexpected character in array element")
                    }
                    if bytes[index] == backslash {
                        index += 1
                        guard index < end else { throw SyntaxError(message: "dangling backslash") }
                    }
                    element.append(bytes[index])
                    index += 1
                }
                while let last = element.last, isSpace(last) { element.removeLast() }
            }
            let isNull =
                !quoted && element.count == 4 && String(decoding: element, as: UTF8.self).uppercased() == "NULL"
            elements.append(isNull ? nil : element)
            if index == end { return elements }
            guard bytes[index] == comma else { throw SyntaxError(message: "expected ',' between array elements") }
            index += 1
        }
    }
}
