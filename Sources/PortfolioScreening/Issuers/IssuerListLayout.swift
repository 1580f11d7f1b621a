/// The two layouts `fefta issuers import` reads (design.md §8), told apart by the header row.
package enum IssuerListLayout: String, Sendable, Hashable, CaseIterable {
    /// `securities_code,name,name_en,category` (category `1|2|3` or `①|②|③`), for hand-made and test lists.
    case simple
    /// The Ministry of Finance's own list saved as CSV: `証券コード (Securities code)`, `ISINコード (ISIN code)`,
    /// `会社名（和名）`, `(Issue name / company name)`, `区分`, `特定コア事業者` (older issues lack the ISIN and
    /// 特定コア事業者 columns).
    case mof
}
