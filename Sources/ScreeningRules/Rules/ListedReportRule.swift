/// Post-investment reports for listed acts (別表第三 rows 3-7): the band moves of rows 3-4 (once per issuer per
/// row), every acquisition ending at 10 % or more (rows 5-6), and the 特定割合 of row 7.
///
/// Legal basis: Act 55-5(1); Ord. 6-2; 別表第三 rows 3 (「百分の一未満から百分の一以上百分の三未満となる場合」),
/// 4 (「百分の三未満から百分の三以上百分の十未満」), 5-6 (「百分の十以上となる場合」), 7 (特定割合). Rows 3-4
/// exclude 許認可等金融機関等, 特定国有企業等 and past reporters under the same row for the same issuer.
///
/// Readings (ordinance-tables.md §A.6): rows 5-6 follow Reading B (every acquisition at ≥10 %) unless
/// ``Readings/reportEveryAcquisitionAtTenPercent`` is off; E10 is literal (a row-3 report can fall due after a
/// row-4 report) unless ``Readings/rowThreeAfterRowFour`` is off. A quasi-specified licensed FI files rows 3-4
/// (its class is quasi-specified, not financial institution: ambiguity A.6-10, second reading).
enum ListedReportRule: ScreeningRule {
    static let id = RuleID.listedReport
    static let citation = "Act 55-5(1); Ord. 6-2; Ord. 別表第三 rows 3-7 (P3-P7)"

    /// Why a row is, or is not, due.
    enum Ground {
        case row(ReportRow)
        case tenPercentAlreadyHeld
        case jointVotingBelowTen
        case none
        case needsRatio
        case financialInstitution
        case alreadyFiled(ReportRow)
        case withinBand
        case noRowNonDesignated
    }

    /// The row for an exempt listed act or joint-voting consent in a designated target.
    static func exempt<R: FindingRecorder>(
        _ f: ResolvedFacts, investorClass: InvestorClass, _ p: RegimeParameters, _ readings: Readings,
        _ recorder: inout R
    ) -> (row: ReportRow?, missing: FactPaths) {
        var missing: FactPaths = []
        let ground: Ground
        if f.after.isAtLeast(p.reportBandRow5) {
            let due = readings.reportEveryAcquisitionAtTenPercent || f.before.isBelow(p.reportBandRow5)
            ground = due ? .row(.p6) : .tenPercentAlreadyHeld
        } else if f.kind == .jointVotingAgreement {
            ground = .jointVotingBelowTen
        } else if f.lowRiskStateOwned {
            if let ratio = f.specifiedRatio {
                ground = f.before < ratio && f.after >= ratio ? .row(.p7) : .none
            } else {
                missing = .specifiedRatio
                ground = .needsRatio
            }
        } else if investorClass == .financialInstitution {
            ground = .financialInstitution
        } else if f.before.isBelow(p.reportBandRow4) && f.after.isAtLeast(p.reportBandRow4) {
            ground = f.filed.contains(.p4) ? .alreadyFiled(.p4) : .row(.p4)
        } else if f.before.isBelow(p.reportBandRow3) && f.after.isAtLeast(p.reportBandRow3) {
            let closed = f.filed.contains(.p3) || (!readings.rowThreeAfterRowFour && f.filed.contains(.p4))
            ground = closed ? .alreadyFiled(.p3) : .row(.p3)
        } else {
            ground = .withinBand
        }
        var row: ReportRow?
        if case .row(let due) = ground, p.isInForce(due) { row = due }
        recorder.record(
            Finding(
                rule: id, question: .reportQuestion,
                facts: [
                    f.use(.holdingBefore), f.use(.holdingAfter), f.use(.investorClass),
                    FactUse("reportsAlreadyFiled", .array(f.filed.labels.map { .string($0) })),
                ],
                answer: message(ground), citation: citation, note: note(ground, f, readings)
            )
        )
        return (row, missing)
    }

    /// The row for a listed act in a non-designated target without prior notification (row 5).
    static func nonDesignated<R: FindingRecorder>(
        _ f: ResolvedFacts, _ p: RegimeParameters, _ readings: Readings, _ recorder: inout R
    ) -> ReportRow? {
        let ground: Ground
        if f.after.isAtLeast(p.reportBandRow5) {
            let due = readings.reportEveryAcquisitionAtTenPercent || f.before.isBelow(p.reportBandRow5)
            ground = due ? .row(.p5) : .tenPercentAlreadyHeld
        } else {
            ground = .noRowNonDesignated
        }
        var row: ReportRow?
        if case .row(let due) = ground, p.isInForce(due) { row = due }
        recorder.record(
            Finding(
                rule: id, question: .reportQuestion,
                facts: [f.use(.holdingBefore), f.use(.holdingAfter), f.use(.targetTier)],
                answer: message(ground), citation: citation, note: row == .p5 ? .readingB(readings) : .readingNoRow
            )
        )
        return row
    }

    static func message(_ ground: Ground) -> Finding.Message {
        switch ground {
        case .row(let row): .reportRow(row)
        case .tenPercentAlreadyHeld: .reportCrossingOnly
        case .jointVotingBelowTen, .none: .reportNone
        case .needsRatio: .reportNeedsRatio
        case .financialInstitution: .reportFinancialInstitution
        case .alreadyFiled(let row): .reportAlreadyFiled(row)
        case .withinBand: .reportWithinBand
        case .noRowNonDesignated: .reportNoRowNonDesignated
        }
    }

    static func note(_ ground: Ground, _ f: ResolvedFacts, _ readings: Readings) -> Finding.Message? {
        switch ground {
        case .row(.p6), .tenPercentAlreadyHeld: .readingB(readings)
        case .row(.p3), .alreadyFiled(.p3): f.filed.contains(.p4) ? .readingE10(readings) : nil
        default: nil
        }
    }
}

extension Finding.Message {
    static let reportQuestion = Self(
        en: "Which post-investment report row of Ord. 別表第三 applies?", ja: "命令別表第三のいずれの項の事後報告を要するか。"
    )

    static func reportRow(_ row: ReportRow) -> Self {
        .init(
            en: "Row \(row.tableRow) (\(row.rawValue)): report on form \(row.form) within 45 days of the act.",
            ja: "第\(row.tableRow)項（\(row.rawValue)）：様式\(row.form)により、行為の日から45日以内に報告。"
        )
    }

    static let reportNone = Self(en: "None.", ja: "報告を要しない。")

    static let reportCrossingOnly = Self(
        en: "None: the holding was already at 10% or more and Reading A reports only the crossing.",
        ja: "報告を要しない。既に10%以上であり、解釈Aでは10%を超えた時のみ報告する。"
    )

    static let reportNeedsRatio = Self(
        en: "Not known: a 特定国有企業等 reports under row 7 when it crosses the 特定割合 MOF set; act.specifiedRatio is needed.",
        ja: "不明。特定国有企業等は財務大臣が認めた特定割合を超えるとき第7項により報告する。act.specifiedRatioが必要。"
    )

    static let reportFinancialInstitution = Self(
        en: "None: licensed financial institutions (許認可等金融機関等) are outside rows 3-4 and report only from 10% (row 6).",
        ja: "報告を要しない。許認可等金融機関等は第3項・第4項の対象外で、10%以上（第6項）に限り報告する。"
    )

    static func reportAlreadyFiled(_ row: ReportRow) -> Self {
        .init(
            en:
                "None: a row-\(row.tableRow) (\(row.rawValue)) report was already filed for this issuer (once per issuer).",
            ja: "報告を要しない。同一の上場会社等について既に第\(row.tableRow)項（\(row.rawValue)）の報告をしている。"
        )
    }

    static let reportWithinBand = Self(
        en: "None: the holding moves within a band (rows 3-4 need a move from below the band's lower bound).",
        ja: "報告を要しない。保有割合が同一の区分内で変動したにすぎない。"
    )

    static let reportNoRowNonDesignated = Self(
        en: "None: no row of 別表第三 covers listed acts in non-designated sectors below 10%.",
        ja: "報告を要しない。指定業種以外の上場会社に係る10%未満の行為に該当する別表第三の項はない。"
    )

    static func readingB(_ readings: Readings) -> Self {
        readings.reportEveryAcquisitionAtTenPercent
            ? .init(
                en: "Reading B (recommended): 「百分の十以上となる場合」 reports every acquisition ending at 10% or more.",
                ja: "解釈B（推奨）：「百分の十以上となる場合」は取得後10%以上となる取得ごとに報告を要する。"
            )
            : .init(
                en: "Reading A: only the act crossing 10% is reported.", ja: "解釈A：10%以上となった取得のみ報告する。"
            )
    }

    static func readingE10(_ readings: Readings) -> Self {
        readings.rowThreeAfterRowFour
            ? .init(
                en: "Literal reading (E10): a past row-4 report does not close row 3.",
                ja: "文言解釈（E10）：過去の第4項の報告は第3項の報告義務を消滅させない。"
            )
            : .init(
                en: "Non-literal reading (E10): a past row-4 report also closes row 3.",
                ja: "非文言解釈（E10）：過去の第4項の報告により第3項の報告も要しない。"
            )
    }

    static let readingNoRow = Self(
        en:
            "Reading (ambiguity A.6-6 (i)): the table defines the scope of reporting, so an FDI with no row needs no report.",
        ja: "解釈（曖昧点A.6-6(i)）：報告の範囲は別表第三が定めるため、該当する項のない対内直接投資等は報告を要しない。"
    )
}
