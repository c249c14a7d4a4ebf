/// A minimal XML writer for GeoReport v2 bodies: elements and escaped text, nothing else.
///
/// Text escapes `&`, `<`, `>`, `"` and `'`, and drops characters XML 1.0 does not allow
/// (controls other than tab, line feed and carriage return; U+FFFE, U+FFFF; lone surrogates
/// cannot occur in a Swift string). Element names come from this module, never from input.
struct XMLWriter {
    private(set) var output = ""

    mutating func element(_ name: String, _ value: Open311Value) {
        switch value {
        case .text(nil):
            output += "<\(name)/>"
        case .text(let text?):
            output += "<\(name)>\(XMLWriter.escape(text))</\(name)>"
        case .number(let number):
            output += "<\(name)>\(XMLWriter.escape(number))</\(name)>"
        case .bool(let flag):
            output += "<\(name)>\(flag ? "true" : "false")</\(name)>"
        case .object(let fields):
            output += "<\(name)>"
            for field in fields { element(field.name, field.value) }
            output += "</\(name)>"
        case .list(let item, let values):
            output += "<\(name)>"
            for value in values { element(item, value) }
            output += "</\(name)>"
        }
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD, 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}

/// JSON text (RFC 8259) for `Open311Value`, keys in the order given.
enum JSONWriter {
    static func write(_ value: Open311Value, into out: inout String) {
        switch value {
        case .text(nil): out += "null"
        case .text(let text?): string(text, into: &out)
        case .number(let number): out += number
        case .bool(let flag): out += flag ? "true" : "false"
        case .object(let fields):
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += "," }
                string(field.name, into: &out)
                out += ":"
                write(field.value, into: &out)
            }
            out += "}"
        case .list(_, let values):
            out += "["
            for (index, item) in values.enumerated() {
                if index > 0 { out += "," }
                write(item, into: &out)
            }
            out += "]"
        }
    }

    /// A quoted string: `"` and `\` escaped, control characters as `\n`-style or `\u00XX`,
    /// and U+2028/U+2029 escaped so the text is also safe inside a script.
    static func string(_ text: String, into out: inout String) {
        out += "\""
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
}
