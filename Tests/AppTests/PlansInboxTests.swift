import App
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import PlanRules
import Plans
import Testing
import WorkCalendar

/// The inbox's read state (each person of a unit reads on their own) and the plans API's keys.
@Suite("Plan inbox and API", .serialized)
struct PlansInboxTests {
    @Test("A new notification is unread and counted (in the inbox and the staff menu); opening it reads it and leads to its report; 'mark all' reads the rest; another unit cannot touch it")
    func readState() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let key = PlanFixture.key("II.10", DayRange.quarter(1, of: 2024)!, f.communeB)
            let obligation = try #require(try await ObligationStore.find(id, key, on: env.database.db))
            for note in ["Lần 1", "Lần 2"] {
                try await NotificationStore.urge(id, obligation, taskNumber: "II.10", note: note, actor: .system("test"), on: env.database)
            }
            let lam = try #require(try await PersonStore.find(username: "canbo.dienlam", on: env.database.db)).record
            #expect(try await NotificationStore.unreadCount(unit: lam.unitID, person: lam.id, on: env.database.db) == 2)
            var browser = Browser()
            _ = try await browser.signIn(client, "canbo.dienlam")
            let inbox = try await browser.get(client, "/quan-tri/thong-bao")
            #expect(inbox.text.contains("2 thông báo chưa đọc"))
            #expect(inbox.text.contains("notification-unread"))
            #expect(try await browser.get(client, "/quan-tri/ke-hoach").text.contains("Thông báo (2 chưa đọc)"))
            // Every staff page shows the count beside the inbox in the menu: seen as a badge, heard as words.
            let home = try await browser.get(client, "/quan-tri")
            #expect(home.text.contains(#"Thông báo<span class="nav-count" aria-hidden="true">2</span><span class="visually-hidden">, 2 chưa đọc</span></a>"#))

            let items = try await NotificationStore.inbox(unit: lam.unitID, person: lam.id, language: .vi, on: env.database.db)
            var hong = Browser()
            _ = try await hong.signIn(client, "canbo.dienhong")
            #expect(!(try await hong.get(client, "/quan-tri").text.contains("nav-count")))
            #expect(try await hong.get(client, "/quan-tri/thong-bao/\(items[0].id)").status == .notFound)
            #expect(try await NotificationStore.unreadCount(unit: lam.unitID, person: lam.id, on: env.database.db) == 2)

            let opened = try await browser.get(client, "/quan-tri/thong-bao/\(items[0].id)")
            #expect(opened.status == .seeOther)
            #expect(opened.headers[.location]?.contains("/bao-cao?k=") == true)
            #expect(try await NotificationStore.unreadCount(unit: lam.unitID, person: lam.id, on: env.database.db) == 1)
            #expect(try await browser.post(client, "/quan-tri/thong-bao/da-doc", [:]).status == .seeOther)
            #expect(try await NotificationStore.unreadCount(unit: lam.unitID, person: lam.id, on: env.database.db) == 0)
            let read = try await browser.get(client, "/quan-tri/thong-bao")
            #expect(!read.text.contains("notification-unread"))
            #expect(!read.text.contains("nav-count"))
            #expect(read.text.contains("Lần 1") && read.text.contains("Lần 2"))
            // Reading twice is harmless.
            #expect(try await browser.get(client, "/quan-tri/thong-bao/\(items[0].id)").status == .seeOther)
        }
    }

    @Test("The plans API uses snake_case keys, as /api/v1/dossiers and /api/v1/feedback do")
    func snakeCaseKeys() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let token = try await apiToken(client, "dieuphoi")
            func get(_ path: String) async throws -> String {
                let response = try await client.execute(uri: path, method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
                #expect(response.status == .ok)
                return response.text
            }
            let list = try await get("/api/v1/plans")
            #expect(list.contains("\"issuer_name\"") && !list.contains("issuerName"))
            let plan = try await get("/api/v1/plans/\(id.uuidString)")
            #expect(plan.contains("\"legal_bases\"") && plan.contains("\"coordinating_text\"") && !plan.contains("legalBases"))
            let obligations = try await get("/api/v1/plans/\(id.uuidString)/obligations")
            #expect(obligations.contains("\"unit_name\"") && !obligations.contains("unitName"))
        }
    }
}
