/// The columns of a holdings file that screening reads, found by name in its header row.
///
/// Required: `securities_code` (or `isin`), `holding_before`, `holding_after`. Any other column (`account`,
/// `fund`, …) is allowed and ignored. Japanese names are accepted: 証券コード / 銘柄コード, ISINコード,
/// 取得前保有割合 / 保有割合（取得前）, 取得後保有割合 / 保有割合（取得後）.
package struct HoldingsColumns: Sendable, Hashable {
    /// The line of the header row.
    package var line: Int
    /// The header cells as text.
    package var names: [String]
    /// The field index of the securities code, if present.
    package var code: Int?
    /// The field index of the ISIN, if present.
    package var isin: Int?
    /// The field index of the holding before the acquisition.
    package var before: Int
    /// The field index of the holding after it.
    package var after: Int

    /// The fields a data row must have: up to both holdings (the code or ISIN may be in a later column).
    package var requiredFieldCount: Int { max(before, after) + 1 }

    enum Column: Hashable, Sendable {
        case code, isin, before, after
    }

    static let matcher = ColumnMatcher<Column>([
        (.code, ["securities_code", "securities code", "code", "証券コード", "銘柄コード"]),
        (.isin, ["isin", "isin_code", "isinコード"]),
        (
            .before,
            ["holding_before", "holdingBefore", "before", "取得前保有割合", "保有割合（取得前）", "取得前保有比率", "保有比率（取得前）"]
        ),
        (
            .after,
            ["holding_after", "holdingAfter", "after", "取得後保有割合", "保有割合（取得後）", "取得後保有比率", "保有比率（取得後）"]
        ),
    ])

    /// The columns named by a header row.
    ///
    /// - Parameters:
    ///   - names: the header cells, decoded.
    ///   - line: the header's line.
    /// - Throws: ``HoldingsError`` when a required column is missing or a column repeats.
    package init(names: [String], line: Int) throws(HoldingsError) {
        var found: [Column: Int] = [:]
        for (index, name) in names.enumerated() {
            guard let column = HoldingsColumns.matcher.column(for: name) else { continue }
            if let first = found[column] {
                throw .duplicateColumn(name: name, line: line, column: index + 1, firstColumn: first + 1)
            }
            found[column] = index
        }
        var missing: [String] = []
        if found[.code] == nil && found[.isin] == nil { missing.append("securities_code (or isin)") }
        if found[.before] == nil { missing.append("holding_before") }
        if found[.after] == nil { missing.append("holding_after") }
        guard missing.isEmpty, let before = found[.before], let after = found[.after] else {
            throw .missingColumns(missing, line: line, header: names)
        }
        self.line = line
        self.names = names
        self.code = found[.code]
        self.isin = found[.isin]
        self.before = before
        self.after = after
    }

    /// The header text of field `index` (for messages), or its number when the header is shorter.
    package func name(_ index: Int) -> String {
        index < names.count && !names[index].isEmpty ? names[index] : "column \(index + 1)"
    }
}
