import FluentKit
import Foundation
import SQLKit

/// Erases what the site keeps no longer than it says (docs/ARCHITECTURE.md, "Personal data and
/// how long it is kept"): expired sessions, throttle events once no window can count them
/// (sign-in failures, feedback submissions and follow-up misses, dossier lookup misses), and the
/// client addresses in the audit log after `AppConfig.addressRetentionDays`, and messages
/// delivered or given up more than 90 days ago (`Outbox.prune`). A leased job: one
/// instance does it each minute; each step is one indexed statement.
public enum Housekeeping {
    /// Longer than every throttle window (the longest is an hour).
    public static let throttleRetention: TimeInterval = 24 * 3600
    /// Messages sent or given up are kept this long for the delivery log, then deleted with
    /// their tries (they hold a person's address).
    public static let outboxRetention: TimeInterval = 90 * 86_400

    public struct Summary: Sendable, Equatable {
        public var sessions = 0
        public var throttleEvents = 0
        public var addresses = 0
        public var messages = 0

        public init(sessions: Int = 0, throttleEvents: Int = 0, addresses: Int = 0, messages: Int = 0) {
            self.sessions = sessions
            self.throttleEvents = throttleEvents
            self.addresses = addresses
            self.messages = messages
        }
    }

    @discardableResult
    public static func run(now: Date, addressRetentionDays: Int, on db: any Database) async throws -> Summary {
        var summary = Summary()
        let sql = db.sql
        summary.sessions = try await SessionModel.query(on: db).filter(\.$expiresAt < now).count()
        try await SessionStore.purgeExpired(at: now, on: db)
        let throttleCutoff = SlidingWindow.stamp(now.addingTimeInterval(-throttleRetention))
        summary.throttleEvents = try await sql.raw("SELECT COUNT(*) AS n FROM throttle_events WHERE at <= \(bind: throttleCutoff)")
            .first()?.decode(column: "n", as: Int.self) ?? 0
        try await sql.raw("DELETE FROM throttle_events WHERE at <= \(bind: throttleCutoff)").run()
        let addressCutoff = now.addingTimeInterval(-Double(addressRetentionDays) * 86_400)
        summary.addresses = try await AuditEntryModel.query(on: db).filter(\.$at < addressCutoff).filter(\.$address != nil).count()
        if summary.addresses > 0 {
            try await AuditEntryModel.query(on: db).filter(\.$at < addressCutoff).filter(\.$address != nil)
                .set(\.$address, to: nil).update()
        }
        summary.messages = try await Outbox.prune(before: now.addingTimeInterval(-outboxRetention), on: db)
        return summary
    }

    /// The job for the application's job runner, under the lease "platform.housekeeping".
    public static func job(database: DatabaseHandle, config: AppConfig) -> ScheduledJob {
        ScheduledJob(name: "platform.housekeeping") { now in
            let summary = try await run(now: now, addressRetentionDays: config.addressRetentionDays, on: database.db)
            if summary != Summary() {
                database.logger.info("housekeeping", metadata: [
                    "sessions": "\(summary.sessions)", "throttle_events": "\(summary.throttleEvents)", "addresses": "\(summary.addresses)", "messages": "\(summary.messages)",
                ])
            }
        }
    }
}
