import Formats

/// Writes JSON by hand for hot paths, where Foundation's encoder dominates a request's cost.
/// Keys are written in the order given; strings are escaped per RFC 8259.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]

    public init(capacity: Int = 4096) {
        output.reserveCapacity(capacity)
    }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
    }

    private mutating func key(_ name: String) {
        separator()
        JSONText.quote(name, into: &output)
        output += ":"
    }

    public mutating func beginObject(_ name: String? = nil) {
        if let name { key(name) } else { separator() }
        output += "{"
        needsComma.append(false)
    }

    public mutating func endObject() {
        needsComma.removeLast()
        output += "}"
    }

    public mutating func beginArray(_ name: String) {
        key(name)
        output += "["
        needsComma.append(false)
    }

    public mutating func endArray() {
        needsComma.removeLast()
        output += "]"
    }

    public mutating func string(_ name: String, _ value: String?) {
        guard let value else { return }
        key(name)
        JSONText.quote(value, into: &output)
    }

    /// A string element of the current array.
    public mutating func element(_ value: String) {
        separator()
        JSONText.quote(value, into: &output)
    }

    public mutating func int(_ name: String, _ value: Int) {
        key(name)
        output += String(value)
    }

    public mutating func bool(_ name: String, _ value: Bool) {
        key(name)
        output += value ? "true" : "false"
    }
}
