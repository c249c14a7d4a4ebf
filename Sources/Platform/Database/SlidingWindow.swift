import FluentKit
import Foundation
import SQLKit

/// The one throttle: events counted per key (a client address, a username) in a sliding
/// window, in the database (`throttle_events`) so that every app instance sees the same count.
/// Sign-in failures, feedback submissions, feedback follow-up misses and dossier lookup misses
/// each have their own bucket, limit and window.
public struct SlidingWindow: Sendable {
    /// Names the kind of event; one table holds every bucket.
    public let bucket: String
    public let limit: Int
    public let window: TimeInterval

    public init(bucket: String, limit: Int, window: TimeInterval) {
        self.bucket = bucket
        self.limit = limit
        self.window = window
    }

    /// Events of `key` within the window ending at `now`.
    public func count(_ key: String, on sql: any SQLDatabase, now: Date) async throws -> Int {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM throttle_events
            WHERE bucket = \(bind: bucket) AND key = \(bind: key) AND at > \(bind: Self.stamp(now.addingTimeInterval(-window)))
            """).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Whether `key` has reached the limit.
    public func isReached(_ key: String, on sql: any SQLDatabase, now: Date) async throws -> Bool {
        try await count(key, on: sql, now: now) >= limit
    }

    /// Counts one more event of `key` (and forgets its events older than the window); returns
    /// whether the key has now reached the limit.
    @discardableResult
    public func record(_ key: String, on sql: any SQLDatabase, now: Date) async throws -> Bool {
        try await sql.raw("""
            DELETE FROM throttle_events
            WHERE bucket = \(bind: bucket) AND key = \(bind: key) AND at <= \(bind: Self.stamp(now.addingTimeInterval(-window)))
            """).run()
        try await sql.raw("""
            INSERT INTO throttle_events (bucket, key, at) VALUES (\(bind: bucket), \(bind: key), \(bind: Self.stamp(now)))
            """).run()
        return try await isReached(key, on: sql, now: now)
    }

    /// Forgets every event of `key` (a successful sign-in clears the person's failures).
    public func clear(_ key: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM throttle_events WHERE bucket = \(bind: bucket) AND key = \(bind: key)").run()
    }

    /// UTC to the millisecond, sortable as text on both databases.
    static func stamp(_ date: Date) -> String {
        date.ISO8601Format(.iso8601(timeZone: .gmt, includingFractionalSeconds: true))
    }
}

struct M007ThrottleEvents: AsyncMigration {
    var name: String { "platform.007.throttle_events" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            CREATE TABLE throttle_events (
              bucket TEXT NOT NULL,
              key TEXT NOT NULL,
              at TEXT NOT NULL
            )
            """).run()
        try await database.sql.raw("CREATE INDEX throttle_events_key ON throttle_events (bucket, key, at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE throttle_events").run()
    }
}
