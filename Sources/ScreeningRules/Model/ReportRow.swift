/// A row of the post-investment report table, Ord. 別表第三 (fefta-rules.md §7.1 P1-P16), with its form.
public enum ReportRow: String, Sendable, Hashable, CaseIterable {
    /// Row 1: unlisted shares, non-designated (form 11).
    case p1 = "P1"
    /// Row 2: unlisted shares, exempt, designated non-core (form 11-2).
    case p2 = "P2"
    /// Row 3: listed acts, <1% to [1%, 3%), once per issuer (form 11-2).
    case p3 = "P3"
    /// Row 4: listed acts, <3% to [3%, 10%), once per issuer (form 11-2).
    case p4 = "P4"
    /// Row 5: listed acts ending at 10% or more, non-designated (form 11).
    case p5 = "P5"
    /// Row 6: listed acts or joint-voting consent ending at 10% or more, designated (form 11-2).
    case p6 = "P6"
    /// Row 7: 特定国有企業等 crossing its 特定割合 below 10% (MOF-designated form).
    case p7 = "P7"
    /// Row 8: special-law investment securities, non-designated (form 11).
    case p8 = "P8"
    /// Row 9: transfer by an ex-resident individual, non-designated (form 12).
    case p9 = "P9"
    /// Row 10: loans, non-designated (form 16).
    case p10 = "P10"
    /// Row 11: business succession, non-designated (form 16-2).
    case p11 = "P11"
    /// Row 12: bonds, non-designated (form 17).
    case p12 = "P12"
    /// Row 13: proxy acceptance, non-designated (form 17-2).
    case p13 = "P13"
    /// Row 14: proxy delegation, non-designated (form 17-3).
    case p14 = "P14"
    /// Row 15: joint-voting consent, non-designated (form 17-4).
    case p15 = "P15"
    /// Row 16: specified acquisition, exempt, SA-designated non-core (form 11-2).
    case p16 = "P16"

    /// The row number in 別表第三 (一…十六).
    public var tableRow: Int {
        switch self {
        case .p1: 1
        case .p2: 2
        case .p3: 3
        case .p4: 4
        case .p5: 5
        case .p6: 6
        case .p7: 7
        case .p8: 8
        case .p9: 9
        case .p10: 10
        case .p11: 11
        case .p12: 12
        case .p13: 13
        case .p14: 14
        case .p15: 15
        case .p16: 16
        }
    }

    /// The form of the row's 第四欄: "11", "11-2", … ("MOF-designated" for row 7, 「財務大臣が指定する様式」).
    public var form: String {
        switch self {
        case .p1, .p5, .p8: "11"
        case .p2, .p3, .p4, .p6, .p16: "11-2"
        case .p7: "MOF-designated"
        case .p9: "12"
        case .p10: "16"
        case .p11: "16-2"
        case .p12: "17"
        case .p13: "17-2"
        case .p14: "17-3"
        case .p15: "17-4"
        }
    }

    /// The citation of the row.
    public var citation: String { "Ord. 6-2; Ord. 別表第三 row \(tableRow)" }
}
