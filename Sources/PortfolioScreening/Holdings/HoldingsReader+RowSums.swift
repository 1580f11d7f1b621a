import ScreeningRules

extension HoldingsReader {
    /// The running sums, one slot per issuer on the list, and the rejections so far.
    struct RowSums {
        let columns: HoldingsColumns
        let requiredFields: Int
        /// Sums in units of 10⁻¹⁰ %; any sum above 100 % is held as `ceiling` (exact up to 100 %).
        var before: [Int64]
        var after: [Int64]
        var rows: [Int32]
        var firstLine: [Int32]
        /// The first rejection of a row naming each issuer, by issuer.
        var tainted: [Int32: HoldingsRejection] = [:]
        var rowsRead = 0
        var rejectedCount = 0
        var rejections: [HoldingsRejection] = []

        static let ceiling = Percent.hundred.units + 1

        init(columns: HoldingsColumns, issuers: Int) {
            self.columns = columns
            requiredFields = columns.requiredFieldCount
            before = [Int64](repeating: 0, count: issuers)
            after = [Int64](repeating: 0, count: issuers)
            rows = [Int32](repeating: 0, count: issuers)
            firstLine = [Int32](repeating: 0, count: issuers)
        }

        /// Adds the scanner's current record.
        mutating func add(_ scanner: CSVScanner, _ chunk: UnsafeRawBufferPointer, _ index: IssuerIndex) {
            let fields = scanner.fields
            if fields.count == 1 && fields[0].start == fields[0].end && !fields[0].isQuoted { return }
            rowsRead += 1
            let line = scanner.recordLine
            // The issuer first, as far as the row goes, so that a row ending early marks its issuer not screened
            // (as a blank holding does) instead of vanishing with it.
            var issuer: Int32 = -1
            var named = false
            if let column = columns.code, column < fields.count {
                let code = fields[column].trimmed(in: chunk)
                if !code.isEmpty {
                    named = true
                    let key = SecuritiesCodeKey.code(code)
                    guard key != 0 else { return reject(line, column, text(code), .invalidCode) }
                    issuer = index.issuer(codeKey: key)
                    guard issuer >= 0 else { return reject(line, column, text(code), .unknownCode) }
                }
            }
            if !named, let column = columns.isin, column < fields.count {
                let isin = fields[column].trimmed(in: chunk)
                if !isin.isEmpty {
                    named = true
                    let key = SecuritiesCodeKey.isin(isin)
                    guard key != 0 else { return reject(line, column, text(isin), .invalidISIN) }
                    issuer = index.issuer(isinKey: key)
                    guard issuer >= 0 else { return reject(line, column, text(isin), .unknownISIN) }
                }
            }
            guard fields.count >= requiredFields else {
                let missing = [columns.before, columns.after].filter { $0 >= fields.count }.min() ?? fields.count
                return reject(line, missing, "", .missingField, issuer)
            }
            guard named else { return reject(line, columns.code ?? columns.isin ?? 0, "", .missingIssuer) }

            guard let held = holding(fields[columns.before], chunk, line, columns.before, issuer),
                let acquired = holding(fields[columns.after], chunk, line, columns.after, issuer)
            else { return }
            guard held.units <= acquired.units else {
                let problem = HoldingsRejection.Problem.beforeAboveAfter(before: held, after: acquired)
                return reject(line, columns.after, acquired.description, problem, issuer)
            }
            let slot = Int(issuer)
            before[slot] = min(before[slot] &+ held.units, RowSums.ceiling)
            after[slot] = min(after[slot] &+ acquired.units, RowSums.ceiling)
            if rows[slot] == 0 { firstLine[slot] = Int32(clamping: line) }
            rows[slot] &+= 1
        }

        /// The holding in one field, or `nil` after rejecting the row.
        private mutating func holding(
            _ field: CSVField, _ chunk: UnsafeRawBufferPointer, _ line: Int, _ column: Int, _ issuer: Int32
        ) -> Percent? {
            let bytes = field.trimmed(in: chunk)
            let value: Percent
            do {
                value = try Percent(parsing: bytes)
            } catch {
                reject(line, column, text(bytes), .invalidPercent(error.reason), issuer)
                return nil
            }
            guard value <= .hundred else {
                reject(line, column, text(bytes), .invalidPercent(.aboveHundred), issuer)
                return nil
            }
            return value
        }

        private mutating func reject(
            _ line: Int, _ column: Int, _ value: String, _ problem: HoldingsRejection.Problem, _ issuer: Int32 = -1
        ) {
            rejectedCount += 1
            let needed = rejections.count < HoldingsReader.rejectionLimit || (issuer >= 0 && tainted[issuer] == nil)
            guard needed else { return }
            let rejection = HoldingsRejection(line: line, column: columns.name(column), value: value, problem: problem)
            if rejections.count < HoldingsReader.rejectionLimit { rejections.append(rejection) }
            if issuer >= 0 && tainted[issuer] == nil { tainted[issuer] = rejection }
        }

        private func text(_ bytes: UnsafeRawBufferPointer) -> String {
            String(decoding: bytes, as: UTF8.self)
        }

        /// The positions, in list order, with issuers above 100 % rejected.
        func aggregate(_ index: IssuerIndex) -> HoldingsAggregate {
            var result = HoldingsAggregate(columns: columns)
            result.rowsRead = rowsRead
            result.rejectedCount = rejectedCount
            result.rejections = rejections
            for slot in rows.indices where rows[slot] > 0 || tainted[Int32(slot)] != nil {
                var position = IssuerPosition(
                    issuerIndex: slot, before: Percent(units: min(before[slot], Percent.hundred.units)),
                    after: Percent(units: min(after[slot], Percent.hundred.units)), rows: Int(rows[slot]),
                    firstLine: Int(firstLine[slot]), unscreenedBecause: tainted[Int32(slot)])
                let aboveHundred = before[slot] >= RowSums.ceiling || after[slot] >= RowSums.ceiling
                if position.unscreenedBecause == nil && aboveHundred {
                    let code = index.list.issuers[slot].securitiesCode
                    let column = after[slot] >= RowSums.ceiling ? columns.after : columns.before
                    let rejection = HoldingsRejection(
                        line: position.firstLine, column: columns.name(column), value: "",
                        problem: .aggregateAboveHundred(securitiesCode: code, rows: position.rows))
                    position.unscreenedBecause = rejection
                    result.rejectedCount += 1
                    if result.rejections.count < HoldingsReader.rejectionLimit { result.rejections.append(rejection) }
                }
                result.positions.append(position)
            }
            result.rejections.sort { $0.line < $1.line }
            return result
        }
    }
}
