import Platform
import FluentKit
import Foundation
import SQLKit
import WorkCalendar

/// Limits per client address, counted in the database so that every app instance sees the same
/// count: submissions of the public form (no third-party captcha; Art. 7 asks nothing of the kind)
/// and misses of the follow-up page (unknown code or wrong phone digits), against enumeration.
public enum FeedbackThrottle {
    public enum Kind: String, Sendable {
        case submission
        case lookupMiss = "lookup"

        public var limit: Int { self == .submission ? 5 : 30 }
        public var window: TimeInterval { self == .submission ? 3600 : 15 * 60 }
    }

    /// Whether `address` has reached the limit of `kind`.
    public static func isBlocked(_ kind: Kind, _ address: String, on db: any Database, now: Date = Date()) async throws -> Bool {
        try await count(kind, address, on: db, now: now) >= kind.limit
    }

    /// Counts one more; returns whether the address is now blocked.
    @discardableResult
    public static func record(_ kind: Kind, _ address: String, on db: any Database, now: Date = Date()) async throws -> Bool {
        let sql = db.sql
        try await sql.raw("""
            INSERT INTO feedback_throttle (kind, address, at) VALUES (\(bind: kind.rawValue), \(bind: address), \(bind: stamp(now)))
            """).run()
        return try await count(kind, address, on: db, now: now) >= kind.limit
    }

    static func count(_ kind: Kind, _ address: String, on db: any Database, now: Date) async throws -> Int {
        let sql = db.sql
        let since = stamp(now.addingTimeInterval(-kind.window))
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM feedback_throttle WHERE kind = \(bind: kind.rawValue) AND address = \(bind: address) AND at > \(bind: since)
            """).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Seconds precision, sortable as text on both databases.
    static func stamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
