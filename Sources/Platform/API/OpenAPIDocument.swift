import Foundation

/// The API's OpenAPI document, put together from parts: Platform's part holds the document's
/// frame (info, servers, security, the shared responses and schemas) and Platform's own paths;
/// each feature ships its own part (`Resources/openapi.json` with its `paths` and the
/// `components.schemas` only it uses), so a feature documents its API where it defines it.
public enum OpenAPIDocument {
    /// A part read from a module's bundle (`Resources/openapi.json`); empty when missing.
    public static func part(in bundle: Bundle) -> String {
        guard let url = bundle.url(forResource: "openapi", withExtension: "json", subdirectory: "Resources") else { return "{}" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? "{}"
    }

    /// Platform's part: the frame and Platform's paths.
    public static var platformPart: String { part(in: .module) }

    /// The frame with every part's paths and schemas added. A path or schema named in two parts
    /// is a mistake in the parts; the later one is dropped and reported in `conflicts`.
    public static func merge(_ frame: String, parts: [String]) -> (document: String, conflicts: [String]) {
        guard var document = object(frame) else { return ("{}", ["the frame is not a JSON object"]) }
        var paths = document["paths"] as? [String: Any] ?? [:]
        var components = document["components"] as? [String: Any] ?? [:]
        var schemas = components["schemas"] as? [String: Any] ?? [:]
        var conflicts: [String] = []
        for part in parts {
            guard let part = object(part) else { conflicts.append("a part is not a JSON object"); continue }
            for (path, item) in part["paths"] as? [String: Any] ?? [:] {
                if paths[path] != nil { conflicts.append("path \(path)") } else { paths[path] = item }
            }
            let partSchemas = (part["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:]
            for (name, schema) in partSchemas {
                if schemas[name] != nil { conflicts.append("schema \(name)") } else { schemas[name] = schema }
            }
        }
        components["schemas"] = schemas
        document["components"] = components
        document["paths"] = paths
        guard let data = try? JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]) else {
            return ("{}", conflicts + ["the merged document cannot be written"])
        }
        return (String(decoding: data, as: UTF8.self), conflicts)
    }

    static func object(_ text: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [String: Any]
    }
}
