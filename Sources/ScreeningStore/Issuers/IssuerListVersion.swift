package import Foundation
package import JapaneseCalendar
import LibPQ
package import PortfolioScreening

/// One stored version of the issuer list.
package struct IssuerListVersion: Sendable, Hashable {
    /// The publication date.
    package var published: LegalDate
    /// The layout it was read from.
    package var layout: IssuerListLayout
    /// The encoding of the file.
    package var encoding: String
    /// The file's name.
    package var sourceName: String
    /// The file's SHA-256 (hex).
    package var sourceSHA256: String
    /// The number of issuers.
    package var issuerCount: Int
    /// 1, plus one for each `--replace`.
    package var revision: Int
    /// When it was (last) imported.
    package var importedAt: Date

    /// The columns, in the order of ``Row``.
    static let selectColumns: SQL = """
        SELECT published, layout, encoding, source_name, source_sha256, issuer_count, revision, imported_at
        FROM issuer_lists
        """

    /// A decoded row of ``selectColumns``.
    typealias Row = (LegalDate, String, String, String, String, Int, Int, Date)
}

extension IssuerListVersion {
    init(_ row: IssuerListVersion.Row) {
        let (published, layout, encoding, name, sha256, count, revision, importedAt) = row
        self.init(
            published: published, layout: IssuerListLayout(rawValue: layout) ?? .simple, encoding: encoding,
            sourceName: name, sourceSHA256: sha256, issuerCount: count, revision: revision, importedAt: importedAt)
    }
}
