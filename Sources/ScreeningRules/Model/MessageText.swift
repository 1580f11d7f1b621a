/// Values from input as they may appear in one-line messages (errors, diagnostics), for every parser of the package.
package enum MessageText {
    /// `value` shortened to `limit` characters (with `…`) and with control characters escaped as `\u{1b}`, so a
    /// hostile input can neither flood a terminal or log nor send it escape sequences.
    package static func displayed(_ value: some StringProtocol, limit: Int = 40) -> String {
        var text = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                text += "…"
                break
            }
            if isControl(scalar) {
                text += "\\u{" + String(scalar.value, radix: 16) + "}"
            } else {
                text.unicodeScalars.append(scalar)
            }
            count += 1
        }
        return text
    }

    /// Whether `scalar` is a C0 or C1 control character (or DEL).
    package static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}

/// `value` as it may appear inside a message of the rules engine: at most 60 characters, control characters escaped.
func displayedInMessage(_ value: some StringProtocol) -> String { MessageText.displayed(value, limit: 60) }
