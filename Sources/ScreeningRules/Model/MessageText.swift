/// `value` as it may appear inside a one-line message: at most 60 characters, control characters escaped, so a
/// hostile input can neither flood a terminal or a log nor send it escape sequences.
func displayedInMessage(_ value: some StringProtocol) -> String {
    var text = ""
    var count = 0
    for scalar in value.unicodeScalars {
        if count == 60 {
            text += "…"
            break
        }
        if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
            text += "\\u{" + String(scalar.value, radix: 16) + "}"
        } else {
            text.unicodeScalars.append(scalar)
        }
        count += 1
    }
    return text
}
