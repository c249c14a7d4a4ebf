import FluentKit
import Foundation

/// Slows password guessing: after `maxFailures` failed sign-ins for one username (or
/// `maxFailuresPerAddress` from one address) within the window, sign-in is refused until
/// the window passes. Counted in the database, so it holds across app instances.
public enum LoginThrottle {
    public static let window: TimeInterval = 15 * 60
    public static let maxFailures = 5
    public static let maxFailuresPerAddress = 20

    public static func isLocked(username: String, address: String, on db: any Database, now: Date = Date()) async throws -> Bool {
        let since = now.addingTimeInterval(-window)
        let byName = try await LoginAttemptModel.query(on: db)
            .filter(\.$username == username.lowercased()).filter(\.$succeeded == false).filter(\.$at > since).count()
        if byName >= maxFailures { return true }
        let byAddress = try await LoginAttemptModel.query(on: db)
            .filter(\.$address == address).filter(\.$succeeded == false).filter(\.$at > since).count()
        return byAddress >= maxFailuresPerAddress
    }

    public static func record(username: String, address: String, succeeded: Bool, on db: any Database) async throws {
        let attempt = LoginAttemptModel()
        attempt.username = String(username.lowercased().prefix(100))
        attempt.address = address
        attempt.at = Date()
        attempt.succeeded = succeeded
        try await attempt.create(on: db)
        if succeeded {
            // A successful sign-in clears the person's failures.
            try await LoginAttemptModel.query(on: db)
                .filter(\.$username == username.lowercased()).filter(\.$succeeded == false).delete()
        }
    }
}
