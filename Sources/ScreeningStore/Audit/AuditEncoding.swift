package import Foundation
package import JapaneseCalendar
import LibPQ
package import ScreeningRules

/// The canonical encoding of a filing event, which its SHA-256 hash covers (`fefta-audit-v1`).
///
/// The encoding is one line of JSON with the members sorted by the UTF-8 bytes of their names, no whitespace,
/// strings escaped as ``JSONValue/serialized(pretty:)`` escapes them and numbers written as their literal:
///
/// ```
/// {"actor":"person:…","effectiveOn":"2025-07-02","encoding":"fefta-audit-v1","filingId":"…","filingVersion":3,
///  "id":17,"organisationId":"…","payload":{…},"prevHash":"<64 hex digits>"|null,"recordedAt":"2025-07-02T01:23:45.678901Z",
///  "type":"accepted"}
/// ```
///
/// The payload is encoded the same way, recursively. Because the previous event's hash is inside, each hash
/// covers the whole log before it: changing, removing or reordering any event breaks every later link.
package enum AuditEncoding {
    /// The name of this encoding, part of every encoded event so that a later encoding can never collide with it.
    package static let name = "fefta-audit-v1"

    /// The fields of an event that the hash covers.
    package struct Fields: Sendable, Hashable {
        package var id: Int64
        package var filingID: UUID
        package var organisationID: UUID
        package var filingVersion: Int
        package var type: String
        package var actor: String
        /// UTC with microseconds, `YYYY-MM-DDTHH:MM:SS.ffffffZ`, as the database formats `recorded_at`.
        package var recordedAt: String
        package var effectiveOn: LegalDate
        package var payload: JSONValue
        package var prevHash: [UInt8]?

        package init(
            id: Int64, filingID: UUID, organisationID: UUID, filingVersion: Int, type: String, actor: String,
            recordedAt: String, effectiveOn: LegalDate, payload: JSONValue, prevHash: [UInt8]?
        ) {
            self.id = id
            self.filingID = filingID
            self.organisationID = organisationID
            self.filingVersion = filingVersion
            self.type = type
            self.actor = actor
            self.recordedAt = recordedAt
            self.effectiveOn = effectiveOn
            self.payload = payload
            self.prevHash = prevHash
        }
    }

    /// The canonical text of `fields`.
    package static func canonical(_ fields: Fields) -> String {
        template(fields).filled(id: fields.id, prevHash: fields.prevHash, recordedAt: fields.recordedAt)
    }

    /// The canonical text of an event with its three chain-dependent values left out: its id and previous hash
    /// (known only under the chain lock) and its `recordedAt` (the appending transaction's timestamp). The
    /// appender sends the four pieces, and its statement fills the gaps and hashes the result inside the database
    /// (``AuditChain``), so the chain head is locked for one statement instead of a round trip and a hash.
    package struct Template: Sendable, Hashable {
        /// From `{` to `"id":`.
        package var beforeID: String
        /// From the `,` after the id to `"prevHash":`.
        package var beforePrevHash: String
        /// From the `,` after the previous hash to `"recordedAt":`.
        package var beforeRecordedAt: String
        /// From the `,` after `recordedAt` to the closing `}`.
        package var end: String

        /// The canonical text with the gaps filled in, as the appending statement fills them: the id as a decimal
        /// integer, the previous hash as a string of 64 lowercase hexadecimal digits or `null`, and `recordedAt`
        /// as a JSON string.
        package func filled(id: Int64, prevHash: [UInt8]?, recordedAt: String) -> String {
            let prev = prevHash.map { JSONValue.string(SHA256Digest(bytes: $0).hexadecimal) } ?? .null
            return beforeID + String(id) + beforePrevHash + prev.serialized() + beforeRecordedAt
                + JSONValue.string(recordedAt).serialized() + end
        }
    }

    /// The template of `fields`, whose `id`, `prevHash` and `recordedAt` it ignores.
    ///
    /// Members in the order of the UTF-8 bytes of their names, as ``canonicalJSON(_:)`` sorts them; the
    /// stability test pins the result to the `fefta-audit-v1` text.
    package static func template(_ fields: Fields) -> Template {
        func member(_ name: String, _ value: JSONValue) -> String {
            JSONValue.string(name).serialized() + ":" + canonicalJSON(value)
        }
        let head = [
            member("actor", .string(fields.actor)),
            member("effectiveOn", .string(fields.effectiveOn.iso8601)),
            member("encoding", .string(name)),
            member("filingId", .string(fields.filingID.uuidString.lowercased())),
            member("filingVersion", .number(JSONNumber(fields.filingVersion))),
        ]
        return Template(
            beforeID: "{" + head.joined(separator: ",") + #","id":"#,
            beforePrevHash: ","
                + member("organisationId", .string(fields.organisationID.uuidString.lowercased())) + ","
                + member("payload", fields.payload) + #","prevHash":"#,
            beforeRecordedAt: #","recordedAt":"#,
            end: "," + member("type", .string(fields.type)) + "}")
    }

    /// The event's hash: SHA-256 of the UTF-8 bytes of ``canonical(_:)``.
    package static func hash(_ fields: Fields) -> [UInt8] {
        SHA256.hash(canonical(fields).utf8).bytes
    }

    /// `value` as canonical JSON: object members sorted by the UTF-8 bytes of their names, no whitespace.
    package static func canonicalJSON(_ value: JSONValue) -> String {
        sorted(value).serialized(pretty: false)
    }

    /// The SHA-256 of a document's canonical JSON, as 64 hexadecimal digits (for the determination and facts an
    /// `opened` event records).
    package static func digest(_ value: JSONValue) -> String {
        SHA256.hash(canonicalJSON(value).utf8).hexadecimal
    }

    private static func sorted(_ value: JSONValue) -> JSONValue {
        switch value {
        case .array(let elements):
            return .array(elements.map(sorted))
        case .object(let object):
            var result = JSONObject()
            let members = object.members.sorted { lhs, rhs in lhs.key.utf8.lexicographicallyPrecedes(rhs.key.utf8) }
            for member in members { result[member.key] = sorted(member.value) }
            return .object(result)
        default:
            return value
        }
    }

    /// Whether `value` can be stored in `jsonb` and read back with the same canonical encoding: numbers are plain
    /// integers (`jsonb` rewrites other literals, such as `1e2` or `-0`) and strings hold no NUL (`jsonb` refuses it).
    package static func isStable(_ value: JSONValue) -> Bool {
        switch value {
        case .null, .bool: return true
        case .number(let number):
            guard let integer = Int(number.literal) else { return false }
            return String(integer) == number.literal
        case .string(let text): return !text.unicodeScalars.contains("\u{0}")
        case .array(let elements): return elements.allSatisfy(isStable)
        case .object(let object):
            return object.allSatisfy { !$0.key.unicodeScalars.contains("\u{0}") && isStable($0.value) }
        }
    }
}
