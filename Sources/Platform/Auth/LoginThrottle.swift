import FluentKit
import Foundation

/// Slows password guessing: after `maxFailures` failed sign-ins for one username (or
/// `maxFailuresPerAddress` from one address) within the window, sign-in is refused until
/// the window passes. Counted by Platform's `SlidingWindow`, so it holds across app instances.
public enum LoginThrottle {
    public static let window: TimeInterval = 15 * 60
    public static let maxFailures = 5
    public static let maxFailuresPerAddress = 20
    static let byName = SlidingWindow(bucket: "login.username", limit: maxFailures, window: window)
    static let byAddress = SlidingWindow(bucket: "login.address", limit: maxFailuresPerAddress, window: window)

    public static func isLocked(username: String, address: String, at now: Date, on db: any Database) async throws -> Bool {
        if try await byName.isReached(key(username), on: db.sql, now: now) { return true }
        return try await byAddress.isReached(address, on: db.sql, now: now)
    }

    public static func record(username: String, address: String, succeeded: Bool, at now: Date, on db: any Database) async throws {
        if succeeded {
            // A successful sign-in clears the person's failures.
            try await byName.clear(key(username), on: db.sql)
        } else {
            try await byName.record(key(username), on: db.sql, now: now)
            try await byAddress.record(address, on: db.sql, now: now)
        }
    }

    static func key(_ username: String) -> String {
        String(username.lowercased().prefix(100))
    }
}
