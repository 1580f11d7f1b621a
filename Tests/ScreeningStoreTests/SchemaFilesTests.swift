import Foundation
import LibPQ
import Testing

@testable import ScreeningStore

/// The migrations compiled into the binary are exactly the files in `Schema/`.
@Suite struct SchemaFilesTests {
    /// The repository's `Schema/` folder, found from this file's path.
    private var schemaDirectory: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Schema")
    }

    @Test func theEmbeddedCopyMatchesSchemaByteForByte() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: schemaDirectory.path)
            .filter { $0.hasSuffix(".sql") }.sorted()
        let embedded = SchemaFiles.embedded.map(\.fileName)
        #expect(
            embedded == names,
            "Schema/ and the embedded SchemaFiles+NNNN.swift differ; run Deploy/scripts/generate-schema.sh"
        )
        for name in names {
            let onDisk = try Data(contentsOf: schemaDirectory.appendingPathComponent(name))
            let copy = SchemaFiles.embedded.first { $0.fileName == name }.map { Data($0.sql.utf8) }
            #expect(
                copy == onDisk,
                "Schema/\(name) differs from its embedded copy; run Deploy/scripts/generate-schema.sh"
            )
        }
    }

    @Test func migrationsAreNumberedFromOneWithoutGapsOrDuplicates() {
        let versions = SchemaMigration.embedded.map(\.version)
        #expect(SchemaMigration.embedded.count == SchemaFiles.embedded.count, "a file name does not parse")
        #expect(versions == Array(1...max(1, versions.count)))
    }

    @Test(arguments: [
        ("0001_organisations_and_people.sql", 1, "organisations_and_people"),
        ("0042_add_x.sql", 42, "add_x"),
    ])
    func fileNamesParse(fileName: String, version: Int, name: String) throws {
        let migration = try #require(SchemaMigration(fileName: fileName, sql: "SELECT 1;\n"))
        #expect(migration.version == version)
        #expect(migration.name == name)
        #expect(migration.fileName == fileName)
        #expect(migration.checksum == SHA256.hash("SELECT 1;\n".utf8).hexadecimal)
    }

    @Test(arguments: [
        "1_a.sql", "0001-a.sql", "0001_A.sql", "0001_.sql", "0000_zero.sql", "0001_a.SQL", "0001_a b.sql", "abcd_x.sql",
    ])
    func badFileNamesAreRejected(_ fileName: String) {
        #expect(SchemaMigration(fileName: fileName, sql: "") == nil)
    }
}
