import DossierRules
import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Platform
import SQLKit
import WorkCalendar

/// The public lookup's memory: dossier snapshots by code, so that a lookup is a dictionary
/// read rather than a database round trip.
///
/// Freshness: a write on this instance evicts the code at once. Writes on other instances
/// reach this one through the `dossier_changes` table, read at most once a second by the first
/// lookup after the second has passed; an entry also expires after `timeToLive`, which covers
/// changes whose ids commit out of order on PostgreSQL. Bounded to `capacity` entries.
public final class LookupCache: Sendable {
    public static let timeToLive: UInt64 = 60 * 1_000_000_000
    static let pollInterval: UInt64 = 1_000_000_000
    let capacity: Int

    struct Entry {
        var snapshot: DossierSnapshot
        var loadedAt: UInt64
    }

    struct State {
        var entries: [String: Entry] = [:]
        var lastChangeID: Int?
        var lastPoll: UInt64 = 0
        var polling = false
    }

    private let state = NIOLockedValueBox(State())

    public init(capacity: Int = 50_000) {
        self.capacity = capacity
    }

    /// The snapshot of the dossier `code`, or nil when there is none.
    public func snapshot(code: String, on db: any Database) async throws -> DossierSnapshot? {
        try await refreshIfDue(db)
        let now = DispatchTime.now().uptimeNanoseconds
        if let entry = state.withLockedValue({ $0.entries[code] }), now - entry.loadedAt < Self.timeToLive {
            return entry.snapshot
        }
        let sql = db as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT code, procedure_code, field, competent_unit_id, channel, lifecycle, applicant FROM dossiers WHERE code = \(bind: code)
            """).first() else { return nil }
        let snapshot = DossierSnapshot(
            code: try DossierCode.parse(try row.decode(column: "code", as: String.self)),
            procedureCode: try row.decode(column: "procedure_code", as: String.self), field: try row.decode(column: "field", as: String.self),
            competentUnit: try row.decode(column: "competent_unit_id", as: String.self),
            channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inPerson,
            lifecycle: try DossierCoding.decode(DossierCase.self, try row.decode(column: "lifecycle", as: String.self)),
            applicant: try DossierCoding.decode(ApplicantRecord.self, try row.decode(column: "applicant", as: String.self)))
        state.withLockedValue { state in
            if state.entries.count >= capacity { state.entries.removeAll(keepingCapacity: true) }
            state.entries[code] = Entry(snapshot: snapshot, loadedAt: now)
        }
        return snapshot
    }

    /// Forgets `code` (after a write on this instance).
    public func evict(_ code: String) {
        state.withLockedValue { _ = $0.entries.removeValue(forKey: code) }
    }

    func refreshIfDue(_ db: any Database) async throws {
        let now = DispatchTime.now().uptimeNanoseconds
        let (due, since): (Bool, Int?) = state.withLockedValue { state in
            guard !state.polling, now - state.lastPoll >= Self.pollInterval || state.lastChangeID == nil else { return (false, nil) }
            state.polling = true
            return (true, state.lastChangeID)
        }
        guard due else { return }
        do {
            let sql = db as! any SQLDatabase
            if let since {
                let rows = try await sql.raw("SELECT id, code FROM dossier_changes WHERE id > \(bind: since) ORDER BY id LIMIT 5000").all()
                if since % 500 == 0 || rows.count >= 500 {
                    // Notes older than a day have reached every instance (entries live 60 s).
                    let dayAgo = LocalDateTime(Date().addingTimeInterval(-86_400)).iso
                    try await sql.raw("DELETE FROM dossier_changes WHERE at < \(bind: dayAgo)").run()
                }
                let changes = try rows.map { (try $0.decode(column: "id", as: Int.self), try $0.decode(column: "code", as: String.self)) }
                state.withLockedValue { state in
                    for (_, code) in changes { state.entries.removeValue(forKey: code) }
                    state.lastChangeID = changes.last?.0 ?? since
                    state.lastPoll = now
                    state.polling = false
                }
            } else {
                let row = try await sql.raw("SELECT MAX(id) AS last FROM dossier_changes").first()
                let last = try row?.decode(column: "last", as: Int?.self) ?? 0
                state.withLockedValue { state in
                    state.lastChangeID = last
                    state.lastPoll = now
                    state.polling = false
                }
            }
        } catch {
            state.withLockedValue { $0.polling = false }
            throw error
        }
    }
}

/// Slows enumeration of dossier codes and guessing of phone digits: misses (an unknown code, or
/// wrong digits) are counted per client address in the database, so the count holds across
/// app instances; once an address reaches `maxMisses` within `window`, every lookup from it is
/// refused until the window passes. The verdict is kept in memory, so hits cost no query.
public final class LookupGuard: Sendable {
    public static let window: TimeInterval = 15 * 60
    public static let maxMisses = 30
    private let blocked = NIOLockedValueBox<[String: Date]>([:])

    public init() {}

    public func isBlocked(_ address: String, now: Date = Date()) -> Bool {
        blocked.withLockedValue { blocked in
            guard let until = blocked[address] else { return false }
            if until > now { return true }
            blocked.removeValue(forKey: address)
            return false
        }
    }

    /// Counts a miss; returns whether the address is now blocked.
    @discardableResult
    public func recordMiss(_ address: String, on db: any Database, now: Date = Date()) async throws -> Bool {
        let sql = db as! any SQLDatabase
        let at = LocalDateTime(now).iso
        let since = LocalDateTime(now.addingTimeInterval(-Self.window)).iso
        try await sql.raw("DELETE FROM dossier_lookup_misses WHERE address = \(bind: address) AND at <= \(bind: since)").run()
        try await sql.raw("INSERT INTO dossier_lookup_misses (address, at) VALUES (\(bind: address), \(bind: at))").run()
        let row = try await sql.raw("SELECT COUNT(*) AS n FROM dossier_lookup_misses WHERE address = \(bind: address) AND at > \(bind: since)").first()
        let count = try row?.decode(column: "n", as: Int.self) ?? 0
        guard count >= Self.maxMisses else { return false }
        blocked.withLockedValue { $0[address] = now.addingTimeInterval(Self.window) }
        return true
    }
}
