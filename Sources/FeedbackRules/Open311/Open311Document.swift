/// A GeoReport v2 response body as a tree, written as XML or as JSON by the spec's "Spark
/// convention": an element with children becomes an object, a repeated element wrapped in a
/// plural one (`<services><service>…`) becomes an array, and an empty element `null`.
public indirect enum Open311Value: Sendable, Hashable {
    /// Text; nil is written `<name/>` and `null`.
    case text(String?)
    /// A number already formatted (`37.76`, `1`).
    case number(String)
    case bool(Bool)
    case object([Open311Field])
    /// Items each written as an `item` element in XML, and as an array in JSON.
    case list(item: String, [Open311Value])
}

/// A named value of an object.
public struct Open311Field: Sendable, Hashable {
    public let name: String
    public let value: Open311Value

    public init(_ name: String, _ value: Open311Value) {
        self.name = name
        self.value = value
    }
}

/// The formats GeoReport v2 defines (XML required, JSON optional; both are served).
public enum Open311Format: String, Sendable, Hashable, Codable, CaseIterable {
    case xml, json

    /// The spec's content types.
    public var contentType: String {
        switch self {
        case .xml: "text/xml; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        }
    }

    /// Splits a last path component such as `services.xml` or `PAKN.20250124.0001.json` at its
    /// last dot: the resource name and the format; nil for another extension.
    public static func split(_ component: String) -> (name: String, format: Open311Format)? {
        guard let dot = component.lastIndex(of: "."),
              let format = Open311Format(rawValue: String(component[component.index(after: dot)...]).lowercased()) else {
            return nil
        }
        return (String(component[..<dot]), format)
    }
}

/// A whole response body: its root element and value.
public struct Open311Document: Sendable, Hashable {
    public let root: String
    public let value: Open311Value

    public init(root: String, value: Open311Value) {
        self.root = root
        self.value = value
    }

    /// The body in `format`.
    public func render(_ format: Open311Format) -> String {
        format == .xml ? xml : json
    }

    /// `<?xml version="1.0" encoding="utf-8"?>` then the root element.
    public var xml: String {
        var writer = XMLWriter()
        writer.element(root, value)
        return #"<?xml version="1.0" encoding="utf-8"?>"# + "\n" + writer.output
    }

    public var json: String {
        var out = ""
        JSONWriter.write(value, into: &out)
        return out
    }
}
