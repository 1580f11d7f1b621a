/// A reproducible random source for fuzz tests (SplitMix64), shared by every test target that fuzzes a parser.
///
/// Each fuzz test takes its seed from `FEFTA_FUZZ_SEED` when set, else a fixed default, and names the seed in
/// every failure message, so a failure can be replayed exactly.
package struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// A generator starting from `seed`.
    package init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The seed for a test: `FEFTA_FUZZ_SEED` if set, else `fallback`.
    package static func seed(_ fallback: UInt64) -> UInt64 {
        guard let text = getenv("FEFTA_FUZZ_SEED").map({ String(cString: $0) }), let value = UInt64(text) else {
            return fallback
        }
        return value
    }

    /// Random bytes, biased towards the bytes that break parsers: quotes, brackets, digits, signs, escapes,
    /// UTF-8 lead and continuation bytes, and Shift_JIS lead bytes.
    package mutating func hostileBytes(count: Int) -> [UInt8] {
        let interesting: [UInt8] = Array("{}[]\":,\\-+.eE0123456789nutrfalsNIy \t\r\n".utf8) + [
            0x00, 0x1F, 0x7F, 0x80, 0xBF, 0xC0, 0xC3, 0xE3, 0xEF, 0xBB, 0xF0, 0xF4, 0xF5, 0xFF, 0x82, 0x83, 0x93, 0x9F,
        ]
        return (0..<count).map { _ in
            Bool.random(using: &self) ? interesting.randomElement(using: &self)! : UInt8.random(in: 0...255, using: &self)
        }
    }

    /// `bytes` with a few random insertions, deletions and replacements.
    package mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var result = bytes
        for _ in 0..<Int.random(in: 1...4, using: &self) {
            let position = result.isEmpty ? 0 : Int.random(in: 0..<result.count, using: &self)
            switch Int.random(in: 0..<3, using: &self) {
            case 0: result.insert(contentsOf: hostileBytes(count: Int.random(in: 1...3, using: &self)), at: position)
            case 1: if !result.isEmpty { result.remove(at: position) }
            default: if !result.isEmpty { result[position] = hostileBytes(count: 1)[0] }
            }
        }
        return result
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
