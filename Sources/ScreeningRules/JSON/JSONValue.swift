/// A JSON value that keeps numbers exactly as written.
///
/// Percentages and other legal quantities must never pass through binary floating point, so a number is kept as
/// its validated literal text (``JSONNumber``) and converted to an exact type by whoever reads it. Objects keep
/// their members in document order, which makes output stable and lets errors name members as the user wrote them.
public enum JSONValue: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)

    /// A short name of the value's type for error messages ("a string", "an object").
    public var typeDescription: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

/// A JSON number, stored as its literal text, which is known to match the RFC 8259 number grammar.
public struct JSONNumber: Sendable, Hashable, CustomStringConvertible {
    /// The literal as written, for example `-0.5` or `1e3`.
    public let literal: String

    /// Wraps a literal, returning `nil` when it is not a JSON number.
    public init?(literal: String) {
        guard JSONNumber.isValid(Array(literal.utf8)[...]) else { return nil }
        self.literal = literal
    }

    /// A number from an integer.
    public init(_ value: Int) {
        self.literal = String(value)
    }

    init(validatedLiteral: String) {
        self.literal = validatedLiteral
    }

    /// The value as an integer, when the literal is a plain integer that fits.
    public var intValue: Int? { Int(literal) }

    public var description: String { literal }

    /// Whether `bytes` match `-? (0 | [1-9][0-9]*) (\.[0-9]+)? ([eE][+-]?[0-9]+)?`.
    static func isValid(_ bytes: ArraySlice<UInt8>) -> Bool {
        var index = bytes.startIndex
        func digit(_ i: Int) -> Bool { i < bytes.endIndex && bytes[i] >= 0x30 && bytes[i] <= 0x39 }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { index += 1 }
        guard digit(index) else { return false }
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
        } else {
            while digit(index) { index += 1 }
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard digit(index) else { return false }
            while digit(index) { index += 1 }
        }
        return index == bytes.endIndex
    }
}

/// A JSON object: members in document order, keys unique.
public struct JSONObject: Sendable, Hashable, Sequence {
    /// The members in order.
    public private(set) var members: [(key: String, value: JSONValue)]

    /// An empty object.
    public init() {
        members = []
    }

    /// An object with these members, in this order. Later duplicates replace earlier ones.
    public init(_ members: KeyValuePairs<String, JSONValue>) {
        self.members = []
        for (key, value) in members { self[key] = value }
    }

    /// The value of member `key`, or `nil`. Setting `nil` removes the member; setting a new key appends it.
    public subscript(key: String) -> JSONValue? {
        get { members.first(where: { $0.key == key })?.value }
        set {
            if let index = members.firstIndex(where: { $0.key == key }) {
                if let newValue { members[index].value = newValue } else { members.remove(at: index) }
            } else if let newValue {
                members.append((key, newValue))
            }
        }
    }

    /// The keys in order.
    public var keys: [String] { members.map(\.key) }

    public func makeIterator() -> IndexingIterator<[(key: String, value: JSONValue)]> {
        members.makeIterator()
    }

    public static func == (lhs: JSONObject, rhs: JSONObject) -> Bool {
        lhs.members.elementsEqual(rhs.members) { $0.key == $1.key && $0.value == $1.value }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(members.count)
        for member in members {
            hasher.combine(member.key)
            hasher.combine(member.value)
        }
    }
}

extension JSONValue: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var object = JSONObject()
        for (key, value) in elements { object[key] = value }
        self = .object(object)
    }
}
