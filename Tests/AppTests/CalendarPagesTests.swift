import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import Testing
import WorkCalendar

@Suite("Working calendar in the product")
struct CalendarPagesTests {
    @Test("The shipped decisions are seeded as editable rows")
    func seeded() async throws {
        try await withApp { env, _, _ in
            let rows = try await CalendarDecisionModel.query(on: env.database.db).count()
            #expect(rows == (try CalendarData.bundled().decisions.count))
            #expect(try await CalendarStore.decisions(year: 2025, on: env.database.db).contains { $0.1.reference == "Thông báo 6150/TB-LĐTBXH" })
        }
    }

    @Test("Public calculator: received 16:10 on 24/01/2025, 3 working days → 17:00 on 06/02/2025 (cut-off 15:00, Tết 2025, Civil Code Art. 147)")
    func calculator() async throws {
        try await withApp { _, _, client in
            let page = try await client.execute(uri: "/tinh-han?ngay=24%2F01%2F2025&gio=16%3A10&so=3&don-vi=workingDays&gio-chot=15%3A00", method: .get)
            #expect(page.status == .ok)
            #expect(page.text.contains("17:00 thứ Năm, ngày 06/02/2025"))
            #expect(page.text.contains("sau giờ chốt 15:00"))
            #expect(page.text.contains("Tết Nguyên đán"))
            #expect(page.text.contains("Điều 147"))
        }
    }

    @Test("Calculator refuses an impossible date, names the field and keeps what was typed")
    func calculatorValidation() async throws {
        try await withApp { _, _, client in
            let page = try await client.execute(uri: "/tinh-han?ngay=31%2F02%2F2025&gio=25%3A00&so=3&don-vi=workingDays", method: .get)
            #expect(page.status == .unprocessableContent)
            #expect(page.text.contains("Ngày nộp hồ sơ không hợp lệ"))
            #expect(page.text.contains("Giờ nộp không hợp lệ"))
            #expect(page.text.contains(#"value="31/02/2025""#))
        }
    }

    @Test("An administrator adds a day off: audited, and deadlines move on the next request")
    func adminAddsDecision() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let request = DeadlineRequest(receivedAt: LocalDateTime(iso: "2026-05-27T09:00")!, period: .workingDays(2))
            let before = try await env.calendar.calendar(on: env.database.db).due(request).due
            #expect(before.date.iso == "2026-05-29")
            let saved = try await browser.post(client, "/quan-tri/lich/van-ban/moi", [
                "year": "2026", "reference": "Quyết định thử nghiệm 01/QĐ-UBND", "days_off": "29/05/2026", "working_days": "",
            ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location]?.contains("doi=1") == true)
            let after = try await env.calendar.calendar(on: env.database.db).due(request).due
            #expect(after.date.iso == "2026-06-01")
            let audit = try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "calendar.create").count()
            #expect(audit == 1)
            let page = try await browser.get(client, "/quan-tri/lich?nam=2026&thong-bao=da-luu&doi=1")
            #expect(page.text.contains("Quyết định thử nghiệm 01/QĐ-UBND"))
        }
    }

    @Test("A bad decision is refused whole: a swapped working day must be a weekend day")
    func badDecision() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let count = try await CalendarDecisionModel.query(on: env.database.db).count()
            let response = try await browser.post(client, "/quan-tri/lich/van-ban/moi", [
                "year": "2026", "reference": "Văn bản sai", "days_off": "01/06/2026\n32/13/2026", "working_days": "03/06/2026",
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("32/13/2026"))
            #expect(try await CalendarDecisionModel.query(on: env.database.db).count() == count)
            let weekday = try await browser.post(client, "/quan-tri/lich/van-ban/moi", [
                "year": "2026", "reference": "Văn bản sai", "days_off": "01/06/2026", "working_days": "03/06/2026",
            ])
            #expect(weekday.text.contains("không phải thứ Bảy"))
        }
    }

    @Test("Only administrators change the calendar; every staff member can read it")
    func permissions() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            #expect(try await browser.get(client, "/quan-tri/lich?nam=2025").status == .ok)
            let refused = try await browser.post(client, "/quan-tri/lich/van-ban/moi", ["year": "2026", "reference": "x", "days_off": "29/05/2026"])
            #expect(refused.status == .forbidden)
            #expect(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "calendar.create").count() == 0)
        }
    }

    @Test("Whether swapped Saturdays count is a setting (default: they count; 26/04/2025 was a working Saturday)")
    func swappedSaturdays() async throws {
        try await withApp { env, _, _ in
            let db = env.database.db
            let request = DeadlineRequest(receivedAt: LocalDateTime(iso: "2025-04-25T09:00")!, period: .workingDays(5))
            #expect(try await env.calendar.calendar(on: db).due(request).due.date.iso == "2025-05-06")
            try await CalendarStore.setSwappedSaturdaysCount(false, actor: .system("test"), on: db)
            #expect(try await env.calendar.calendar(on: db).due(request).due.date.iso == "2025-05-07")
        }
    }
}
