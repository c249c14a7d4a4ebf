import Platform
import FluentKit
import Foundation

/// Limits per client address (Platform's `SlidingWindow`): submissions of the public form (no
/// third-party captcha; Art. 7 asks nothing of the kind) and misses of the follow-up page
/// (unknown code or wrong phone digits), against enumeration.
public enum FeedbackThrottle {
    public enum Kind: String, Sendable {
        case submission
        case lookupMiss = "lookup"

        public var limit: Int { self == .submission ? 5 : 30 }
        public var window: TimeInterval { self == .submission ? 3600 : 15 * 60 }
        var counter: SlidingWindow { self == .submission ? FeedbackThrottle.submissions : FeedbackThrottle.lookupMisses }
    }

    static let submissions = SlidingWindow(bucket: "feedback.submission", limit: Kind.submission.limit, window: Kind.submission.window)
    static let lookupMisses = SlidingWindow(bucket: "feedback.lookup", limit: Kind.lookupMiss.limit, window: Kind.lookupMiss.window)

    /// Whether `address` has reached the limit of `kind`.
    public static func isBlocked(_ kind: Kind, _ address: String, on db: any Database, now: Date) async throws -> Bool {
        try await kind.counter.isReached(address, on: db.sql, now: now)
    }

    /// Counts one more; returns whether the address is now blocked.
    @discardableResult
    public static func record(_ kind: Kind, _ address: String, on db: any Database, now: Date) async throws -> Bool {
        try await kind.counter.record(address, on: db.sql, now: now)
    }
}
