import ScreeningRules

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Streams a holdings CSV in fixed-size chunks and sums each issuer's rows exactly, in constant memory.
///
/// The hot path makes no `String` and allocates nothing per row: fields are byte ranges of the chunk
/// (``CSVScanner``), securities codes are packed into integers and looked up in an open-addressing table
/// (``IssuerIndex``), and percentages are parsed with ``Percent/init(parsing:)-(UnsafeRawBufferPointer)`` into
/// exact fixed-point sums (10⁻¹⁰ %), one slot per issuer on the list. Memory is the chunk, the per-issuer sums
/// and at most ``rejectionLimit`` rejection messages, whatever the size of the file.
///
/// Rows are checked one by one: an unknown or malformed securities code, a holding that is not an exact
/// percentage between 0 and 100, or a holding after below the holding before rejects the row (with its line).
/// An issuer with a rejected row is not screened (its sum would be understated), and neither is an issuer whose
/// rows add up to more than 100 %.
package struct HoldingsReader {
    /// The size of the read buffer, and so the longest record accepted.
    package static let defaultChunkSize = 1 << 20
    /// The rejections kept with their messages; later ones are only counted.
    package static let rejectionLimit = 1_000

    /// The issuer list rows are matched against.
    package let index: IssuerIndex
    /// The read buffer size.
    package let chunkSize: Int

    /// A reader.
    ///
    /// - Parameters:
    ///   - index: the issuer list.
    ///   - chunkSize: the read buffer size (at least 16 bytes).
    package init(index: IssuerIndex, chunkSize: Int = HoldingsReader.defaultChunkSize) {
        self.index = index
        self.chunkSize = max(16, chunkSize)
    }

    /// Reads the whole file from `source`.
    ///
    /// - Parameters:
    ///   - source: fills the buffer it is given and returns the number of bytes written, 0 at the end of the input.
    ///   - progress: called after each chunk with the number of bytes read so far.
    /// - Returns: the positions and rejections.
    /// - Throws: ``HoldingsError`` when the file as a whole cannot be read (no header, broken quoting, a read error).
    package func read(
        _ source: (UnsafeMutableRawBufferPointer) throws(HoldingsError) -> Int,
        progress: ((Int) -> Void)? = nil
    ) throws(HoldingsError) -> HoldingsAggregate {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var filled = 0
        var offset = 0
        var bytesRead = 0
        var isFinal = false
        var atStart = true
        var scanner = CSVScanner()
        var sums: RowSums?

        reading: while true {
            if !isFinal && filled < chunkSize {
                let count = try source(UnsafeMutableRawBufferPointer(rebasing: buffer[filled...]))
                if count == 0 { isFinal = true }
                filled += count
                bytesRead += count
                progress?(bytesRead)
            }
            let view = UnsafeRawBufferPointer(buffer)[0..<filled]
            let chunk = UnsafeRawBufferPointer(rebasing: view)
            if atStart {
                // The separator is decided by the whole first line: wait for its end (or a full buffer, or the end of
                // the input), however the source splits its reads (a pipe may deliver the header in pieces).
                guard isFinal || filled == chunkSize || chunk.contains(where: { $0 == 0x0A || $0 == 0x0D }) else {
                    continue
                }
                if filled >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF { offset = 3 }
                scanner.delimiter = HoldingsReader.delimiter(of: chunk, from: offset)
                atStart = false
            }
            scanning: while true {
                let result: CSVScanResult
                do {
                    result = try scanner.next(chunk, offset: &offset, isFinal: isFinal)
                } catch {
                    throw .csv(error)
                }
                switch result {
                case .endOfInput: break reading
                case .needMoreData: break scanning
                case .record:
                    if sums == nil {
                        if scanner.isBlankLine { continue }
                        let columns = try HoldingsReader.columns(scanner, chunk)
                        if columns.code == nil && !index.list.hasISINs { throw .listHasNoISINs }
                        sums = RowSums(columns: columns, issuers: index.list.issuers.count)
                    } else {
                        sums?.add(scanner, chunk, index)
                    }
                }
            }
            if offset == 0 && filled == chunkSize {
                throw .recordTooLong(line: scanner.nextLine, limit: chunkSize)
            }
            if offset > 0, let base = buffer.baseAddress {
                memmove(base, base + offset, filled - offset)
                filled -= offset
                offset = 0
            }
        }
        guard let sums else { throw .empty }
        return sums.aggregate(index)
    }

    /// The separator: a tab when the first line (up to its CR or LF) has tabs and no commas, otherwise a comma.
    static func delimiter(of chunk: UnsafeRawBufferPointer, from start: Int) -> UInt8 {
        var commas = 0
        var tabs = 0
        var index = start
        while index < chunk.count && chunk[index] != UInt8(ascii: "\n") && chunk[index] != UInt8(ascii: "\r") {
            if chunk[index] == UInt8(ascii: ",") { commas += 1 }
            if chunk[index] == UInt8(ascii: "\t") { tabs += 1 }
            index += 1
        }
        return tabs > 0 && commas == 0 ? UInt8(ascii: "\t") : UInt8(ascii: ",")
    }

    /// The columns of the header record, decoded as UTF-8 or, failing that, Shift_JIS.
    static func columns(_ scanner: CSVScanner, _ chunk: UnsafeRawBufferPointer) throws(HoldingsError)
        -> HoldingsColumns
    {
        var names: [String] = []
        for field in scanner.fields {
            let bytes = field.unescaped(in: chunk)
            let encoding: TextEncoding = bytes.withUnsafeBytes { UTF8Validation.isValid($0) } ? .utf8 : .shiftJIS
            do {
                names.append(IssuerListParser.trimmed(try TextDecoder(encoding: encoding).decode(bytes)))
            } catch {
                throw .headerEncoding(error, line: scanner.recordLine)
            }
        }
        return try HoldingsColumns(names: names, line: scanner.recordLine)
    }
}
