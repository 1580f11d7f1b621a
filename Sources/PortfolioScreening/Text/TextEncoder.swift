#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Encodes output text (a CSV for Excel) in a ``TextEncoding``: UTF-8, UTF-8 with the byte order mark Excel looks
/// for, or Shift_JIS (CP932) through the C library's `iconv`, the converter ``TextDecoder`` uses.
package enum TextEncoder {
    /// Encoded text, and how many characters Shift_JIS could not represent (each written as `?`).
    package struct Encoded: Sendable, Hashable {
        /// The bytes, with the byte order mark for ``TextEncoding/utf8WithBOM``.
        package var bytes: [UInt8]
        /// The characters written as `?` because CP932 has no code for them (always 0 for UTF-8).
        package var unrepresentable: Int
    }

    /// `text` in `encoding`.
    ///
    /// - Throws: ``TextDecodingError/converterUnavailable`` when the C library has no CP932 converter.
    package static func encode(_ text: String, as encoding: TextEncoding) throws(TextDecodingError) -> Encoded {
        switch encoding {
        case .utf8: return Encoded(bytes: Array(text.utf8), unrepresentable: 0)
        case .utf8WithBOM: return Encoded(bytes: TextEncoding.byteOrderMark + Array(text.utf8), unrepresentable: 0)
        case .shiftJIS: return try shiftJIS(text)
        }
    }

    /// CP932 bytes of `text`; a character CP932 lacks becomes `?` and is counted.
    private static func shiftJIS(_ text: String) throws(TextDecodingError) -> Encoded {
        let handle = iconv_open("CP932", "UTF-8")
        guard let handle, Int(bitPattern: handle) != -1 else { throw .converterUnavailable }
        defer { iconv_close(handle) }
        var source = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(source.count)
        var unrepresentable = 0
        var output = [UInt8](repeating: 0, count: 64 * 1024)
        source.withUnsafeMutableBytes { input in
            guard let base = input.baseAddress else { return }
            var next: UnsafeMutablePointer<CChar>? = base.assumingMemoryBound(to: CChar.self)
            var left = input.count
            while left > 0 {
                let (result, written) = output.withUnsafeMutableBytes { buffer in
                    var out: UnsafeMutablePointer<CChar>? = buffer.baseAddress?.assumingMemoryBound(to: CChar.self)
                    var room = buffer.count
                    let result = iconv(handle, &next, &left, &out, &room)
                    return (result, buffer.count - room)
                }
                bytes += output[0..<written]
                guard result == -1 else { continue }
                if errno == E2BIG { continue }
                // EILSEQ (a character CP932 lacks) or EINVAL (cannot happen: the input is whole UTF-8): skip one
                // character and write `?` in its place.
                let lead = next.map { UInt8(bitPattern: $0.pointee) } ?? 0
                let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                let skipped = min(length, left)
                next = next.map { $0 + skipped }
                left -= skipped
                bytes.append(UInt8(ascii: "?"))
                unrepresentable += 1
            }
        }
        return Encoded(bytes: bytes, unrepresentable: unrepresentable)
    }
}
