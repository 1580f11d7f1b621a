package import ScreeningRules

/// One listed company on a MOF issuer list (本邦上場会社の外為法における対内直接投資等事前届出該当性リスト).
package struct Issuer: Sendable, Hashable {
    /// The securities code: four (or five) digits and capitals, such as `7203` or `130A`.
    package var securitiesCode: String
    /// The ISIN, where the list gives one (MOF lists from 2025 do).
    package var isin: String?
    /// The company name in Japanese (会社名（和名）).
    package var name: String
    /// The company name in English (Issue name / company name).
    package var nameEn: String
    /// ① `nonDesignated`, ② `designated`, ③ `core`, or `coreSpecified` where 特定コア事業者 is marked.
    package var tier: TargetTier
    /// The line of the list file the issuer was read from, when known.
    package var sourceLine: Int?

    /// An issuer.
    package init(
        securitiesCode: String, isin: String? = nil, name: String, nameEn: String = "", tier: TargetTier,
        sourceLine: Int? = nil
    ) {
        self.securitiesCode = securitiesCode
        self.isin = isin
        self.name = name
        self.nameEn = nameEn
        self.tier = tier
        self.sourceLine = sourceLine
    }
}
