import Foundation
import SQLKit

/// How every feature stores a value type as a JSON document in a text column (a dossier's
/// lifecycle, a feedback case, a plan): sorted keys, slashes unescaped, so that equal values are
/// equal texts on SQLite and PostgreSQL alike.
public enum StoredJSON {
    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    public static func encode<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    public static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }

    /// The document in `column` of `row`.
    public static func decode<T: Decodable>(_ type: T.Type, column: String, of row: any SQLRow) throws -> T {
        try decode(type, try row.decode(column: column, as: String.self))
    }
}
