#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Decodes cells of a file in a detected ``TextEncoding`` to strings.
///
/// Shift_JIS goes through the C library's `iconv` with the `CP932` converter (glibc ships it as a gconv module;
/// it maps exactly as Windows does, including NEC and IBM extensions such as ① and ⅰ, and keeps 0x5C as `\`).
/// Conversion is a pure function of the bytes; it reads no clock, environment or data files beyond the
/// converter itself. A decoder holds an `iconv` handle, so it is a class and is not `Sendable`: make one per file.
package final class TextDecoder {
    /// The encoding decoded.
    package let encoding: TextEncoding
    private let converter: iconv_t?

    /// A decoder for `encoding`.
    ///
    /// - Throws: ``TextDecodingError/converterUnavailable`` when the C library has no CP932 converter.
    package init(encoding: TextEncoding) throws(TextDecodingError) {
        self.encoding = encoding
        if encoding == .shiftJIS {
            let handle = iconv_open("UTF-8", "CP932")
            guard let handle, Int(bitPattern: handle) != -1 else { throw .converterUnavailable }
            converter = handle
        } else {
            converter = nil
        }
    }

    deinit {
        if let converter { iconv_close(converter) }
    }

    /// The text of `bytes`.
    ///
    /// - Parameter bytes: one cell (or line) of the file, without the byte order mark.
    /// - Returns: the decoded text.
    /// - Throws: ``TextDecodingError/invalidBytes(offset:bytes:encoding:)`` naming the offset of the first byte that
    ///   is not valid in the encoding.
    package func decode(_ bytes: UnsafeRawBufferPointer) throws(TextDecodingError) -> String {
        guard let converter else {
            if let offset = UTF8Validation.firstInvalidOffset(bytes) {
                throw .invalidBytes(offset: offset, bytes: TextDecoder.hex(bytes, from: offset), encoding: encoding)
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        if bytes.isEmpty { return "" }
        // Reset the converter's shift state (CP932 is stateless, but a failed call may leave partial input).
        _ = iconv(converter, nil, nil, nil, nil)
        var failure: Int?
        let capacity = bytes.count * 3 + 4  // one CP932 byte (half-width katakana) becomes at most 3 UTF-8 bytes
        let text = String(unsafeUninitializedCapacity: capacity) { output in
            guard let inputBase = bytes.baseAddress, let outputBase = output.baseAddress else { return 0 }
            var input: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: inputBase)
                .assumingMemoryBound(to: CChar.self)
            var inputLeft = bytes.count
            var out: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outputBase).assumingMemoryBound(
                to: CChar.self)
            var outputLeft = capacity
            let result = iconv(converter, &input, &inputLeft, &out, &outputLeft)
            if result == -1 || inputLeft != 0 {
                failure = bytes.count - inputLeft
                return 0
            }
            return capacity - outputLeft
        }
        if let offset = failure {
            throw .invalidBytes(offset: offset, bytes: TextDecoder.hex(bytes, from: offset), encoding: encoding)
        }
        return text
    }

    /// The text of a byte array (see ``decode(_:)-(UnsafeRawBufferPointer)``).
    ///
    /// - Throws: ``TextDecodingError``.
    package func decode(_ bytes: [UInt8]) throws(TextDecodingError) -> String {
        var result: Result<String, TextDecodingError> = .success("")
        bytes.withUnsafeBytes { buffer in
            do throws(TextDecodingError) {
                result = .success(try decode(buffer))
            } catch {
                result = .failure(error)
            }
        }
        return try result.get()
    }

    /// Up to four bytes from `offset`, in hex, for messages (`0x82 0xA0`).
    static func hex(_ bytes: UnsafeRawBufferPointer, from offset: Int) -> String {
        let digits: [Character] = Array("0123456789ABCDEF")
        return bytes[offset..<min(bytes.count, offset + 4)].map { byte in
            "0x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 0xF)])
        }.joined(separator: " ")
    }
}

/// Why text could not be decoded.
package enum TextDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The C library has no CP932 converter (glibc's gconv modules are missing).
    case converterUnavailable
    /// A byte sequence that is not valid in the encoding, at `offset` bytes into the cell.
    case invalidBytes(offset: Int, bytes: String, encoding: TextEncoding)

    /// One line for the user.
    package var description: String {
        switch self {
        case .converterUnavailable:
            "the C library has no CP932 (Shift_JIS) converter; install glibc's gconv modules or save the file as UTF-8"
        case .invalidBytes(_, let bytes, let encoding):
            "bytes \(bytes) are not valid \(encoding.rawValue); save the file as UTF-8 or Shift_JIS (CP932)"
        }
    }
}
