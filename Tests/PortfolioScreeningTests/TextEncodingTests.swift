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

    /// The CSV for Excel in Japan: Shift_JIS that the decoder (and Windows) reads back to the same text, UTF-8 with
    /// the byte order mark Excel looks for, or plain UTF-8.
    @Test(arguments: ["証券コード,会社名\n7203,例示自動車\n", "①ⅰ㈱,ｶﾀｶﾅ,\\,~\n", "plain ASCII\n", ""])
    func encodesEveryEncodingTheDecoderReadsBack(text: String) throws {
        let shiftJIS = try TextEncoder.encode(text, as: .shiftJIS)
        #expect(shiftJIS.unrepresentable == 0)
        #expect(shiftJIS.bytes == (try cp932(text)))
        #expect(try TextDecoder(encoding: .shiftJIS).decode(shiftJIS.bytes) == text)
        #expect(try TextEncoder.encode(text, as: .utf8WithBOM).bytes == [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(try TextEncoder.encode(text, as: .utf8).bytes == Array(text.utf8))
    }

    @Test func charactersShiftJISLacksBecomeQuestionMarksAndAreCounted() throws {
        let encoded = try TextEncoder.encode("A😀BñC", as: .shiftJIS)
        #expect(encoded.unrepresentable == 2)
        #expect(encoded.bytes == Array("A?B?C".utf8))
        let long = String(repeating: "例", count: 70_000) + "😀"
        let big = try TextEncoder.encode(long, as: .shiftJIS)
        #expect(big.bytes.count == 140_001)
        #expect(big.unrepresentable == 1)
    }
}
