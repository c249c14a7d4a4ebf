import Formats

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
            output += "<\(name)>\(XMLText.escape(text))</\(name)>"
        case .number(let number):
            output += "<\(name)>\(XMLText.escape(number))</\(name)>"
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
}

/// JSON text (RFC 8259) for `Open311Value`, keys in the order given.
enum JSONWriter {
    static func write(_ value: Open311Value, into out: inout String) {
        switch value {
        case .text(nil): out += "null"
        case .text(let text?): JSONText.quote(text, into: &out)
        case .number(let number): out += number
        case .bool(let flag): out += flag ? "true" : "false"
        case .object(let fields):
            out += "{"
            for (index, field) in fields.enumerated() {
                if index > 0 { out += "," }
                JSONText.quote(field.name, into: &out)
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
}
