/// Reads the members of one JSON object strictly: every member must be known, and each value is checked for
/// its type, naming the JSON path in every error.
struct JSONMemberReader {
    let path: String
    let object: JSONObject
    let allowed: [String]

    /// A reader for `value`, which must be an object whose members are all in `allowed`.
    init(_ value: JSONValue, path: String, allowed: [String]) throws(RulesInputError) {
        guard case .object(let object) = value else {
            throw .wrongType(
                path: path.isEmpty ? "(top level)" : path, expected: "an object", found: value.typeDescription)
        }
        for key in object.keys where !allowed.contains(key) {
            throw .unknownMember(path: JSONMemberReader.join(path, key), allowed: allowed)
        }
        self.path = path
        self.object = object
        self.allowed = allowed
    }

    static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }

    func path(_ key: String) -> String { JSONMemberReader.join(path, key) }

    /// The member's value, or `nil` when it is absent or JSON `null`.
    func value(_ key: String) -> JSONValue? {
        guard let value = object[key], value != .null else { return nil }
        return value
    }

    func bool(_ key: String) throws(RulesInputError) -> Bool? {
        guard let value = value(key) else { return nil }
        guard case .bool(let flag) = value else {
            throw .wrongType(path: path(key), expected: "true or false", found: value.typeDescription)
        }
        return flag
    }

    func string(_ key: String) throws(RulesInputError) -> String? {
        guard let value = value(key) else { return nil }
        guard case .string(let text) = value else {
            throw .wrongType(path: path(key), expected: "a string", found: value.typeDescription)
        }
        return text
    }

    /// A string member that must be one of an enum's raw values.
    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _: E.Type) throws(RulesInputError) -> E?
    where E.RawValue == String {
        guard let text = try string(key) else { return nil }
        guard let value = E(rawValue: text) else {
            let names = E.allCases.map(\.rawValue).joined(separator: ", ")
            throw .invalidValue(path: path(key), value: text, expected: "one of \(names)")
        }
        return value
    }

    /// A number member read as an exact percentage between 0 and `limit`.
    func percent(_ key: String, limit: Percent = .hundred) throws(RulesInputError) -> Percent? {
        guard let value = value(key) else { return nil }
        guard case .number(let number) = value else {
            throw .wrongType(path: path(key), expected: "a number (percent, 0 to 100)", found: value.typeDescription)
        }
        let percent: Percent
        do {
            percent = try Percent(number)
        } catch {
            throw .invalidValue(path: path(key), value: number.literal, expected: error.expectation)
        }
        guard percent <= limit else {
            throw .outOfRange(path: path(key), value: number.literal, expected: "a percentage from 0 to \(limit)")
        }
        return percent
    }

    func array(_ key: String) throws(RulesInputError) -> [JSONValue]? {
        guard let value = value(key) else { return nil }
        guard case .array(let elements) = value else {
            throw .wrongType(path: path(key), expected: "an array", found: value.typeDescription)
        }
        return elements
    }
}
