import Foundation

/// A JSON object read leniently: strings are read as strings, numbers as their text, null
/// as absent; other types raise a warning. Missing code or name makes the record unreadable.
struct JSONRecord {
    let fileName: String
    let object: [String: Any]
    private(set) var warnings: [ImportWarning] = []

    init(data: Data, fileName: String) throws {
        let value: Any
        do {
            value = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw CatalogImportError.unreadable(fileName, .invalidJSON(Self.describe(error)))
        }
        guard let object = value as? [String: Any] else {
            throw CatalogImportError.unreadable(fileName, .notAnObject)
        }
        self.init(object: object, fileName: fileName)
    }

    init(object: [String: Any], fileName: String) {
        self.fileName = fileName
        self.object = object
        self.warnings = []
        for (key, value) in object where !Self.isReadable(value) {
            warnings.append(ImportWarning(code: "field.unexpected_type", field: key,
                                          message: "Field \(key) is not text; ignored"))
        }
    }

    /// Text of a field (or of a dotted path into nested objects); nil when absent or null.
    func string(_ path: String) -> String? {
        Self.text(of: value(at: path))
    }

    func value(at path: String) -> Any? {
        var current: Any? = object
        for key in path.split(separator: ".").map(String.init) {
            current = (current as? [String: Any])?[key]
        }
        return current
    }

    /// Array of objects at a path (tables of the structured export).
    func rows(_ path: String) -> [[String: Any]] {
        (value(at: path) as? [Any])?.compactMap { $0 as? [String: Any] } ?? []
    }

    /// The first of `paths` that holds non-empty text; throws when none does.
    func required(_ paths: String...) throws -> String {
        for path in paths {
            if let text = string(path).map(TextNormalizer.line), !text.isEmpty { return text }
        }
        let shown = paths[0]
        let present = paths.contains { value(at: $0) != nil && !(value(at: $0) is NSNull) }
        throw CatalogImportError.unreadable(fileName, present ? .emptyField(shown) : .missingField(shown))
    }

    static func text(of value: Any?) -> String? {
        switch value {
        case let string as String: return string
        case let number as NSNumber: return number.stringValue
        default: return nil
        }
    }

    static func isReadable(_ value: Any) -> Bool {
        value is String || value is NSNumber || value is NSNull || value is [String: Any] || value is [Any]
    }

    static func describe(_ error: any Error) -> String {
        let text = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return text ?? String(describing: error)
    }
}
