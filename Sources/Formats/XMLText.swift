/// XML 1.0 character data and attribute values: Open311's XML format, and every HTML page
/// (Platform's `HTMLNode` writes its text and attributes through here).
public enum XMLText {
    /// `text` with the five markup characters as entities; characters XML 1.0 cannot carry at
    /// all (most C0 controls, U+FFFE/U+FFFF) are dropped.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        escape(text, into: &out, quotes: true)
        return out
    }

    /// Appends `text` with `&`, `<` and `>` as entities, and `"` and `'` too when `quotes` (an
    /// attribute value); characters XML 1.0 cannot carry are dropped.
    public static func escape(_ text: String, into out: inout String, quotes: Bool) {
        // Most text has nothing to escape or drop: one pass over the bytes, then one append.
        // 0xEF leads every character from U+F000 to U+FFFF, U+FFFE and U+FFFF among them.
        if !text.utf8.contains(where: { byte in
            byte < 0x20 || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == 0xEF
                || (quotes && (byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")))
        }) {
            out += text
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
