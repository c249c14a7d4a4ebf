/// Result builder so that views read like the markup they produce.
@resultBuilder
public enum HTMLBuilder {
    public static func buildBlock(_ parts: [HTMLNode]...) -> [HTMLNode] { parts.flatMap { $0 } }
    public static func buildExpression(_ node: HTMLNode) -> [HTMLNode] { [node] }
    public static func buildExpression(_ nodes: [HTMLNode]) -> [HTMLNode] { nodes }
    public static func buildExpression(_ text: String) -> [HTMLNode] { [.text(text)] }
    public static func buildOptional(_ part: [HTMLNode]?) -> [HTMLNode] { part ?? [] }
    public static func buildEither(first: [HTMLNode]) -> [HTMLNode] { first }
    public static func buildEither(second: [HTMLNode]) -> [HTMLNode] { second }
    public static func buildArray(_ parts: [[HTMLNode]]) -> [HTMLNode] { parts.flatMap { $0 } }
}

/// `el("p", [.class("hint")]) { "Xin chào" }`
public func el(_ name: String, _ attributes: [HTMLAttribute] = [], @HTMLBuilder _ content: () -> [HTMLNode] = { [] }) -> HTMLNode {
    .element(name, attributes, content())
}

/// An element whose only child is a text node.
public func el(_ name: String, _ attributes: [HTMLAttribute] = [], text: String) -> HTMLNode {
    .element(name, attributes, [.text(text)])
}

public func fragment(@HTMLBuilder _ content: () -> [HTMLNode]) -> HTMLNode {
    .fragment(content())
}
