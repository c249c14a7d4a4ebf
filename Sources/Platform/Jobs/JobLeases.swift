import FluentKit
import Foundation
import SQLKit

/// Leases in the database so that, with several app instances, one job runs in one place at a
/// time. A lease is a row per job name: who holds it and until when (milliseconds since 1970).
/// Taking it is one conditional UPDATE (free, expired, or already ours), so two instances can
/// never both succeed for the same moment.
public enum JobLeases {
    /// Creates the row if missing, then takes the lease when it is free, expired or already held
    /// by `holder`. True when `holder` holds it until `now + seconds`.
    public static func acquire(_ name: String, holder: String, for seconds: Int, now: Date,
                               on sql: any SQLDatabase) async throws -> Bool {
        let nowMillis = Int64((now.timeIntervalSince1970 * 1000).rounded(.down))
        let until = nowMillis + Int64(seconds) * 1000
        try await sql.raw("""
            INSERT INTO job_leases (name, holder, expires_at) VALUES (\(bind: name), '', 0)
            ON CONFLICT (name) DO NOTHING
            """).run()
        try await sql.raw("""
            UPDATE job_leases SET holder = \(bind: holder), expires_at = \(bind: until)
            WHERE name = \(bind: name) AND (holder = \(bind: holder) OR expires_at <= \(bind: nowMillis))
            """).run()
        let row = try await sql.raw("SELECT holder, expires_at FROM job_leases WHERE name = \(bind: name)").first()
        guard let row else { return false }
        let current = try row.decode(column: "holder", as: String.self)
        let expires = try row.decode(column: "expires_at", as: Int64.self)
        return current == holder && expires == until
    }

    /// Gives the lease up early (when an instance stops).
    public static func release(_ name: String, holder: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE job_leases SET expires_at = 0 WHERE name = \(bind: name) AND holder = \(bind: holder)").run()
    }
}

/// The `job_leases` table, in `PlatformMigrations.all` (its name is older than that list).
struct JobLeasesMigration: AsyncMigration {
    var name: String { "platform.jobs.001.job_leases" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("""
            CREATE TABLE job_leases (
              name TEXT PRIMARY KEY,
              holder TEXT NOT NULL,
              expires_at BIGINT NOT NULL
            )
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE job_leases").run()
    }
}
