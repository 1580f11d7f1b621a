import ScreeningRules

extension IssuerListParser {
    /// The header row found: its line, its cells as text, and the field index of each recognised column.
    struct Header {
        var line: Int
        var names: [String]
        var columns: [Column: Int]
    }

    /// Walks the records of one file, decoding only the cells asked for.
    struct Reader {
        let body: UnsafeRawBufferPointer
        let decoder: TextDecoder
        var scanner = CSVScanner()
        var offset = 0
        /// Whether any non-blank record was seen (to tell an empty file from one without a header).
        var sawRecord = false

        init(body: UnsafeRawBufferPointer, decoder: TextDecoder) {
            self.body = body
            self.decoder = decoder
        }

        /// Finds the header among the first rows, trying commas and then tabs as the separator.
        mutating func findHeader() throws(IssuerListError) -> Header? {
            for delimiter in [UInt8(ascii: ","), UInt8(ascii: "\t")] {
                scanner = CSVScanner(delimiter: delimiter)
                offset = 0
                var rows = 0
                while rows < IssuerListParser.headerSearchRows, try nextRecord() {
                    if isBlank { continue }
                    sawRecord = true
                    rows += 1
                    var names: [String] = []
                    var columns: [Column: Int] = [:]
                    for index in scanner.fields.indices {
                        let name = try text(index, column: nil) ?? ""
                        names.append(name)
                        guard let column = IssuerListParser.matcher.column(for: name) else { continue }
                        if let first = columns[column] {
                            throw IssuerListError(
                                .duplicateColumn(firstColumn: first + 1), line: scanner.recordLine, column: index + 1,
                                columnName: name)
                        }
                        columns[column] = index
                    }
                    if columns[.securitiesCode] != nil && columns[.category] != nil {
                        return Header(line: scanner.recordLine, names: names, columns: columns)
                    }
                }
            }
            return nil
        }

        /// The line of the next record that is not blank, or `nil` at the end.
        mutating func nextDataRecord() throws(IssuerListError) -> Int? {
            while try nextRecord() {
                if !isBlank { return scanner.recordLine }
            }
            return nil
        }

        /// The issuer on the current record.
        func issuer(header: Header, line: Int) throws(IssuerListError) -> Issuer {
            func required(_ column: Column) throws(IssuerListError) -> String {
                guard let index = header.columns[column], let value = try text(index, column: column, header) else {
                    throw error(.missingField, header, column, line, nil)
                }
                return value
            }
            func optional(_ column: Column) throws(IssuerListError) -> String? {
                guard let index = header.columns[column] else { return nil }
                return try text(index, column: column, header)
            }

            let code = IssuerListParser.halfWidthUpper(try required(.securitiesCode))
            guard SecuritiesCodeKey.code(code) != 0 else {
                throw error(.invalidCode, header, .securitiesCode, line, code)
            }
            let categoryText = try required(.category)
            guard var tier = IssuerListParser.tier(category: categoryText) else {
                throw error(.invalidCategory, header, .category, line, categoryText)
            }
            if let mark = try optional(.specifiedCore),
                !IssuerListParser.blankMarks.contains(IssuerListParser.halfWidthUpper(mark).lowercased())
            {
                guard tier == .core else { throw error(.specifiedCoreWithoutCore, header, .specifiedCore, line, mark) }
                tier = .coreSpecified
            }
            var isin: String?
            if let text = try optional(.isin), !text.isEmpty {
                let value = IssuerListParser.halfWidthUpper(text)
                guard ISIN.isValid(value) else { throw error(.invalidISIN, header, .isin, line, text) }
                isin = value
            }
            var names: [String] = []
            for column in [Column.name, .nameEn] {
                let value = IssuerListParser.singleLine(try optional(column) ?? "")
                if value.unicodeScalars.contains(where: MessageText.isControl) {
                    throw error(.controlCharacterInName, header, column, line, value)
                }
                if value.count > IssuerListParser.maximumNameLength {
                    throw error(.nameTooLong, header, column, line, value)
                }
                names.append(value)
            }
            let (name, nameEn) = (names[0], names[1])
            return Issuer(securitiesCode: code, isin: isin, name: name, nameEn: nameEn, tier: tier, sourceLine: line)
        }

        /// An error at `column` of the current record.
        func error(
            _ reason: IssuerListError.Reason, _ header: Header, _ column: Column, _ line: Int, _ value: String?
        ) -> IssuerListError {
            let index = header.columns[column]
            return IssuerListError(
                reason, line: line, column: index.map { $0 + 1 }, columnName: index.map { header.names[$0] },
                value: value)
        }

        // MARK: Records and cells

        private mutating func nextRecord() throws(IssuerListError) -> Bool {
            do {
                return try scanner.next(body, offset: &offset, isFinal: true) == .record
            } catch {
                throw IssuerListError(.csv(error), line: error.line)
            }
        }

        private var isBlank: Bool {
            scanner.fields.allSatisfy { field in field.trimmed(in: body).isEmpty }
        }

        /// The trimmed text of field `index` of the current record, or `nil` when the record is shorter.
        private func text(_ index: Int, column: Column?, _ header: Header? = nil) throws(IssuerListError) -> String? {
            guard index < scanner.fields.count else { return nil }
            let field = scanner.fields[index]
            let decoded: String
            do {
                if field.hasDoubledQuotes {
                    decoded = try decoder.decode(field.unescaped(in: body))
                } else {
                    decoded = try decoder.decode(UnsafeRawBufferPointer(rebasing: body[field.start..<field.end]))
                }
            } catch {
                throw IssuerListError(
                    .encoding(error), line: scanner.recordLine, column: index + 1,
                    columnName: header.map { $0.names[index] })
            }
            return IssuerListParser.trimmed(decoded)
        }
    }

    /// The tier a category cell gives: `1|2|3`, `①|②|③`, full-width digits too.
    static func tier(category: String) -> TargetTier? {
        switch halfWidthUpper(category) {
        case "1", "①": .nonDesignated
        case "2", "②": .designated
        case "3", "③": .core
        default: nil
        }
    }

    /// `text` with full-width ASCII made half-width and ASCII letters made capitals.
    static func halfWidthUpper(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            var value = scalar.value
            if value >= 0xFF01 && value <= 0xFF5E { value -= 0xFEE0 }
            if value >= 0x61 && value <= 0x7A { value -= 0x20 }
            if let normal = Unicode.Scalar(value) { scalars.append(normal) }
        }
        return String(scalars)
    }

    /// `text` with each run of line breaks and tabs (an Excel cell's wrapped lines) as one space.
    static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\t" }) else { return text }
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\r" || scalar == "\t" {
                pendingSpace = true
                continue
            }
            if pendingSpace && !(result.last.map { $0 == " " } ?? true) { result.append(" ") }
            pendingSpace = false
            result.append(scalar)
        }
        return String(result)
    }

    /// `text` without white space (including U+3000 and line breaks) at either end.
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
