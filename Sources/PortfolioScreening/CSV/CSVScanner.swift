/// Splits CSV text (RFC 4180, as Excel writes it) into records of fields, as byte ranges of the buffer it is given.
///
/// The scanner never copies or decodes: a field is a ``CSVField`` range, so a caller converts only the cells it
/// needs. It works on UTF-8 and on Shift_JIS alike, because CP932 trail bytes (0x40-0xFC) are never a comma,
/// quote, CR or LF. Records end at LF, CRLF or a lone CR; quoted fields may hold delimiters, line breaks and
/// doubled quotes. It resumes across chunks: when a record is cut by the end of the buffer and more input may
/// follow, ``next(_:offset:isFinal:)`` returns ``CSVScanResult/needMoreData`` without consuming it, and the caller
/// moves the unconsumed tail to the front of its buffer, refills it and calls again.
package struct CSVScanner {
    /// The field separator (a comma, or a tab for tab-separated files).
    package var delimiter: UInt8
    /// The fields of the record last returned.
    package private(set) var fields: [CSVField] = []
    /// The line (1-based) on which the record last returned starts.
    package private(set) var recordLine = 0
    /// The line on which the next record starts.
    package private(set) var nextLine = 1

    /// A scanner.
    ///
    /// - Parameter delimiter: the field separator.
    package init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
        fields.reserveCapacity(16)
    }

    /// Scans the record that starts at `offset`.
    ///
    /// - Parameters:
    ///   - buffer: the bytes held; record boundaries need not align with its end.
    ///   - offset: where the next record starts; advanced past the record and its line break on success.
    ///   - isFinal: whether the buffer ends the input (so a record without a line break ends there).
    /// - Returns: ``CSVScanResult/record`` with ``fields`` and ``recordLine`` set, or whether more data is needed
    ///   or the input has ended.
    /// - Throws: ``CSVError`` for an unterminated quote or text after a closing quote.
    package mutating func next(
        _ buffer: UnsafeRawBufferPointer, offset: inout Int, isFinal: Bool
    ) throws(CSVError) -> CSVScanResult {
        let count = buffer.count
        var index = offset
        guard index < count else { return isFinal ? .endOfInput : .needMoreData }
        fields.removeAll(keepingCapacity: true)
        let quote = UInt8(ascii: "\"")
        let lineFeed = UInt8(ascii: "\n")
        let carriageReturn = UInt8(ascii: "\r")
        let delimiter = self.delimiter
        var lineBreaks = 0
        while true {
            if index < count && buffer[index] == quote {
                let start = index + 1
                let quoteLine = nextLine + lineBreaks
                var cursor = start
                var doubled = false
                while true {
                    guard cursor < count else {
                        if isFinal { throw .unterminatedQuote(line: quoteLine, column: fields.count + 1) }
                        return .needMoreData
                    }
                    let byte = buffer[cursor]
                    if byte == quote {
                        if cursor + 1 >= count && !isFinal { return .needMoreData }
                        if cursor + 1 < count && buffer[cursor + 1] == quote {
                            doubled = true
                            cursor += 2
                            continue
                        }
                        break
                    }
                    if byte == lineFeed { lineBreaks += 1 }
                    cursor += 1
                }
                fields.append(CSVField(start: start, end: cursor, isQuoted: true, hasDoubledQuotes: doubled))
                index = cursor + 1
                guard index < count else { return isFinal ? finish(at: count, &offset, lineBreaks) : .needMoreData }
                let byte = buffer[index]
                if byte == delimiter {
                    index += 1
                    continue
                }
                guard byte == lineFeed || byte == carriageReturn else {
                    throw .textAfterClosingQuote(line: nextLine + lineBreaks, column: fields.count)
                }
            } else {
                let start = index
                while index < count {
                    let byte = buffer[index]
                    if byte == delimiter || byte == lineFeed || byte == carriageReturn { break }
                    index += 1
                }
                guard index < count else {
                    guard isFinal else { return .needMoreData }
                    fields.append(CSVField(start: start, end: count, isQuoted: false, hasDoubledQuotes: false))
                    return finish(at: count, &offset, lineBreaks)
                }
                fields.append(CSVField(start: start, end: index, isQuoted: false, hasDoubledQuotes: false))
                if buffer[index] == delimiter {
                    index += 1
                    continue
                }
            }
            // A line break ends the record: LF, CRLF or a lone CR.
            if buffer[index] == carriageReturn {
                if index + 1 < count {
                    index += buffer[index + 1] == lineFeed ? 2 : 1
                } else {
                    guard isFinal else { return .needMoreData }
                    index += 1
                }
            } else {
                index += 1
            }
            return finish(at: index, &offset, lineBreaks + 1)
        }
    }

    private mutating func finish(at end: Int, _ offset: inout Int, _ lineBreaks: Int) -> CSVScanResult {
        recordLine = nextLine
        nextLine += lineBreaks
        offset = end
        return .record
    }

    /// Whether the record last returned is blank: one empty, unquoted field (an empty line).
    package var isBlankLine: Bool {
        fields.count == 1 && !fields[0].isQuoted && fields[0].start == fields[0].end
    }
}

/// One field of a record: a range of the scanned buffer, inside the quotes for a quoted field.
package struct CSVField: Sendable, Hashable {
    /// The offset of the first byte of the value.
    package var start: Int
    /// The offset after the last byte of the value.
    package var end: Int
    /// Whether the field was quoted.
    package var isQuoted: Bool
    /// Whether the value holds doubled quotes (`""`) that stand for one quote each.
    package var hasDoubledQuotes: Bool

    /// The number of bytes in the range.
    package var count: Int { end - start }

    /// The value's bytes as they appear (doubled quotes still doubled), with ASCII spaces and tabs trimmed.
    package func trimmed(in buffer: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        var low = start
        var high = end
        while low < high && (buffer[low] == 0x20 || buffer[low] == 0x09) { low += 1 }
        while high > low && (buffer[high - 1] == 0x20 || buffer[high - 1] == 0x09) { high -= 1 }
        return UnsafeRawBufferPointer(rebasing: buffer[low..<high])
    }

    /// The value's bytes with doubled quotes undone.
    package func unescaped(in buffer: UnsafeRawBufferPointer) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        var index = start
        while index < end {
            bytes.append(buffer[index])
            index += hasDoubledQuotes && buffer[index] == UInt8(ascii: "\"") ? 2 : 1
        }
        return bytes
    }
}

/// What ``CSVScanner/next(_:offset:isFinal:)`` found.
package enum CSVScanResult: Sendable, Hashable {
    /// A complete record.
    case record
    /// The record continues beyond the buffer; refill and call again.
    case needMoreData
    /// No more records.
    case endOfInput
}

/// A CSV text that breaks the quoting rules.
package enum CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// A quoted field is not closed before the end of the input.
    case unterminatedQuote(line: Int, column: Int)
    /// A closing quote is followed by something other than a delimiter or a line break.
    case textAfterClosingQuote(line: Int, column: Int)

    /// The line the error is on.
    package var line: Int {
        switch self {
        case .unterminatedQuote(let line, _), .textAfterClosingQuote(let line, _): line
        }
    }

    /// One line for the user.
    package var description: String {
        switch self {
        case .unterminatedQuote(let line, let column):
            "line \(line), column \(column): a quoted field is never closed (a \" is missing)"
        case .textAfterClosingQuote(let line, let column):
            "line \(line), column \(column): text follows a closing quote; write a quote inside a quoted field as \"\""
        }
    }
}
