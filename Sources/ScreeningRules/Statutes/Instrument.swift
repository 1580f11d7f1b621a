/// An instrument a ``Citation`` names: the Act, the Cabinet Order, the Ordinance, the Civil Code, the Act on
/// Holidays of Administrative Organs, or the supplementary provisions (附則) of an amending instrument.
public enum Instrument: Sendable, Hashable {
    /// 外国為替及び外国貿易法 (FEFTA), e-Gov law id 324AC0000000228: notation `Act`.
    case act
    /// 対内直接投資等に関する政令, e-Gov law id 355CO0000000261: notation `Order`.
    case order
    /// 対内直接投資等に関する命令, e-Gov law id 355M50007FC2001: notation `Ord.`.
    case ordinance
    /// 民法, e-Gov law id 129AC0000000089: notation `Civil Code` (articles as `Art. N`).
    case civilCode
    /// 行政機関の休日に関する法律, e-Gov law id 363AC0000000091: notation `Holidays Act` (articles as `Art. N`).
    case holidaysAct
    /// The supplementary provisions (附則) that an amending instrument added to `host`:
    /// `Act Suppl. (Act No. 60 of 2019)`.
    case supplementary(host: Host, amendment: Amendment)

    /// An instrument that carries supplementary provisions.
    public enum Host: String, Sendable, Hashable, CaseIterable {
        /// The Act.
        case act = "Act"
        /// The Cabinet Order.
        case order = "Order"
        /// The Ordinance.
        case ordinance = "Ord."
    }

    /// An amending instrument, named by kind, number and year: `Act No. 60 of 2019`.
    public struct Amendment: Sendable, Hashable {
        /// The kind of instrument.
        public var kind: Kind
        /// Its number in its year.
        public var number: Int
        /// The calendar year of its promulgation.
        public var year: Int

        /// An amending instrument.
        public init(kind: Kind, number: Int, year: Int) {
            self.kind = kind
            self.number = number
            self.year = year
        }

        /// The kinds of amending instrument.
        public enum Kind: String, Sendable, Hashable, CaseIterable {
            /// 法律.
            case act = "Act"
            /// 政令.
            case cabinetOrder = "Cabinet Order"
            /// 府省令 (the Ordinance's amending ordinances).
            case ordinance = "Ordinance"
        }

        /// The notation: `Act No. 60 of 2019`.
        public var notation: String { "\(kind.rawValue) No. \(number) of \(year)" }
    }

    /// The instrument's notation in a citation: `Act`, `Order`, `Ord.`, `Civil Code`, `Holidays Act` or
    /// `Act Suppl. (Act No. 60 of 2019)`.
    public var notation: String {
        switch self {
        case .act: "Act"
        case .order: "Order"
        case .ordinance: "Ord."
        case .civilCode: "Civil Code"
        case .holidaysAct: "Holidays Act"
        case .supplementary(let host, let amendment): "\(host.rawValue) Suppl. (\(amendment.notation))"
        }
    }

    /// Whether articles are written `Art. N` / `Arts N-M` (the Civil Code and the Holidays Act).
    public var usesArticleWord: Bool { self == .civilCode || self == .holidaysAct }

    /// The instruments without supplementary provisions, longest notation first (for parsing).
    static let plain: [Instrument] = [.holidaysAct, .civilCode, .order, .ordinance, .act]
}
