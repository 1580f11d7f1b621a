import LibPQ

/// One forward-only schema migration: a file `Schema/NNNN_snake_case_name.sql`.
package struct SchemaMigration: Sendable, Hashable {
    /// The number, from the first four digits of the file name.
    package let version: Int
    /// The name after the number, without `.sql` (`organisations_and_people`).
    package let name: String
    /// The SQL, run as one script inside one transaction.
    package let sql: String
    /// The SHA-256 of the file's bytes, as 64 hexadecimal digits.
    package let checksum: String

    /// Creates a migration from a file name and its contents.
    ///
    /// - Parameters:
    ///   - fileName: `NNNN_name.sql`: four digits, an underscore, lowercase letters, digits and underscores.
    ///   - sql: the file's contents.
    /// - Returns: `nil` when the file name does not follow the pattern.
    package init?(fileName: String, sql: String) {
        guard let (version, name) = SchemaMigration.parse(fileName: fileName) else { return nil }
        self.version = version
        self.name = name
        self.sql = sql
        self.checksum = SHA256.hash(sql.utf8).hexadecimal
    }

    /// The file name, `NNNN_name.sql`.
    package var fileName: String { "\(SchemaMigration.versionText(version))_\(name).sql" }

    /// The migrations built into this binary, from `Schema/` (see ``SchemaFiles``), in version order.
    package static let embedded: [SchemaMigration] = SchemaFiles.embedded
        .compactMap { SchemaMigration(fileName: $0.fileName, sql: $0.sql) }
        .sorted { $0.version < $1.version }

    /// A version as four digits (`0001`).
    package static func versionText(_ version: Int) -> String {
        let digits = String(version)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// Splits `NNNN_name.sql` into its number and name, or returns `nil`.
    static func parse(fileName: String) -> (version: Int, name: String)? {
        let bytes = Array(fileName.utf8)
        guard bytes.count > 9, fileName.hasSuffix(".sql"), bytes[4] == UInt8(ascii: "_") else { return nil }
        guard bytes[0..<4].allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
            let version = Int(String(decoding: bytes[0..<4], as: UTF8.self)), version > 0
        else { return nil }
        let name = bytes[5..<(bytes.count - 4)]
        let allowed = { (byte: UInt8) in
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_")
        }
        guard !name.isEmpty, name.allSatisfy(allowed) else { return nil }
        return (version, String(decoding: name, as: UTF8.self))
    }
}
