import Formats

/// A small HTML tree that escapes every text node and every attribute value.
///
/// We render HTML ourselves instead of through Plot: Plot 0.14 writes attribute values
/// unescaped and passes entity-like text (`&lt;`) through, so a user-typed quote could break
/// out of an attribute. This type is the only way pages produce markup.
public indirect enum HTMLNode: Sendable {
    case element(String, [HTMLAttribute], [HTMLNode])
    case text(String)
    /// Trusted markup written by us (never user input): JSON-LD, the doctype.
    case raw(String)
    case fragment([HTMLNode])

    public static let empty = HTMLNode.fragment([])

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    public func render() -> String {
        var out = ""
        out.reserveCapacity(4096)
        render(into: &out)
        return out
    }

    public func render(into out: inout String) {
        switch self {
        case .text(let text):
            XMLText.escape(text, into: &out, quotes: false)
        case .raw(let markup):
            out += markup
        case .fragment(let nodes):
            for node in nodes { node.render(into: &out) }
        case .element(let name, let attributes, let children):
            out += "<"
            out += name
            for attribute in attributes {
                out += " "
                out += attribute.name
                if let value = attribute.value {
                    out += "=\""
                    XMLText.escape(value, into: &out, quotes: true)
                    out += "\""
                }
            }
            out += ">"
            if Self.voidElements.contains(name) { return }
            for child in children { child.render(into: &out) }
            out += "</"
            out += name
            out += ">"
        }
    }
}

public struct HTMLAttribute: Sendable, Equatable {
    public let name: String
    public let value: String?

    public init(_ name: String, _ value: String?) {
        self.name = name
        self.value = value
    }

    public static func `class`(_ value: String) -> Self { .init("class", value) }
    public static func id(_ value: String) -> Self { .init("id", value) }
    public static func href(_ value: String) -> Self { .init("href", value) }
    public static func name(_ value: String) -> Self { .init("name", value) }
    public static func value(_ value: String) -> Self { .init("value", value) }
    public static func type(_ value: String) -> Self { .init("type", value) }
    public static func `for`(_ value: String) -> Self { .init("for", value) }
    public static func lang(_ value: String) -> Self { .init("lang", value) }
    public static func aria(_ name: String, _ value: String) -> Self { .init("aria-\(name)", value) }
    /// A boolean attribute such as `required` or `checked`.
    public static func flag(_ name: String) -> Self { .init(name, nil) }
}
