/// Lower-case roman numerals, the notation of items (号): `(i)`, `(iv)`, `(xx)`.
enum RomanNumeral {
    private static let values: [(Int, String)] = [
        (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"),
        (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
    ]

    /// `n` as a lower-case roman numeral (`4` → `iv`).
    static func lowercase(_ n: Int) -> String {
        var rest = n
        var text = ""
        for (value, letters) in values {
            while rest >= value {
                text += letters
                rest -= value
            }
        }
        return text
    }

    /// The value of a lower-case roman numeral written in canonical form, or nil (`iiii`, `vx` and `` are nil).
    static func value(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.allSatisfy({ "ivxlcdm".contains($0) }) else { return nil }
        let map: [Character: Int] = ["i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000]
        var total = 0
        let digits = text.map { map[$0]! }
        for (index, digit) in digits.enumerated() {
            if index + 1 < digits.count, digit < digits[index + 1] { total -= digit } else { total += digit }
        }
        return total > 0 && lowercase(total) == text ? total : nil
    }
}

/// The iroha order of subitems (イ, ロ, ハ, …) and their English letters ((a), (b), (c), …).
enum Iroha {
    /// イ to ス, the order e-Gov numbers subitems in.
    static let letters: [Character] = Array("イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス")

    /// The letter for subitem `n` (1 = イ).
    static func letter(_ n: Int) -> String { n >= 1 && n <= letters.count ? String(letters[n - 1]) : "?" }

    /// The subitem number of a letter, or nil.
    static func number(_ letter: Character) -> Int? { letters.firstIndex(of: letter).map { $0 + 1 } }

    /// The English form of subitem `n`: `(a)` for イ.
    static func english(_ n: Int) -> String {
        n >= 1 && n <= 26 ? "(\(Character(UnicodeScalar(UInt8(96 + n)))))" : "(\(letter(n)))"
    }
}

/// Kanji numerals (一, 十, 百, 千) as statutes write them: 第二十七条の二, 第百四十条.
enum KanjiNumeral {
    private static let digits: [Character: Int] = [
        "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    /// The value of a kanji numeral (一 to 九千九百九十九), or nil.
    static func value(_ text: Substring) -> Int? {
        guard !text.isEmpty else { return nil }
        var total = 0
        var current = 0
        for character in text {
            if let digit = digits[character] {
                current = digit
            } else if let unit = ["十": 10, "百": 100, "千": 1000][character] {
                total += (current == 0 ? 1 : current) * unit
                current = 0
            } else {
                return nil
            }
        }
        return total + current
    }

    /// The numeral for `n` (1 to 9999): 二十七.
    static func string(_ n: Int) -> String {
        let names = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        var text = ""
        for (unit, name) in [(1000, "千"), (100, "百"), (10, "十")] where n / unit % 10 > 0 {
            let digit = n / unit % 10
            text += (digit == 1 ? "" : names[digit]) + name
        }
        return text + names[n % 10]
    }
}
