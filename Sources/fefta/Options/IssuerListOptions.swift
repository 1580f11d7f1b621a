import ArgumentParser
import JapaneseCalendar

/// `--issuers FILE` and `--published DATE`: which MOF issuer list resolves securities codes to tiers.
///
/// With `--issuers` the list is read from the file (not stored) and `--published`, if given, is its publication
/// date. Without `--issuers`, `--published` picks a version imported with `fefta issuers import`.
struct IssuerListOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "An issuer list file (CSV in either layout, UTF-8 or Shift_JIS) to use without importing it.",
            valueName: "file"))
    var issuers: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "The list's publication date (YYYY-MM-DD): with --issuers, the file's date; without it, the imported "
                + "version to use.", valueName: "date"))
    var published: String?

    /// The `--published` date, validated.
    ///
    /// - Throws: `ValidationError` for a malformed date.
    func publishedDate() throws -> LegalDate? {
        guard let published else { return nil }
        do {
            return try LegalDate(iso8601: published)
        } catch {
            throw ValidationError("--published: \(error.description)")
        }
    }

    /// Whether either option was given.
    var isGiven: Bool { issuers != nil || published != nil }
}
