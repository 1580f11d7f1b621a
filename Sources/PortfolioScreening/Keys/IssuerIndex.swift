/// An issuer list with packed-key tables, so a holdings row finds its issuer without a `String`.
package struct IssuerIndex: Sendable {
    /// The list indexed.
    package let list: IssuerList
    private let codes: PackedKeyTable
    private let isins: PackedKeyTable

    /// Indexes `list` by securities code and ISIN.
    package init(_ list: IssuerList) {
        self.list = list
        var codes = PackedKeyTable(capacity: list.issuers.count)
        var isins = PackedKeyTable(capacity: list.issuers.count)
        for (position, issuer) in list.issuers.enumerated() {
            let key = SecuritiesCodeKey.code(issuer.securitiesCode)
            if key != 0 { codes.insert(key, value: Int32(position)) }
            if let isin = issuer.isin {
                let key = SecuritiesCodeKey.isin(isin)
                if key != 0 { isins.insert(key, value: Int32(position)) }
            }
        }
        self.codes = codes
        self.isins = isins
    }

    /// The position in ``list`` of the issuer with the packed securities code `key` (or, when the list does not
    /// hold a 5-character code ending in `0`, with its 4-character common-stock code:
    /// ``SecuritiesCodeKey/commonStock(ofCode:)``), or -1.
    package func issuer(codeKey key: UInt64) -> Int32 {
        let issuer = codes.value(for: key)
        guard issuer < 0, let common = SecuritiesCodeKey.commonStock(ofCode: key) else { return issuer }
        return codes.value(for: common)
    }

    /// The position in ``list`` of the issuer with the packed ISIN `key`, or -1.
    package func issuer(isinKey key: UInt64) -> Int32 { isins.value(for: key) }
}
