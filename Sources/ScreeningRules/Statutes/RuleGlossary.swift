/// The rule ids that outputs show (act kinds A1–A9g, report rows P1–P16, exemption conditions B1–Q2 and X1,
/// foreign-investor types FI1–FI5, deadline rules D1–D15, regimes T2017–T2025): what each one is, in English and
/// Japanese, and the provisions it rests on. `fefta rules explain A3` prints an entry; the DocC catalogue documents
/// every id listed here (a test checks both ways).
public struct RuleGlossary: Sendable, Hashable {
    /// The id, such as `A3`.
    public let id: String
    /// What the rule is, in English.
    public let en: String
    /// What the rule is, in Japanese.
    public let ja: String
    /// The provisions it rests on, in the citation notation.
    public let citation: String

    /// The entry for an id, ignoring case (`a9d` finds `A9d`).
    public static func entry(_ id: String) -> RuleGlossary? {
        all.first { $0.id.lowercased() == id.lowercased() }
    }

    /// Every entry, in the order of the DocC catalogue.
    public static let all: [RuleGlossary] = actKinds + investorTypes + reportRows + conditions + deadlines + regimes

    private init(_ id: String, _ en: String, _ ja: String, _ citation: String) {
        self.id = id
        self.en = en
        self.ja = ja
        self.citation = citation
    }

    static let actKinds: [RuleGlossary] = [
        .init(
            "A1", "Acquiring shares or equity of an unlisted company, in any amount (not from another foreign investor)",
            "非上場会社の株式又は持分の取得（他の外国投資家からの譲受けを除く。）", "Act 26(2)(i); Order 3(1)(iv)"),
        .init(
            "A1x", "An unlisted acquisition ending below 10% is not inward direct investment unless it is an Order 3(2) case",
            "取得後10%未満の非上場株式取得は、令3条2項各号に該当しない限り対内直接投資等に当たらない", "Order 3(1)(iv)"),
        .init(
            "A2", "Transfer of unlisted shares held since before becoming a non-resident, by that individual to a foreign investor",
            "非居住者となる以前から所有する非上場株式の外国投資家への譲渡", "Act 26(2)(ii)"),
        .init("A3", "Acquiring listed shares reaching 1% (with closely related persons)", "上場会社等の株式の取得（1%以上）", "Act 26(2)(iii); Order 2(8), 3(1)(ix)"),
        .init("A4", "Acquiring listed voting rights reaching 1%", "上場会社等の議決権の取得（1%以上）", "Act 26(2)(iv); Order 2(9)-(10), 3(1)(x)"),
        .init(
            "A5a", "Consent to a substantial change of a company's business purpose", "事業目的の実質的な変更に関し行う同意",
            "Act 26(2)(v)"),
        .init(
            "A5b", "Consent to electing the investor or its related persons as directors or statutory auditors",
            "自己又はその関係者の取締役・監査役選任に関し行う同意", "Act 26(2)(v)"),
        .init(
            "A5c", "Consent to a business transfer, merger, dissolution or similar proposal", "事業譲渡・合併・解散等の議案に関し行う同意",
            "Act 26(2)(v)"),
        .init("A6", "Establishing a branch in Japan or substantially changing one", "本邦における支店等の設置・変更", "Act 26(2)(vi)"),
        .init("A7", "A loan of more than one year above the threshold to a Japanese company", "一年超・基準額超の金銭の貸付け", "Act 26(2)(vii)"),
        .init("A8", "Succeeding to a business of a Japanese company", "居住者からの事業の承継", "Act 26(2)(viii)"),
        .init("A9a", "Acquiring privately placed bonds of more than one year", "私募社債の取得", "Act 26(2)(ix)"),
        .init("A9b", "Acquiring investment securities of a special-law corporation", "特別の法律により設立された法人の出資証券の取得", "Act 26(2)(ix)"),
        .init("A9c", "Discretionary investment in listed shares (一任運用) reaching 1%", "株式への一任運用（1%以上）", "Act 26(2)(ix)"),
        .init(
            "A9d", "Accepting proxies solicited on matters of control (議決権代理行使受任)", "議決権代理行使受任", "Act 26(2)(ix)"),
        .init("A9e", "Acquiring authority to exercise or direct votes of listed shares reaching 1%", "議決権行使等権限の取得（1%以上）", "Act 26(2)(ix)"),
        .init("A9f", "Delegating proxies on matters of control, by a non-resident individual", "議決権代理行使委任", "Act 26(2)(ix)"),
        .init(
            "A9g", "Obtaining other foreign investors' consent to exercise listed votes jointly, reaching 10%", "共同議決権行使同意取得（10%以上）",
            "Act 26(2)(ix)"),
    ]

    static let investorTypes: [RuleGlossary] = [
        .init("FI1", "A non-resident individual", "非居住者である個人", "Act 26(1)(i)"),
        .init("FI2", "An entity set up under foreign law or with its principal office abroad", "外国法人等", "Act 26(1)(ii)"),
        .init("FI3", "A company 50% or more of whose votes foreign investors hold", "外国投資家が議決権の50%以上を保有する会社", "Act 26(1)(iii)"),
        .init("FI4", "A fund (特定組合等) majority-funded or majority-managed by foreign investors", "特定組合等", "Act 26(1)(iv)"),
        .init(
            "FI5", "An entity most of whose officers or representative officers are non-resident individuals",
            "非居住者である個人が役員又は代表権を有する役員の過半数を占める法人等", "Act 26(1)(v)"),
    ]

    static let reportRows: [RuleGlossary] = [
        .init("P1", "Report: unlisted shares, non-designated business (form 11)", "事後報告：非上場株式・非指定業種（様式第十一）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 1"),
        .init("P2", "Report: unlisted shares, exempt, designated non-core business (form 11-2)", "事後報告：非上場株式・免除（様式第十一の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 2"),
        .init("P3", "Report: listed acts crossing 1% (below 3%), once per issuer (form 11-2)", "事後報告：上場株式等1%以上3%未満（様式第十一の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 3"),
        .init("P4", "Report: listed acts crossing 3% (below 10%), once per issuer (form 11-2)", "事後報告：上場株式等3%以上10%未満（様式第十一の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 4"),
        .init("P5", "Report: listed acts ending at 10% or more, non-designated business (form 11)", "事後報告：上場株式等10%以上・非指定業種（様式第十一）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 5"),
        .init("P6", "Report: listed acts ending at 10% or more, designated business (form 11-2)", "事後報告：上場株式等10%以上・指定業種（様式第十一の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 6"),
        .init("P7", "Report: specified state-owned enterprise crossing its ratio (MOF-designated form)", "事後報告：特定国有企業等（財務大臣が指定する様式）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 7"),
        .init("P8", "Report: special-law investment securities (form 11)", "事後報告：出資証券の取得（様式第十一）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 8"),
        .init("P9", "Report: transfer by an ex-resident individual (form 12)", "事後報告：株式又は持分の譲渡（様式第十二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 9"),
        .init("P10", "Report: loans (form 16)", "事後報告：金銭の貸付け（様式第十六）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 10"),
        .init("P11", "Report: business succession (form 16-2)", "事後報告：事業の承継（様式第十六の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 11"),
        .init("P12", "Report: bonds (form 17)", "事後報告：社債の取得（様式第十七）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 12"),
        .init("P13", "Report: proxy acceptance (form 17-2)", "事後報告：議決権代理行使受任（様式第十七の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 13"),
        .init("P14", "Report: proxy delegation (form 17-3)", "事後報告：議決権代理行使委任（様式第十七の三）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 14"),
        .init("P15", "Report: joint-voting consent (form 17-4)", "事後報告：共同議決権行使同意取得（様式第十七の四）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 15"),
        .init("P16", "Report: specified acquisition, exempt (form 11-2)", "事後報告：特定取得・免除（様式第十一の二）", "Act 55-5(1); Ord. 6-2; Ord. 別表第三 row 16"),
    ]

    static let conditions: [RuleGlossary] = [
        .init(
            "B1", "No new appointment of the investor or its related persons as director or statutory auditor (取締役・監査役)",
            "自ら又はその関係者が取締役又は監査役に新たに就任しない", "Act 27-2(1) 2nd sentence; Ord. 3-2(7)(i)"),
        .init(
            "B2", "No proposal to the shareholders' meeting to transfer or abolish the designated business (対象事業に係るもの)",
            "対象事業に係る事業の譲渡・廃止等を株主総会に提案しない", "Act 27-2(1) 2nd sentence; Ord. 3-2(7)(ii)"),
        .init(
            "B3", "No access to non-public technology information of the designated business", "対象事業に係る非公開の技術情報を取得しない",
            "Act 27-2(1) 2nd sentence; Ord. 3-2(7)(iii)"),
        .init(
            "C1", "Core route: no attendance at the board or key committees on the core business", "コア業種に関し取締役会等に出席しない",
            "Order 3-2(2)(iii)ロ; Ord. 3-2(7)(iv)"),
        .init(
            "C2", "Core route: no written proposals with a deadline on the core business", "コア業種に関し期限を付した書面提案をしない",
            "Order 3-2(2)(iii)ロ; Ord. 3-2(7)(iv)"),
        .init(
            "Q1", "Quasi-specified investors on the core route: no non-public information on the core business",
            "準特定外国投資家：コア業種に関する非公開情報を取得しない", "Ord. 3-2(4), 3-2(7)(v)"),
        .init(
            "Q2", "Quasi-specified investors on the core route: no staffing of, or soliciting personnel from, the issuer group",
            "準特定外国投資家：発行会社等で就労せず、役職員を勧誘しない", "Ord. 3-2(4), 3-2(7)(vi)"),
        .init(
            "X1", "No exemption for an issuer after a consent made without notification, early, falsely, or against an order",
            "届出をせずに同意を行った場合等の当該会社に係る免除の不適用", "Ord. 3-2(7)(vii)-(x), 4-3(2)(iv)-(vii)"),
    ]

    static let deadlines: [RuleGlossary] = [
        .init("D1", "A prior notification is filed within the six months before the act", "事前届出は行為の日前六月以内に行う", "Order 3(3), 4(3)"),
        .init(
            "D2", "Waiting period: no execution until 30 days counting the day of acceptance have passed",
            "待機期間：受理日から起算して三十日を経過する日までは実行不可", "Act 27(2), 28(2)"),
        .init("D3", "The ministers may shorten the waiting period", "待機期間の短縮", "Act 27(2) proviso"),
        .init("D4", "Extension of the waiting period to four months from acceptance", "四月までの延長", "Act 27(3); Civil Code Art. 143"),
        .init("D5", "Five months when the Council cannot give its opinion within four", "五月への延長", "Act 27(6); Civil Code Art. 143"),
        .init("D6", "An extended period may be shortened again", "延長された期間の短縮", "Act 27(4)"),
        .init("D7", "Recommendation to change or stop, only within the extended period", "内容の変更又は中止の勧告", "Act 27(5)"),
        .init(
            "D8", "Reply to a recommendation within 10 days counting the day of receipt", "勧告を受けた日から起算して十日以内に応諾の有無を通知",
            "Act 27(7); Holidays Act Art. 2"),
        .init("D9", "An accepted recommendation is carried out as recommended", "応諾した勧告に従った実行", "Act 27(8)-(9)"),
        .init("D10", "No reply or a refusal: an order to change or stop", "変更又は中止の命令", "Act 27(10)"),
        .init(
            "D11", "Post-investment and execution reports within 45 days of the act (first day not counted)",
            "事後報告・実行報告は行為の日から四十五日以内（初日不算入）", "Ord. 6-2, 7(1); Civil Code Art. 140"),
        .init(
            "D11b", "Change reports by the day 45 days counting the day of the change have passed", "変更報告は変更が生じた日から起算して四十五日を経過する日まで",
            "Ord. 7(4)"),
        .init("D12", "A report or reply deadline on an administrative holiday moves to the next working day", "期限が行政機関の休日に当たるときは翌開庁日", "Holidays Act Arts 1-2"),
        .init("D13", "Waiting periods do not move for holidays (they bar an act, they set no time limit for one)", "待機期間は休日により延長されない", "Act 27(2); Holidays Act Art. 2"),
        .init("D14", "Working days are days other than administrative holidays", "開庁日は行政機関の休日以外の日", "Holidays Act Art. 1"),
        .init(
            "D15", "Regime dates counted from promulgation (起算して…を経過した日)", "施行日の計算（公布の日から起算）",
            "Civil Code Art. 140"),
    ]

    static let regimes: [RuleGlossary] = [
        .init(
            "T2017", "Rules from 2017-10-01 (Act No. 38 of 2017): specified acquisitions added", "平成29年改正（特定取得の創設）",
            "Act 26(3), 28(1)"),
        .init(
            "T2020", "Rules from 2020-06-07 (Act No. 60 of 2019): 1% listed threshold, consents and exemption", "令和元年改正（1%基準・事前届出免除制度）",
            "Act 26(2)(iii), 27-2(1)"),
        .init(
            "T2025", "Rules from 2025-05-19 (Cabinet Order No. 172 of 2025): specified foreign investors, quasi-specified investors",
            "令和7年改正（特定外国投資家・準特定外国投資家）", "Order 3-2(1)(iv); Ord. 3-2(4)-(5)"),
    ]
}
