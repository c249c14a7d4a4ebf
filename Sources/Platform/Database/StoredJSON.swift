import Foundation
import SQLKit
import WorkCalendar

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

/// A stored value that cannot be read back (a row written by hand, or a damaged file): reading
/// fails instead of guessing a value, such as "now" for a moment that is not one.
public struct UnreadableStoredValue: Error, CustomStringConvertible {
    public let column: String
    public var description: String { "the stored value in column \(column) cannot be read" }
}

extension SQLRow {
    /// The moment (`LocalDateTime.iso`) stored in `column`.
    public func decodeMoment(column: String) throws -> LocalDateTime {
        guard let moment = LocalDateTime(iso: try decode(column: column, as: String.self)) else {
            throw UnreadableStoredValue(column: column)
        }
        return moment
    }
}
