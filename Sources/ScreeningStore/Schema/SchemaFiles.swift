/// The `Schema/*.sql` files, compiled into the binary so an installed `fefta` migrates without the source tree.
///
/// `SchemaFiles+NNNN.swift` holds each file and `SchemaFiles+Generated.swift` lists them; regenerate both after adding
/// or changing a file in `Schema/` with
///
/// ```sh
/// Deploy/scripts/generate-schema.sh
/// ```
///
/// `SchemaFilesTests` fails when the copy differs from `Schema/`, so a forgotten regeneration cannot ship.
package enum SchemaFiles {
    /// One schema file: its name and exact contents.
    package struct File: Sendable, Hashable {
        /// The file name, `NNNN_name.sql`.
        package var fileName: String
        /// The file's contents, byte for byte.
        package var sql: String
    }
}
