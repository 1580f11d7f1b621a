package import ScreeningRules

/// What reading a holdings file produced: each issuer's aggregated holding, and the rows rejected.
package struct HoldingsAggregate: Sendable {
    /// The header row's columns.
    package var columns: HoldingsColumns
    /// Data rows read (accepted and rejected; blank lines not counted).
    package var rowsRead = 0
    /// Rows rejected.
    package var rejectedCount = 0
    /// The first ``HoldingsReader/rejectionLimit`` rejections, in line order.
    package var rejections: [HoldingsRejection] = []
    /// One position per issuer that has rows, in the order of the issuer list.
    package var positions: [IssuerPosition] = []

    /// Whether any row was rejected.
    package var isClean: Bool { rejectedCount == 0 }
}

/// One issuer's holdings, summed exactly over its rows (the investor group's aggregate, as FEFTA requires).
package struct IssuerPosition: Sendable, Hashable {
    /// The issuer's position in the issuer list.
    package var issuerIndex: Int
    /// The sum of `holding_before`.
    package var before: Percent
    /// The sum of `holding_after`.
    package var after: Percent
    /// The rows accepted.
    package var rows: Int
    /// The first line naming the issuer.
    package var firstLine: Int
    /// Why the issuer cannot be screened, when one of its rows was rejected or its rows exceed 100 %.
    package var unscreenedBecause: HoldingsRejection?

    /// A position.
    package init(
        issuerIndex: Int, before: Percent, after: Percent, rows: Int, firstLine: Int,
        unscreenedBecause: HoldingsRejection? = nil
    ) {
        self.issuerIndex = issuerIndex
        self.before = before
        self.after = after
        self.rows = rows
        self.firstLine = firstLine
        self.unscreenedBecause = unscreenedBecause
    }
}
