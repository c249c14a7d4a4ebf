import Foundation
import FluentKit
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

/// Gap-free counters kept in a table `(scope, period, last)` (dossier numbers per agency and
/// day, register numbers per unit and year, feedback codes). One upsert both creates and
/// increments the counter and returns the new value. It runs in the caller's transaction:
/// PostgreSQL locks the counter's row until that transaction ends, so concurrent writers on any
/// number of app instances queue for it; SQLite has one writer at a time. A transaction that
/// rolls back gives its number back, so numbers have no gaps.
public struct SequenceTable: Sendable {
    public let name: String

    /// `name` is a table created by a migration, never text from a request.
    public init(_ name: String) {
        self.name = name
    }

    /// The next number of `scope` in `period`, or nil if the database returned none.
    public func next(scope: String, period: String, on sql: any SQLDatabase) async throws -> Int? {
        let row = try await sql.raw("""
            INSERT INTO \(ident: name) (scope, period, last) VALUES (\(bind: scope), \(bind: period), 1)
            ON CONFLICT (scope, period) DO UPDATE SET last = \(ident: name).last + 1
            RETURNING last
            """).first()
        return try row?.decode(column: "last", as: Int?.self)
    }
}

extension Database {
    /// This database's SQL interface: both drivers (SQLite, PostgreSQL) provide one.
    public var sql: any SQLDatabase { self as! any SQLDatabase }
}
