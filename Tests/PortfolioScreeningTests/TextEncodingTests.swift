import PortfolioScreening
import Testing

struct TextEncodingTests {
    @Test func detectsUTF8WithAndWithoutTheByteOrderMark() throws {
        let plain = Array("証券コード,区分\n".utf8)
        #expect(plain.withUnsafeBytes { TextEncoding.detect($0) } == .utf8)
        let marked = TextEncoding.byteOrderMark + plain
        #expect(marked.withUnsafeBytes { TextEncoding.detect($0) } == .utf8WithBOM)
        #expect(Array("7203,1".utf8).withUnsafeBytes { TextEncoding.detect($0) } == .utf8)
    }

    @Test func detectsShiftJIS() throws {
        let bytes = try cp932("証券コード,区分\n7203,トヨタ,③\n")
        #expect(bytes.withUnsafeBytes { TextEncoding.detect($0) } == .shiftJIS)
    }

    @Test func decodesCP932IncludingMicrosoftExtensions() throws {
        // ① and ⅰ are NEC extensions (row 13) that plain Shift_JIS lacks; ～ is CP932's FF5E mapping.
        let text = "区分①②③ ⅰ 髙 ～ ｶﾀｶﾅ \\ ~"
        let decoder = try TextDecoder(encoding: .shiftJIS)
        #expect(try decoder.decode(try cp932(text)) == text)
    }

    @Test func namesTheOffsetOfBytesThatAreNotShiftJIS() throws {
        let decoder = try TextDecoder(encoding: .shiftJIS)
        #expect(throws: TextDecodingError.invalidBytes(offset: 2, bytes: "0x82 0xFF", encoding: .shiftJIS)) {
            try decoder.decode([0x41, 0x42, 0x82, 0xFF])
        }
    }

    @Test func rejectsMalformedUTF8() throws {
        let decoder = try TextDecoder(encoding: .utf8)
        #expect(throws: TextDecodingError.invalidBytes(offset: 1, bytes: "0xC0 0xAF", encoding: .utf8)) {
            try decoder.decode([0x41, 0xC0, 0xAF])  // an overlong "/"
        }
        for invalid: [UInt8] in [[0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE3, 0x81], [0x80]] {
            #expect(invalid.withUnsafeBytes { UTF8Validation.isValid($0) } == false, "\(invalid)")
        }
        #expect(Array("日本語 ✓ 𠮷".utf8).withUnsafeBytes { UTF8Validation.isValid($0) })
    }
}
