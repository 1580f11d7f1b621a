/// Ord. 別表第一 (第三条関係): the 173 countries and regions whose investors do not trigger prior notification by
/// the country-list rule (Ord. 3(5); Order 3(2)(ii)).
///
/// Lookup is a 26 × 26 table indexed by the ISO code, so it allocates nothing.
public enum CountryList {
    /// The citation of the annex.
    public static let citation = "Ord. 3(5); Ord. 別表第一 (as in force 2025-05-19)"

    /// Every entry, in annex order.
    public static var all: [CountryListEntry] { entries }

    /// Whether `country` is listed in 別表第一.
    public static func contains(_ country: CountryCode) -> Bool { table[country.tableIndex] }

    /// The annex entry for `country`, if listed.
    public static func entry(for country: CountryCode) -> CountryListEntry? {
        entries.first { $0.code == country }
    }

    private static let table: [Bool] = {
        var table = [Bool](repeating: false, count: 26 * 26)
        for entry in entries { table[entry.code.tableIndex] = true }
        return table
    }()
}

/// One item of Ord. 別表第一.
public struct CountryListEntry: Sendable, Hashable {
    /// The item number as the Ordinance writes it in Arabic digits: `59`, `2の二`.
    public let item: String
    /// The Japanese name as in the annex.
    public let nameJa: String
    /// The ISO 3166-1 alpha-2 code (Taiwan, Hong Kong and Macao are regions 「地域」 with codes TW, HK, MO).
    public let code: CountryCode
    /// The English name (with a note where the annex's name needs one).
    public let nameEn: String

    init(_ item: String, _ nameJa: String, _ code: String, _ nameEn: String) {
        self.item = item
        self.nameJa = nameJa
        self.code = CountryCode(code) ?? CountryCode.japan
        self.nameEn = nameEn
    }
}
