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
            throw ConversionError(description: "invalid YAML: " + MessageText.displayed(message(error), limit: 200))
        }
        guard let node else { return .null }
        return try convert(node)
    }

    /// Where the first byte sequence that is not UTF-8 starts: its 0-based byte offset and 1-based line.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> (offset: Int, line: Int) {
        var iterator = bytes.makeIterator()
        var parser = Unicode.UTF8.ForwardParser()
        var offset = 0
        var line = 1
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count == 1 && encoded.first == UInt8(ascii: "\n") { line += 1 }
                offset += encoded.count
            case .error:
                return (offset, line)
            case .emptyInput:
                return (offset, line)
            }
        }
    }

    /// libyaml's place and problem, without the quoted source line Yams appends (in a hostile file, megabytes).
    static func message(_ error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            "\(mark.line):\(mark.column): \(problem)"
                + (context.map { " (\($0.text) at \($0.mark.line):\($0.mark.column))" } ?? "")
        case .reader(let problem, let offset, _, _):
            problem + (offset.map { " at byte \($0)" } ?? "")
        default:
            String(String(describing: error).split(separator: "\n", maxSplits: 1).first ?? "")
        }
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
