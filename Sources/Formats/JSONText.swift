/// JSON string literals (RFC 8259 §7), written by hand on the hot paths (the public lookup,
/// Open311) rather than through `JSONEncoder`.
public enum JSONText {
    /// Appends `text` quoted: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`,
    /// and U+2028/U+2029 escaped so that the text is also safe inside a script element.
    public static func quote(_ text: String, into out: inout String) {
        out += "\""
        // Most text needs no escape: one pass over the bytes, then one append. 0xE2 leads every
        // character from U+2000 to U+2FFF, U+2028 and U+2029 among them.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out += text
            out += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }

    /// `text` as a quoted JSON string.
    public static func quoted(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        quote(text, into: &out)
        return out
    }
}
