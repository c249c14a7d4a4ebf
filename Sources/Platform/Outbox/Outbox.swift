import FluentKit
import Foundation
import SQLKit

/// How a message reaches a person.
public enum OutboxChannel: String, Sendable, CaseIterable, Codable {
    case email, sms, webhook
}

/// Where a message stands: waiting (first try or a retry), handed over, or given up after the
/// last allowed try (the dead-letter state, from which staff may send it again).
public enum OutboxState: String, Sendable, CaseIterable, Codable {
    case pending, sent, dead
}

/// A message to be written to the outbox in the same transaction as the event that causes it.
public struct OutboxDraft: Sendable, Equatable {
    /// One per event and recipient: writing the same key twice keeps one message (a retried
    /// request, a job that runs again), and it becomes the e-mail's Message-ID.
    public var key: String
    /// The event's name (`dossier.result_ready`), for filters and templates.
    public var event: String
    public var channel: OutboxChannel
    /// An e-mail address, a phone number, or a webhook's URL.
    public var recipient: String
    public var subject: String
    public var body: String
    /// What it is about (a dossier's code), for the staff's filter; never personal data.
    public var reference: String?

    public init(key: String, event: String, channel: OutboxChannel, recipient: String, subject: String, body: String, reference: String? = nil) {
        self.key = key
        self.event = event
        self.channel = channel
        self.recipient = recipient
        self.subject = subject
        self.body = body
        self.reference = reference
    }
}

/// When to try again: 30 s after the first failure, doubling, at most an hour apart; after
/// `maxAttempts` tries the message is dead. Pure, so the schedule is tested at its edges.
public struct RetryPolicy: Sendable, Equatable {
    public var maxAttempts: Int
    public var firstDelay: TimeInterval
    public var longestDelay: TimeInterval

    public init(maxAttempts: Int = 8, firstDelay: TimeInterval = 30, longestDelay: TimeInterval = 3600) {
        self.maxAttempts = max(1, maxAttempts)
        self.firstDelay = firstDelay
        self.longestDelay = longestDelay
    }

    /// After the `attempts`-th failed try at `now`: the next try's moment, or nil (dead). A
    /// permanent failure (the server refused the address) is dead at once.
    public func next(after attempts: Int, at now: Date, permanent: Bool) -> Date? {
        guard !permanent, attempts < maxAttempts else { return nil }
        let delay = min(longestDelay, firstDelay * pow(2, Double(max(0, attempts - 1))))
        return now.addingTimeInterval(delay)
    }
}

/// One stored message, as the staff log shows it.
public struct OutboxRecord: Sendable, Equatable {
    public var id: String
    public var key: String
    public var event: String
    public var channel: OutboxChannel
    public var recipient: String
    public var subject: String
    public var body: String
    public var reference: String?
    public var state: OutboxState
    public var attempts: Int
    public var nextAttemptAt: Date
    public var createdAt: Date
    public var sentAt: Date?
    public var lastError: String?
}

/// One try to deliver a message.
public struct OutboxAttempt: Sendable, Equatable {
    public var at: Date
    /// `sent`, `failed`, `dead` or `resent` (by staff).
    public var outcome: String
    public var detail: String?
}

/// The transactional outbox: messages written with the events that cause them, delivered by
/// `OutboxDelivery`. Moments are stored as milliseconds since 1970 (UTC), so that due messages
/// are found by one indexed comparison on both databases.
public enum Outbox {
    static func millis(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    static func date(_ millis: Int64) -> Date { Date(timeIntervalSince1970: Double(millis) / 1000) }

    /// Writes `draft` on `db` — the event's own transaction — unless a message with its key
    /// exists; returns whether it was new.
    @discardableResult
    public static func enqueue(_ draft: OutboxDraft, at now: Date, on db: any Database) async throws -> Bool {
        let rows = try await db.sql.raw("""
            INSERT INTO outbox_messages (id, idempotency_key, event, channel, recipient, subject, body, reference, state,
              attempts, next_attempt_at, created_at)
            VALUES (\(bind: UUID().uuidString), \(bind: draft.key), \(bind: draft.event), \(bind: draft.channel.rawValue),
              \(bind: draft.recipient), \(bind: draft.subject), \(bind: draft.body), \(bind: draft.reference),
              \(bind: OutboxState.pending.rawValue), 0, \(bind: millis(now)), \(bind: millis(now)))
            ON CONFLICT (idempotency_key) DO NOTHING
            RETURNING id
            """).all()
        return !rows.isEmpty
    }

    /// Takes up to `limit` due messages for `holder` until `until`: a message taken by one
    /// instance is not taken by another before its lease ends, so two instances never send it
    /// at the same time.
    public static func claim(
        limit: Int, channels: Set<OutboxChannel>, holder: String, now: Date, until: Date, on db: any Database
    ) async throws -> [OutboxRecord] {
        guard !channels.isEmpty else { return [] }
        let due = try await db.sql.raw("""
            SELECT id FROM outbox_messages
            WHERE state = 'pending' AND next_attempt_at <= \(bind: millis(now))
              AND channel IN (\(binds: channels.map(\.rawValue).sorted()))
              AND (lease_until IS NULL OR lease_until < \(bind: millis(now)))
            ORDER BY next_attempt_at LIMIT \(bind: limit)
            """).all().map { try $0.decode(column: "id", as: String.self) }
        var claimed: [OutboxRecord] = []
        for id in due {
            // The compare-and-set: only one claimant's update finds the row still free.
            let rows = try await db.sql.raw("""
                UPDATE outbox_messages SET lease_holder = \(bind: holder), lease_until = \(bind: millis(until))
                WHERE id = \(bind: id) AND state = 'pending' AND (lease_until IS NULL OR lease_until < \(bind: millis(now)))
                RETURNING \(unsafeRaw: columns)
                """).all()
            if let row = rows.first { claimed.append(try record(row)) }
        }
        return claimed
    }

    /// Records a successful hand-over.
    public static func markSent(_ id: String, holder: String, at now: Date, detail: String?, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            try await tx.sql.raw("""
                UPDATE outbox_messages SET state = 'sent', attempts = attempts + 1, sent_at = \(bind: millis(now)),
                  last_error = NULL, lease_holder = NULL, lease_until = NULL
                WHERE id = \(bind: id)
                """).run()
            try await addAttempt(id, at: now, outcome: "sent", detail: detail, on: tx)
        }
    }

    /// Records a failed try: retried later by `policy`, or dead.
    public static func markFailed(
        _ record: OutboxRecord, error: String, permanent: Bool, policy: RetryPolicy, at now: Date, on handle: DatabaseHandle
    ) async throws {
        let attempts = record.attempts + 1
        let next = policy.next(after: attempts, at: now, permanent: permanent)
        let detail = String(error.prefix(500))
        try await handle.writeTransaction { tx in
            try await tx.sql.raw("""
                UPDATE outbox_messages SET state = \(bind: next == nil ? OutboxState.dead.rawValue : OutboxState.pending.rawValue),
                  attempts = \(bind: attempts), next_attempt_at = \(bind: millis(next ?? now)), last_error = \(bind: detail),
                  lease_holder = NULL, lease_until = NULL
                WHERE id = \(bind: record.id)
                """).run()
            try await addAttempt(record.id, at: now, outcome: next == nil ? "dead" : "failed", detail: detail, on: tx)
        }
    }

    /// Staff send a message again (a dead one, or a sent one the person did not get): it becomes
    /// due now with its tries counted afresh; audited.
    public static func resend(_ id: String, actor: AuditActor, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            guard let before = try await find(id, on: tx) else { throw AppError.notFound }
            try await tx.sql.raw("""
                UPDATE outbox_messages SET state = 'pending', attempts = 0, next_attempt_at = \(bind: millis(actor.at)),
                  lease_holder = NULL, lease_until = NULL
                WHERE id = \(bind: id)
                """).run()
            try await addAttempt(id, at: actor.at, outcome: "resent", detail: actor.name, on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "outbox.resend", entityType: "outbox_message", entityID: id, label: before.event,
                before: ["state": before.state.rawValue], after: ["state": OutboxState.pending.rawValue])
        }
    }

    static func addAttempt(_ id: String, at: Date, outcome: String, detail: String?, on db: any Database) async throws {
        try await db.sql.raw("""
            INSERT INTO outbox_attempts (id, message_id, at, outcome, detail)
            VALUES (\(bind: UUID().uuidString), \(bind: id), \(bind: millis(at)), \(bind: outcome), \(bind: detail))
            """).run()
    }

    static let columns = "id, idempotency_key, event, channel, recipient, subject, body, reference, state, attempts, next_attempt_at, created_at, sent_at, last_error"

    static func record(_ row: any SQLRow) throws -> OutboxRecord {
        guard let channel = OutboxChannel(rawValue: try row.decode(column: "channel", as: String.self)) else { throw UnreadableStoredValue(column: "channel") }
        guard let state = OutboxState(rawValue: try row.decode(column: "state", as: String.self)) else { throw UnreadableStoredValue(column: "state") }
        return OutboxRecord(
            id: try row.decode(column: "id", as: String.self), key: try row.decode(column: "idempotency_key", as: String.self),
            event: try row.decode(column: "event", as: String.self), channel: channel,
            recipient: try row.decode(column: "recipient", as: String.self), subject: try row.decode(column: "subject", as: String.self),
            body: try row.decode(column: "body", as: String.self), reference: try row.decode(column: "reference", as: String?.self),
            state: state, attempts: try row.decode(column: "attempts", as: Int.self),
            nextAttemptAt: date(try row.decode(column: "next_attempt_at", as: Int64.self)),
            createdAt: date(try row.decode(column: "created_at", as: Int64.self)),
            sentAt: try row.decode(column: "sent_at", as: Int64?.self).map(date), lastError: try row.decode(column: "last_error", as: String?.self))
    }

    public static func find(_ id: String, on db: any Database) async throws -> OutboxRecord? {
        try await db.sql.raw("SELECT \(unsafeRaw: columns) FROM outbox_messages WHERE id = \(bind: id)").first().map(record)
    }

    public static func attempts(of id: String, on db: any Database) async throws -> [OutboxAttempt] {
        try await db.sql.raw("SELECT at, outcome, detail FROM outbox_attempts WHERE message_id = \(bind: id) ORDER BY at, outcome").all().map { row in
            OutboxAttempt(at: date(try row.decode(column: "at", as: Int64.self)), outcome: try row.decode(column: "outcome", as: String.self),
                          detail: try row.decode(column: "detail", as: String?.self))
        }
    }

    /// What the staff log lists.
    public struct Filter: Sendable, Equatable {
        public var state: OutboxState?
        public var channel: OutboxChannel?
        public var event: String?
        public var reference: String?
        public init(state: OutboxState? = nil, channel: OutboxChannel? = nil, event: String? = nil, reference: String? = nil) {
            self.state = state
            self.channel = channel
            self.event = event
            self.reference = reference
        }
    }

    /// The newest messages first, at most `limit`, with the count of all that match.
    public static func list(_ filter: Filter, limit: Int, offset: Int, on db: any Database) async throws -> (records: [OutboxRecord], total: Int) {
        var conditions: [SQLQueryString] = ["1 = 1"]
        if let state = filter.state { conditions.append("state = \(bind: state.rawValue)") }
        if let channel = filter.channel { conditions.append("channel = \(bind: channel.rawValue)") }
        if let event = filter.event { conditions.append("event = \(bind: event)") }
        if let reference = filter.reference { conditions.append("reference = \(bind: reference)") }
        let condition = conditions.joined(separator: " AND ")
        let total = try await db.sql.raw("SELECT COUNT(*) AS n FROM outbox_messages WHERE \(condition)").first()?.decode(column: "n", as: Int.self) ?? 0
        let records = try await db.sql.raw("""
            SELECT \(unsafeRaw: columns) FROM outbox_messages WHERE \(condition)
            ORDER BY created_at DESC, id LIMIT \(bind: limit) OFFSET \(bind: offset)
            """).all().map(record)
        return (records, total)
    }

    /// Counts by state, for the log's summary.
    public static func counts(on db: any Database) async throws -> [OutboxState: Int] {
        var counts: [OutboxState: Int] = [:]
        for row in try await db.sql.raw("SELECT state, COUNT(*) AS n FROM outbox_messages GROUP BY state").all() {
            if let state = OutboxState(rawValue: try row.decode(column: "state", as: String.self)) {
                counts[state] = try row.decode(column: "n", as: Int.self)
            }
        }
        return counts
    }

    /// Deletes the messages sent or dead that were written before `cutoff`, with their tries;
    /// returns how many. Waiting messages are never deleted.
    @discardableResult
    public static func prune(before cutoff: Date, on db: any Database) async throws -> Int {
        let old = "state IN ('sent', 'dead') AND created_at < \(millis(cutoff))"
        let count = try await db.sql.raw("SELECT COUNT(*) AS n FROM outbox_messages WHERE \(unsafeRaw: old)").first()?.decode(column: "n", as: Int.self) ?? 0
        guard count > 0 else { return 0 }
        try await db.sql.raw("DELETE FROM outbox_attempts WHERE message_id IN (SELECT id FROM outbox_messages WHERE \(unsafeRaw: old))").run()
        try await db.sql.raw("DELETE FROM outbox_messages WHERE \(unsafeRaw: old)").run()
        return count
    }

    /// The channels that have messages waiting.
    public static func channelsWaiting(on db: any Database) async throws -> [OutboxChannel] {
        try await db.sql.raw("SELECT DISTINCT channel FROM outbox_messages WHERE state = 'pending' ORDER BY channel").all()
            .compactMap { OutboxChannel(rawValue: try $0.decode(column: "channel", as: String.self)) }
    }

    /// The events that have messages, for the log's filter.
    public static func events(on db: any Database) async throws -> [String] {
        try await db.sql.raw("SELECT DISTINCT event FROM outbox_messages ORDER BY event").all().map { try $0.decode(column: "event", as: String.self) }
    }
}
