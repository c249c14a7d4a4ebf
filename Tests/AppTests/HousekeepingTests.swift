import App
import FluentKit
import Foundation
import Platform
import SQLKit
import Testing

/// Personal data and counters are kept no longer than stated (docs/ARCHITECTURE.md, "Personal
/// data and how long it is kept"; Law 91/2025/QH15: data kept only as long as its purpose needs).
@Suite("Housekeeping: expired sessions, old throttle events and old client addresses go")
struct HousekeepingTests {
    @Test("One run erases exactly what is past its time and keeps the rest; a second run finds nothing")
    func erasesWhatIsPastItsTime() async throws {
        try await withApp { env, _, _ in
            let db = env.database.db
            let now = env.clock.now
            let person = try #require(try await PersonStore.find(username: "admin", on: db))
            _ = try await SessionStore.create(for: person.id!, kind: .web, at: now.addingTimeInterval(-9 * 3600), on: db)
            _ = try await SessionStore.create(for: person.id!, kind: .web, at: now, on: db)
            let window = SlidingWindow(bucket: "test.bucket", limit: 5, window: 3600)
            try await window.record("203.0.113.5", on: db.sql, now: now.addingTimeInterval(-2 * 86_400))
            try await window.record("203.0.113.6", on: db.sql, now: now)
            let old = AuditActor(personID: nil, name: "citizen", address: "203.0.113.7", requestID: nil, at: now.addingTimeInterval(-31 * 86_400))
            let recent = AuditActor(personID: nil, name: "citizen", address: "203.0.113.8", requestID: nil, at: now.addingTimeInterval(-29 * 86_400))
            try await Audit.record(on: db, actor: old, action: "test.old", entityType: "test", entityID: "1")
            try await Audit.record(on: db, actor: recent, action: "test.recent", entityType: "test", entityID: "2")

            let summary = try await Housekeeping.run(now: now, addressRetentionDays: 30, on: db)
            #expect(summary.sessions == 1)
            #expect(summary.throttleEvents == 1)
            #expect(summary.addresses == 1)
            #expect(try await SessionModel.query(on: db).count() == 1, "the session still in force stays")
            #expect(try await window.count("203.0.113.6", on: db.sql, now: now) == 1, "the event inside the window stays")
            let entries = try await AuditEntryModel.query(on: db).filter(\.$entityType == "test").all()
            #expect(entries.first { $0.action == "test.old" }?.address == nil, "an address older than 30 days is erased")
            #expect(entries.first { $0.action == "test.old" }?.actorName == "citizen", "the record itself stays")
            #expect(entries.first { $0.action == "test.recent" }?.address == "203.0.113.8")

            #expect(try await Housekeeping.run(now: now, addressRetentionDays: 30, on: db) == Housekeeping.Summary())
        }
    }

    @Test("The retention of addresses is configuration: MINHBACH_ADDRESS_RETENTION_DAYS, 1 to 3650 days, 30 otherwise")
    func retentionIsConfigured() {
        #expect(AppConfig.fromEnvironment([:]).addressRetentionDays == 30)
        #expect(AppConfig.fromEnvironment(["MINHBACH_ADDRESS_RETENTION_DAYS": "7"]).addressRetentionDays == 7)
        #expect(AppConfig.fromEnvironment(["MINHBACH_ADDRESS_RETENTION_DAYS": "0"]).addressRetentionDays == 30)
        #expect(AppConfig.fromEnvironment(["MINHBACH_ADDRESS_RETENTION_DAYS": "soon"]).addressRetentionDays == 30)
    }

    @Test("The public address is configuration: the Open311 discovery names it, and without it the request's host over HTTP")
    func publicURL() {
        var config = AppConfig.fromEnvironment(["MINHBACH_PUBLIC_URL": "https://dichvucong.dienchau.gov.vn/"])
        #expect(config.absoluteURL("/open311/v2", requestHost: "10.0.0.5:8080") == "https://dichvucong.dienchau.gov.vn/open311/v2")
        config = AppConfig.fromEnvironment(["MINHBACH_PUBLIC_URL": "not a url"])
        #expect(config.publicURL == nil)
        #expect(config.absoluteURL("/open311/v2", requestHost: "127.0.0.1:8080") == "http://127.0.0.1:8080/open311/v2")
    }
}
