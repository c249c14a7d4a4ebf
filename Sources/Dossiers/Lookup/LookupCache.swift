import DossierRules
import FluentKit
import Foundation
import Localization
import NIOCore
import NIOConcurrencyHelpers
import Platform
import SQLKit
import WorkCalendar

/// The public lookup's memory: dossier snapshots by code, so that a lookup is a dictionary
/// read rather than a database round trip.
///
/// Freshness: a write on this instance evicts the code at once. Writes on other instances
/// reach this one through the `dossier_changes` table, which `follow(_:)` reads every second in
/// the background of a serving instance (never inside a request). An entry also expires after
/// `timeToLive`, which covers changes whose ids commit out of order on PostgreSQL and instances
/// that do not follow the table (commands, tests). Bounded to `capacity` entries.
public final class LookupCache: Sendable {
    public static let timeToLive: UInt64 = 60 * 1_000_000_000
    /// How long a change note is kept: far longer than any entry lives or any instance lags.
    public static let changeRetention: TimeInterval = 86_400
    let capacity: Int

    struct Entry {
        /// Boxed: reading an entry under the lock copies one reference, not the snapshot's fields.
        let loaded: Loaded
        var snapshot: DossierSnapshot { loaded.snapshot }
        var loadedAt: UInt64 { loaded.at }
        /// The API's answer to the code alone, as sent: it depends only on the snapshot, the
        /// minute (a deadline falls on a minute) and the language, so it is kept for that minute.
        var answer: Answer?
    }

    final class Loaded: Sendable {
        let snapshot: DossierSnapshot
        /// Uptime nanoseconds.
        let at: UInt64

        init(_ snapshot: DossierSnapshot, at: UInt64) {
            self.snapshot = snapshot
            self.at = at
        }
    }

    struct Answer {
        var minute: LocalDateTime
        var language: Language
        var body: ByteBuffer
    }

    struct State {
        var entries: [String: Entry] = [:]
        var lastChangeID: Int?
    }

    private let state = NIOLockedValueBox(State())

    public init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The fresh snapshot kept under exactly `code`, without touching the database: the hot
    /// path, which skips even parsing the code when it is typed the way it is stored.
    public func cached(_ code: String) -> DossierSnapshot? {
        let now = DispatchTime.now().uptimeNanoseconds
        guard let entry = state.withLockedValue({ $0.entries[code] }), Self.isFresh(loadedAt: entry.loadedAt, now: now) else { return nil }
        return entry.snapshot
    }

    /// The answer kept for `code` (exactly as stored) in this minute and language, if any.
    public func answer(_ code: String, language: Language, at minute: LocalDateTime) -> ByteBuffer? {
        let now = DispatchTime.now().uptimeNanoseconds
        return state.withLockedValue { state -> ByteBuffer? in
            guard let entry = state.entries[code], Self.isFresh(loadedAt: entry.loadedAt, now: now),
                  let answer = entry.answer, answer.minute == minute, answer.language == language else { return nil }
            return answer.body
        }
    }

    /// Keeps the answer to `code` for this minute and language, while its snapshot is kept.
    /// `asked` is when the request began (uptime nanoseconds): an entry loaded after that may
    /// hold a newer snapshot than the one the answer was made from, so it is left alone.
    public func keep(answer body: ByteBuffer, for code: String, language: Language, at minute: LocalDateTime, asked: UInt64) {
        state.withLockedValue { state in
            guard let entry = state.entries[code], entry.loadedAt <= asked else { return }
            state.entries[code]?.answer = Answer(minute: minute, language: language, body: body)
        }
    }

    /// Whether an entry loaded at `loadedAt` is still fresh at `now` (uptime nanoseconds). An
    /// entry may be newer than `now`: the clock is read before the lock, and another request
    /// can store the same code in between. Such an entry is fresh; subtracting would trap.
    public static func isFresh(loadedAt: UInt64, now: UInt64) -> Bool {
        now < loadedAt + timeToLive
    }

    /// The snapshot of the dossier `code` (its canonical text), or nil when there is none.
    public func snapshot(code: String, on db: @autoclosure () -> any Database) async throws -> DossierSnapshot? {
        if let snapshot = cached(code) { return snapshot }
        let now = DispatchTime.now().uptimeNanoseconds
        let sql = db().sql
        guard let row = try await sql.raw("""
            SELECT code, procedure_code, field, competent_unit_id, channel, lifecycle, applicant FROM dossiers WHERE code = \(bind: code)
            """).first() else { return nil }
        let snapshot = DossierSnapshot(
            code: try DossierCode.parse(try row.decode(column: "code", as: String.self)),
            procedureCode: try row.decode(column: "procedure_code", as: String.self), field: try row.decode(column: "field", as: String.self),
            competentUnit: try row.decode(column: "competent_unit_id", as: String.self),
            channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inPerson,
            lifecycle: try StoredJSON.decode(DossierCase.self, try row.decode(column: "lifecycle", as: String.self)),
            applicant: try StoredJSON.decode(ApplicantRecord.self, try row.decode(column: "applicant", as: String.self)))
        state.withLockedValue { state in
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[code] = Entry(loaded: Loaded(snapshot, at: now))
        }
        return snapshot
    }

    /// Forgets `code` (after a write on this instance).
    public func evict(_ code: String) {
        state.withLockedValue { _ = $0.entries.removeValue(forKey: code) }
    }

    /// Reads the change notes written since the last call (by any instance) and forgets those
    /// codes. The first call only notes where the table ends. Returns how many notes it read.
    @discardableResult
    public func refresh(on sql: any SQLDatabase) async throws -> Int {
        guard let since = state.withLockedValue({ $0.lastChangeID }) else {
            let row = try await sql.raw("SELECT MAX(id) AS last FROM dossier_changes").first()
            let last = try row?.decode(column: "last", as: Int?.self) ?? 0
            state.withLockedValue { $0.lastChangeID = last }
            return 0
        }
        let rows = try await sql.raw("SELECT id, code FROM dossier_changes WHERE id > \(bind: since) ORDER BY id LIMIT 5000").all()
        let changes = try rows.map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "code", as: String.self)) }
        state.withLockedValue { state in
            for (_, code) in changes { state.entries.removeValue(forKey: code) }
            state.lastChangeID = changes.last?.0 ?? since
        }
        return changes.count
    }

    /// Follows `dossier_changes` every `interval` until the task is cancelled; a failed read is
    /// logged and tried again (entries still expire meanwhile).
    public func follow(_ database: DatabaseHandle, interval: Duration = .seconds(1)) async {
        while !Task.isCancelled {
            do {
                // A long backlog is read in pages without waiting.
                while try await refresh(on: database.sql) >= 5000, !Task.isCancelled {}
            } catch {
                database.logger.error("lookup cache: could not read dossier changes", metadata: ["error": .string("\(type(of: error))")])
            }
            try? await Task.sleep(for: interval)
        }
    }

    /// Deletes change notes older than `changeRetention` (a leased job: one instance does it).
    public static func pruneChanges(on sql: any SQLDatabase, now: Date) async throws {
        let cutoff = LocalDateTime(now.addingTimeInterval(-changeRetention)).iso
        try await sql.raw("DELETE FROM dossier_changes WHERE at < \(bind: cutoff)").run()
    }
}

/// Slows enumeration of dossier codes and guessing of phone digits: misses (an unknown code, or
/// wrong digits) are counted per client address in the database, so the count holds across
/// app instances; once an address reaches `maxMisses` within `window`, every lookup from it is
/// refused until the window passes. The verdict is kept in memory, so hits cost no query.
public final class LookupGuard: Sendable {
    public static let window: TimeInterval = 15 * 60
    public static let maxMisses = 30
    static let misses = SlidingWindow(bucket: "dossiers.lookup-miss", limit: maxMisses, window: window)
    private let blocked = NIOLockedValueBox<[String: Date]>([:])

    public init() {}

    public func isBlocked(_ address: String, now: Date) -> Bool {
        blocked.withLockedValue { blocked in
            guard let until = blocked[address] else { return false }
            if until > now { return true }
            blocked.removeValue(forKey: address)
            return false
        }
    }

    /// Counts a miss; returns whether the address is now blocked.
    @discardableResult
    public func recordMiss(_ address: String, on db: any Database, now: Date) async throws -> Bool {
        guard try await Self.misses.record(address, on: db.sql, now: now) else { return false }
        blocked.withLockedValue { $0[address] = now.addingTimeInterval(Self.window) }
        return true
    }
}
