import FluentKit
import SQLKit

/// Drops a table that no code reads any more (its data moved or was only kept for a mechanism
/// that was replaced); the revert makes it again, empty, so earlier migrations revert cleanly.
public struct RetireTable: AsyncMigration {
    public let name: String
    let table: String
    let remake: @Sendable (any Database) async throws -> Void

    public init(_ name: String, table: String, remake: @escaping @Sendable (any Database) async throws -> Void) {
        self.name = name
        self.table = table
        self.remake = remake
    }

    public func prepare(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE \(ident: table)").run()
    }

    public func revert(on database: any Database) async throws {
        try await remake(database)
    }
}
