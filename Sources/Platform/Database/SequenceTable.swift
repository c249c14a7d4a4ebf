import SQLKit

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
