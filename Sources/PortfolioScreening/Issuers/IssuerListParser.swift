package import JapaneseCalendar
import ScreeningRules

/// Reads a MOF issuer list saved as CSV, in either layout of design.md §8, all or nothing.
///
/// - The encoding is detected (``TextEncoding/detect(_:)``): UTF-8 with or without BOM, or Shift_JIS (CP932).
/// - The header row is the first of the first ``headerSearchRows`` rows that names a securities code column and a
///   category column, in English or Japanese (title rows above it, as in the MOF workbook, are skipped). Header
///   cells may contain line breaks. Other columns are ignored.
/// - 区分 / category `1|2|3` or `①|②|③` (full-width digits too) give `nonDesignated`, `designated`, `core`; a mark
///   in 特定コア事業者 (any text except a blank, `-`, `×`, `0`, `なし`, `無`, `no`, `false`) gives `coreSpecified`,
///   which the engine applies from 2025-05-19 (before that it reads it as `core`).
/// - Codes are 4 or 5 digits and capitals (full-width and lower case are normalised); ISINs are checked with their
///   check digit; a code or ISIN listed twice is an error.
package enum IssuerListParser {
    /// The rows searched for the header.
    package static let headerSearchRows = 20
    /// The longest name accepted.
    package static let maximumNameLength = 400

    /// The columns the parser reads.
    enum Column: String, Sendable, Hashable, CaseIterable {
        case securitiesCode, isin, name, nameEn, category, specifiedCore
    }

    static let matcher = ColumnMatcher<Column>([
        (.securitiesCode, ["securities_code", "securities code", "証券コード", "銘柄コード", "コード", "code"]),
        (.isin, ["isin", "isin_code", "isinコード"]),
        (.name, ["name", "name_ja", "会社名", "会社名（和名）", "和名", "銘柄名", "issuer_name"]),
        (
            .nameEn,
            ["name_en", "issue name / company name", "(Issue name / company name)", "会社名（英名）", "英名", "english name"]
        ),
        (.category, ["category", "区分", "classification"]),
        (.specifiedCore, ["core_specified", "特定コア事業者", "特定コア", "specified core"]),
    ])

    /// Marks in 特定コア事業者 that mean "not marked".
    static let blankMarks: Set<String> = ["", "-", "―", "ー", "‐", "×", "✕", "0", "なし", "無", "no", "n", "false"]

    /// Parses a whole file.
    ///
    /// - Parameters:
    ///   - bytes: the file's bytes.
    ///   - published: the publication date to record, if known.
    /// - Returns: the list.
    /// - Throws: ``IssuerListError`` naming the line, column and value at fault.
    package static func parse(_ bytes: UnsafeRawBufferPointer, published: LegalDate?) throws(IssuerListError)
        -> IssuerList
    {
        let encoding = TextEncoding.detect(bytes)
        let body = UnsafeRawBufferPointer(rebasing: bytes[encoding.signatureLength...])
        let decoder: TextDecoder
        do {
            decoder = try TextDecoder(encoding: encoding)
        } catch {
            throw IssuerListError(.encoding(error))
        }
        var reader = Reader(body: body, decoder: decoder)
        guard let header = try reader.findHeader() else {
            throw IssuerListError(reader.sawRecord ? .noHeader(searchedRows: headerSearchRows) : .empty)
        }
        let layout: IssuerListLayout =
            ColumnMatcher<Column>.normalised(header.names[header.columns[.category] ?? 0]) == "category"
            ? .simple : .mof
        var issuers: [Issuer] = []
        issuers.reserveCapacity(4_096)
        var codeLines: [String: Int] = [:]
        var isinLines: [String: Int] = [:]
        while let line = try reader.nextDataRecord() {
            let issuer = try reader.issuer(header: header, line: line)
            if let first = codeLines.updateValue(line, forKey: issuer.securitiesCode) {
                throw reader.error(
                    .duplicateCode(firstLine: first), header, .securitiesCode, line, issuer.securitiesCode)
            }
            if let isin = issuer.isin, let first = isinLines.updateValue(line, forKey: isin) {
                throw reader.error(.duplicateISIN(firstLine: first), header, .isin, line, isin)
            }
            issuers.append(issuer)
        }
        guard !issuers.isEmpty else { throw IssuerListError(.noIssuers, line: header.line) }
        return IssuerList(published: published, layout: layout, encoding: encoding, issuers: issuers)
    }

    /// Parses a whole file held in an array (see ``parse(_:published:)-(UnsafeRawBufferPointer,_)``).
    ///
    /// - Throws: ``IssuerListError``.
    package static func parse(_ bytes: [UInt8], published: LegalDate?) throws(IssuerListError) -> IssuerList {
        var result: Result<IssuerList, IssuerListError> = .failure(IssuerListError(.empty))
        bytes.withUnsafeBytes { buffer in
            do throws(IssuerListError) {
                result = .success(try parse(buffer, published: published))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }
}
