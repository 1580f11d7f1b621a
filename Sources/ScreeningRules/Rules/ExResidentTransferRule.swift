/// A2: a non-resident individual's transfer, to a foreign investor, of shares or equity of an unlisted company that
/// the individual has held since before becoming non-resident is inward direct investment in any amount. Only a
/// non-resident individual makes this act; the transferor is the investor who files.
///
/// Legal basis: Act 26(2)(ii) (「非居住者となる以前から引き続き所有する…株式又は持分の外国投資家に対する譲渡」). The
/// exemption's Act 27-2(1) reaches item (ii), but 別表第三 has no exempt report row for it in designated sectors,
/// so the engine keeps notification required there (fefta-rules.md §5 [D]); elsewhere row 9 (form 12) applies.
enum ExResidentTransferRule: ScreeningRule {
    static let id = RuleID.exResidentTransfer
    static let citation = "Act 26(2)(ii) (A2)"

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, _ recorder: inout R) -> ActScope {
        let individual = f.category == .nonResidentIndividual
        recorder.record(
            Finding(
                rule: id, question: .exResidentTransferQuestion, facts: [f.use(.actKind), f.use(.investorCategory)],
                answer: individual ? .exResidentTransferCaught : .individualOnly(f.kind), citation: citation)
        )
        return individual ? .fdi : .notFDI
    }
}

extension Finding.Message {
    static let exResidentTransferQuestion = Self(
        en: "Is the ex-resident's transfer of unlisted shares to a foreign investor inward direct investment?",
        ja: "非居住者となる以前から所有する非上場会社の株式等の外国投資家への譲渡は対内直接投資等か。"
    )

    static let exResidentTransferCaught = Self(
        en:
            "Yes: a non-resident individual's transfer of shares held since before becoming non-resident, in any amount.",
        ja: "当たる。非居住者である個人による、非居住者となる以前から所有する株式等の譲渡は、規模を問わず当たる。"
    )

    /// The act is defined as one a non-resident individual makes (A2, A9f).
    static func individualOnly(_ kind: ActKind) -> Self {
        .init(
            en:
                "No: \(kind.rawValue) (\(kind.ruleLabel)) is an act of a non-resident individual, and the investor is not one; nothing is filed.",
            ja: "当たらない。\(kind.rawValue)（\(kind.ruleLabel)）は非居住者である個人の行為であり、当該投資家は該当しない。届出・報告は不要。"
        )
    }
}
