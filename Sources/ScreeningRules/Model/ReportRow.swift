/// A row of the post-investment report table, Ord. 別表第三 (fefta-rules.md §7.1 P1-P16), with its form.
public enum ReportRow: String, Sendable, Hashable, CaseIterable {
    case p1 = "P1", p2 = "P2", p3 = "P3", p4 = "P4", p5 = "P5", p6 = "P6", p7 = "P7", p8 = "P8"
    case p9 = "P9", p10 = "P10", p11 = "P11", p12 = "P12", p13 = "P13", p14 = "P14", p15 = "P15", p16 = "P16"

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
