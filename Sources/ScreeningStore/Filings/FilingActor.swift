package import Foundation

/// Who records a filing event: a person of the filing's organisation, or a labelled system component.
///
/// Stored in `filing_events.actor` as `person:<uuid>` or `system:<name>`, so the log names people only by id and
/// never holds a free-form name. A person actor must belong to the filing's organisation (a foreign key checks it).
package struct FilingActor: Sendable, Hashable, CustomStringConvertible {
    /// The stored form, `person:<uuid>` or `system:<name>`.
    package let description: String
    /// The person, for a person actor.
    package let personID: UUID?

    private init(description: String, personID: UUID?) {
        self.description = description
        self.personID = personID
    }

    /// A person (a row of `people`).
    package static func person(_ id: UUID) -> FilingActor {
        FilingActor(description: "person:" + id.uuidString.lowercased(), personID: id)
    }

    /// The worker daemon, `system:feftad`.
    package static let daemon = FilingActor(description: "system:feftad", personID: nil)

    /// A system component, such as `system:feftad` or `system:import`.
    ///
    /// - Parameter name: lowercase letters, digits and hyphens, starting with a letter, at most 63 characters.
    /// - Returns: `nil` when `name` has another shape.
    package static func system(_ name: String) -> FilingActor? {
        guard FilingActor.isSystemName(name) else { return nil }
        return FilingActor(description: "system:" + name, personID: nil)
    }

    /// Parses the stored form.
    ///
    /// - Parameter text: `person:<uuid>` or `system:<name>`.
    package init?(_ text: String) {
        if text.hasPrefix("person:"), let id = UUID(uuidString: String(text.dropFirst(7))) {
            self = .person(id)
        } else if text.hasPrefix("system:"), let system = FilingActor.system(String(text.dropFirst(7))) {
            self = system
        } else {
            return nil
        }
    }

    static func isSystemName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 63, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(first)
        else { return false }
        return bytes.allSatisfy { byte in
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
                || byte == UInt8(ascii: "-")
        }
    }
}
