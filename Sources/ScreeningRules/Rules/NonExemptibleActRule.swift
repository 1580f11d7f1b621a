/// An exception to the exemption: acts the exemption can never cover.
///
/// Legal basis: Act 27-2(1) (only Act 26(2)(i)-(iv) and item-(ix) acts similar to them: consents, branches,
/// loans and business succession are out); Order 3-2(2)(i) (country-list and sanctions triggers), (ii) (proxy acceptance,
/// joint-voting consents on control matters), (iii) (core: only listed shares, votes, mandates and voting
/// authority, Order 3-2(2)(iii)イ/ロ); Act 28-2(1) and Order 4-3(2)(i) (no exemption for SA-core). fefta-rules.md
/// §5 and §6.2. An ex-resident's transfer (A2) and bonds (A9a) have no exempt report row in 別表第三, so the
/// engine reads them as outside the exemption too (§5 [D]: the conservative reading, for counsel to confirm).
enum NonExemptibleActRule: ScreeningRule {
    static let id = RuleID.nonExemptibleAct
    static let citation = "Act 27-2(1), 28-2(1); Order 3-2(2)(i)-(iii), 4-3(2)(i) (§5)"

    /// Why an act cannot be exempted.
    enum Bar {
        case country, sanctions, kind, noExemptRow, coreKind, unlistedCore, specifiedAcquisitionCore
    }

    static func evaluate<R: FindingRecorder>(_ f: ResolvedFacts, trigger: SectorFreeTrigger, _ recorder: inout R)
        -> Bool
    {
        let bar: Bar?
        if trigger == .country {
            bar = .country
        } else if trigger == .sanctions {
            bar = .sanctions
        } else {
            switch f.kind {
            case .listedShares, .listedVotingRights, .discretionaryMandate, .votingAuthority:
                bar = nil
            case .unlistedShares:
                bar = f.tier.isCore ? (f.fromForeignInvestor ? .specifiedAcquisitionCore : .unlistedCore) : nil
            case .jointVotingAgreement:
                bar = f.controlMatters ? .kind : (f.tier.isCore ? .coreKind : nil)
            case .exResidentTransfer, .privateBonds:
                bar = .noExemptRow
            default:
                bar = .kind
            }
        }
        recorder.record(
            Finding(
                rule: id, question: .nonExemptibleQuestion, facts: [f.use(.actKind), f.use(.targetTier)],
                answer: message(bar, f.kind), citation: citation
            )
        )
        return bar == nil
    }

    static func message(_ bar: Bar?, _ kind: ActKind) -> Finding.Message {
        switch bar {
        case nil: .exemptibleAct
        case .country: .nonExemptibleCountry
        case .sanctions: .nonExemptibleSanctions
        case .kind: .nonExemptibleKind(kind)
        case .noExemptRow: .nonExemptibleNoRow(kind)
        case .coreKind: .nonExemptibleCoreKind(kind)
        case .unlistedCore: .nonExemptibleUnlistedCore
        case .specifiedAcquisitionCore: .nonExemptibleSACore
        }
    }
}

extension Finding.Message {
    static let nonExemptibleQuestion = Self(
        en: "Can the exemption cover this kind of act?", ja: "当該行為は事前届出免除の対象となり得るか。"
    )

    static let exemptibleAct = Self(en: "Yes.", ja: "なり得る。")

    static let nonExemptibleCountry = Self(
        en: "No: FDI by an investor from outside 別表第一 cannot be exempted (Order 3-2(2)(i)).",
        ja: "なり得ない。別表第一に掲げる国又は地域以外の外国投資家による対内直接投資等は免除されない（令3条の2第2項1号）。"
    )

    static let nonExemptibleSanctions = Self(
        en: "No: FDI that may be a sanctioned capital transaction cannot be exempted (Order 3-2(2)(i)).",
        ja: "なり得ない。経済制裁により許可を要する資本取引に該当するおそれがある対内直接投資等は免除されない（令3条の2第2項1号）。"
    )

    static func nonExemptibleKind(_ kind: ActKind) -> Self {
        .init(
            en: "No: \(kind.rawValue) (\(kind.ruleLabel)) is outside the exemption (Act 27-2(1); Order 3-2(2)(ii)).",
            ja: "なり得ない。\(kind.rawValue)（\(kind.ruleLabel)）は免除の対象外（法27条の2第1項、令3条の2第2項2号）。"
        )
    }

    static func nonExemptibleNoRow(_ kind: ActKind) -> Self {
        .init(
            en:
                "No, on the conservative reading: 別表第三 has no report row for an exempted \(kind.rawValue) (\(kind.ruleLabel)), so notification is kept (fefta-rules.md §5 [D]).",
            ja:
                "なり得ないと解する（保守的解釈）。別表第三に免除された\(kind.rawValue)（\(kind.ruleLabel)）の報告の欄がないため、事前届出を要するものとして扱う（fefta-rules.md §5 [D]）。"
        )
    }

    static func nonExemptibleCoreKind(_ kind: ActKind) -> Self {
        .init(
            en:
                "No: in a core sector only listed shares, votes, mandates and voting authority can be exempted; not \(kind.rawValue) (Order 3-2(2)(iii)).",
            ja: "なり得ない。コア業種では上場株式・議決権・一任運用・議決権行使等権限の取得に限り免除され、\(kind.rawValue)は対象外（令3条の2第2項3号）。"
        )
    }

    static let nonExemptibleUnlistedCore = Self(
        en: "No: unlisted shares of a core-sector company cannot be exempted, for any investor (Order 3-2(2)(iii)).",
        ja: "なり得ない。コア業種を営む非上場会社の株式取得は、いかなる投資家も免除されない（令3条の2第2項3号）。"
    )

    static let nonExemptibleSACore = Self(
        en: "No: a specified acquisition in a core sector cannot be exempted (Order 4-3(2)(i)).",
        ja: "なり得ない。コア業種に係る特定取得は免除されない（令4条の3第2項1号）。"
    )
}
