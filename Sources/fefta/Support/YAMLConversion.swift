import ScreeningRules
import Yams

/// Converts YAML documents to exact JSON values, so test cases written in YAML read like `fefta check` input.
///
/// Numbers keep their literal text (never a Double): a YAML number that is not also a JSON number (`.5`,
/// `1_000`, `0x1F`) is an error naming its line and column. Dates stay strings. Booleans follow YAML's core
/// schema; keys must be strings.
enum YAMLConversion {
    struct ConversionError: Error, CustomStringConvertible {
        let description: String
    }

    /// The JSON value of the single YAML document in `text` (`null` for an empty document).
    static func json(fromYAML text: String) throws -> JSONValue {
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw ConversionError(
                description: "invalid YAML: " + String(describing: error).split(separator: "\n").joined(separator: " "))
        }
        guard let node else { return .null }
        return try convert(node)
    }

    static func convert(_ node: Node) throws -> JSONValue {
        switch node {
        case .mapping(let mapping):
            var object = JSONObject()
            for (key, value) in mapping {
                guard case .scalar(let scalar) = key else {
                    throw ConversionError(description: "\(position(key)): mapping keys must be plain strings")
                }
                guard object[scalar.string] == nil else {
                    throw ConversionError(description: "\(position(key)): duplicate key '\(scalar.string)'")
                }
                object[scalar.string] = try convert(value)
            }
            return .object(object)
        case .sequence(let sequence):
            return .array(try sequence.map(convert))
        case .scalar(let scalar):
            switch Resolver.default.resolveTag(of: node).rawValue {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue:
                switch scalar.string.lowercased() {
                case "true", "yes", "on": return .bool(true)
                default: return .bool(false)
                }
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                guard let number = JSONNumber(literal: scalar.string) else {
                    throw ConversionError(
                        description:
                            "\(position(node)): '\(scalar.string)' must be written as a plain decimal number such as 0.5"
                    )
                }
                return .number(number)
            default:
                return .string(scalar.string)
            }
        case .alias:
            throw ConversionError(description: "\(position(node)): YAML aliases are not supported in test cases")
        }
    }

    static func position(_ node: Node) -> String {
        guard let mark = node.mark else { return "YAML" }
        return "line \(mark.line), column \(mark.column)"
    }
}
