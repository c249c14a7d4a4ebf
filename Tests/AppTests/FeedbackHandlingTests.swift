import App
import Feedback
import FeedbackRules
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import Testing
import WorkCalendar

/// Handling a case through the staff pages (Decree 20/2008/NĐ-CP Art. 9, 14, 19) and the citizen's follow-up.
@Suite("Feedback handling", .serialized)
struct FeedbackHandlingTests {
    static func received(_ env: AppEnvironment, at: LocalDateTime? = nil) async throws -> String {
        try await FeedbackStore.submit(FeedbackFixture.intake(at: at ?? env.clock.localNow), by: .sender, actor: FeedbackFixture.actor,
                                       calendar: try HolidayCalendar.bundled(), on: env.database).text
    }

    @Test("Register (Art. 9.1.c), classify within competence (9.1.d), assign, draft, approve by another person, send, publish without personal data (Art. 19), close; the citizen follows and rates")
    func fullCycle() async throws {
        try await withApp { env, f, client in
            let code = try await Self.received(env)
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            let list = try await coordinator.get(client, "/quan-tri/phan-anh")
            #expect(list.status == .ok)
            #expect(list.text.contains(code))
            func act(_ b: inout Browser, _ action: String, _ fields: [String: String] = [:]) async throws -> TestResponse {
                try await b.post(client, "/quan-tri/phan-anh/\(code)/\(action)", fields)
            }
            #expect(try await act(&coordinator, "vao-so").status == .seeOther)
            #expect(try await FeedbackStore.require(code: code, on: env.database.db).lifecycle.registerEntry?.number == 1)
            // Not accepted without a reason is refused (Art. 9.1.d first dash).
            let noReason = try await act(&coordinator, "phan-loai", ["phan-loai-lop": "not_accepted", "phan-loai-ly-do": ""])
            #expect(noReason.status == .unprocessableContent)
            #expect(try await act(&coordinator, "phan-loai", ["phan-loai-lop": "within"]).status == .seeOther)
            #expect(try await act(&coordinator, "giao", ["giao-don-vi": f.justice.id.uuidString]).status == .seeOther)
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            let page = try await officer.get(client, "/quan-tri/phan-anh/\(code)")
            #expect(page.status == .ok)
            #expect(page.text.contains("20 ngày làm việc") || page.text.contains("ngày làm việc"))
            #expect(try await act(&officer, "ghi-chu", ["ghi-chu-ghi-chu": "Đã trao đổi với Sở Tư pháp"]).status == .seeOther)
            #expect(try await act(&officer, "du-thao", ["du-thao-mau": "tra-loi", "du-thao-tra-loi": "Ủy ban sẽ bãi bỏ yêu cầu này từ tháng sau."]).status == .seeOther)
            // The officer may not approve (coordinator only).
            #expect(try await act(&officer, "duyet").status == .forbidden)
            #expect(try await act(&coordinator, "duyet").status == .seeOther)
            #expect(try await act(&coordinator, "gui").status == .seeOther)
            let record = try await FeedbackStore.require(code: code, on: env.database.db)
            #expect(record.status == .answered)
            #expect(record.lifecycle.answers.last?.text.contains("PAKN") == true, "the template names the code")
            // Publication: the preview hides the name; a text with the phone is refused.
            let detail = try await coordinator.get(client, "/quan-tri/phan-anh/\(code)")
            #expect(detail.text.contains("redaction-preview"))
            let leaking = try await act(&coordinator, "cong-khai", ["cong-khai-cau-hoi-cong-khai": "Ông Nguyễn Văn An, 0912345678, phản ánh về bản sao."])
            #expect(leaking.status == .unprocessableContent)
            let redacted = Redactor(known: KnownPersonalData(sender: record.sender)).redact(record.content)
            #expect(try await act(&coordinator, "cong-khai", ["cong-khai-cau-hoi-cong-khai": redacted]).status == .seeOther)
            let published = try await client.execute(uri: "/phan-anh-kien-nghi/cong-khai?q=ban+sao", method: .get)
            #expect(published.text.contains(code))
            #expect(!published.text.contains("Nguyễn Văn An"))
            // The citizen follows with the code and the last four digits, and rates.
            var citizen = Browser()
            let wrong = try await citizen.get(client, "/phan-anh-kien-nghi/theo-doi?ma=\(code)&so=0000")
            #expect(wrong.text.contains("Không tìm thấy"))
            let follow = try await citizen.get(client, "/phan-anh-kien-nghi/theo-doi?ma=\(code)&so=5678")
            #expect(follow.text.contains("bãi bỏ yêu cầu này"))
            #expect(!follow.text.contains("Đã trao đổi với Sở Tư pháp"), "internal notes stay internal")
            let rated = try await citizen.post(client, "/phan-anh-kien-nghi/theo-doi/danh-gia", ["ma": code, "so": "5678", "muc": "satisfied"])
            #expect(rated.status == .seeOther)
            #expect(try await FeedbackStore.require(code: code, on: env.database.db).lifecycle.rating?.satisfaction == .satisfied)
            #expect(try await act(&coordinator, "ket-thuc").status == .seeOther)
            let rates = try await coordinator.get(client, "/quan-tri/phan-anh/chi-so")
            #expect(rates.status == .ok)
            #expect(rates.text.contains("100.0 % (1/1)"), "Decision 766: on time ÷ within competence, satisfied ÷ rated")
        }
    }

    @Test("Outside competence: forwarded to the named body, recording which and when; the 5-working-day limit spans Tết (Art. 9.1.d)")
    func forwardAcrossTet() async throws {
        try await withApp { env, _, _ in
            let calendar = try HolidayCalendar.bundled()
            let received = LocalDateTime(iso: "2025-01-24T10:00")!
            let code = try await Self.received(env, at: received)
            let before = try await FeedbackStore.require(code: code, on: env.database.db)
            #expect(before.lifecycle.deadline(.forward)?.due.date.iso == "2025-02-07")
            let staff = FeedbackFixture.staff, actor = FeedbackFixture.actor
            try await FeedbackStore.apply(.register(at: LocalDateTime(iso: "2025-01-24T11:00")!), to: code, by: staff, actor: actor, calendar: calendar, on: env.database)
            try await FeedbackStore.apply(.event(.classify(at: LocalDateTime(iso: "2025-02-05T09:00")!, .outsideCompetence(competentBody: "Sở Tư pháp tỉnh Nghệ An"))),
                                          to: code, by: staff, actor: actor, calendar: calendar, on: env.database)
            let forwarded = try await FeedbackStore.apply(.event(.forward(at: LocalDateTime(iso: "2025-02-07T16:00")!, to: "Sở Tư pháp tỉnh Nghệ An", reference: "15/UBND")),
                                                          to: code, by: staff, actor: actor, calendar: calendar, on: env.database)
            #expect(forwarded.status == .forwarded)
            #expect(forwarded.lifecycle.forwarding?.to == "Sở Tư pháp tỉnh Nghệ An")
            #expect(forwarded.lifecycle.forwarding?.reference == "15/UBND")
            #expect(forwarded.lifecycle.timeliness == .onTime)
            // A forwarded case cannot be assigned to one of our units.
            await #expect(throws: Refusal.self) {
                try await FeedbackStore.apply(.event(.assign(at: LocalDateTime(iso: "2025-02-08T09:00")!, unit: UUID().uuidString)),
                                              to: code, by: staff, actor: actor, calendar: calendar, on: env.database)
            }
        }
    }

    @Test("The sender disagrees: the case reopens with a fresh answer deadline; past the limit the disagreement becomes a new linked case")
    func disagreeReopens() async throws {
        try await withApp { env, f, client in
            let calendar = try HolidayCalendar.bundled()
            let yesterday = LocalDateTime(date: LocalDate(julianDay: env.clock.localNow.date.julianDay - 1), hour: 8, minute: 0)!
            let code = try await Self.received(env, at: yesterday)
            try await FeedbackFixture.answer(code, env, unit: f.justice.id, at: yesterday, calendar: calendar)
            var citizen = Browser()
            _ = try await citizen.get(client, "/phan-anh-kien-nghi/theo-doi")
            let first = try await citizen.post(client, "/phan-anh-kien-nghi/theo-doi/khong-dong-y", ["ma": code, "so": "5678", "ly-do": "Chưa giải quyết được vấn đề."])
            #expect(first.status == .seeOther)
            let reopened = try await FeedbackStore.require(code: code, on: env.database.db)
            #expect(reopened.status == .assigned)
            #expect(reopened.lifecycle.reopenings == 1)
            try await FeedbackStore.apply(.event(.draftAnswer(at: env.clock.localNow, text: "Trả lời lần hai.", template: nil)), to: code, by: .staff("canbo"), actor: FeedbackFixture.actor, calendar: calendar, on: env.database)
            try await FeedbackStore.apply(.event(.approve(at: env.clock.localNow)), to: code, by: FeedbackFixture.staff, actor: FeedbackFixture.actor, calendar: calendar, on: env.database)
            try await FeedbackStore.apply(.event(.sendAnswer(at: env.clock.localNow)), to: code, by: FeedbackFixture.staff, actor: FeedbackFixture.actor, calendar: calendar, on: env.database)
            _ = try await citizen.post(client, "/phan-anh-kien-nghi/theo-doi/khong-dong-y", ["ma": code, "so": "5678", "ly-do": "Vẫn chưa đồng ý."])
            let after = try await FeedbackStore.require(code: code, on: env.database.db)
            #expect(after.status == .answered)
            #expect(after.lifecycle.resubmissionRequested)
            let linked = try await FeedbackStore.resubmission(of: code, on: env.database.db)
            #expect(linked != nil)
            #expect(try await FeedbackFixture.count(env) == 2)
        }
    }

    @Test("Thirty wrong follow-up attempts from one address block it (429), counted in the database")
    func followThrottle() async throws {
        try await withApp { env, _, client in
            let code = try await Self.received(env)
            for _ in 0..<FeedbackThrottle.Kind.lookupMiss.limit {
                _ = try await client.execute(uri: "/phan-anh-kien-nghi/theo-doi?ma=\(code)&so=1111", method: .get)
            }
            let blocked = try await client.execute(uri: "/phan-anh-kien-nghi/theo-doi?ma=\(code)&so=5678", method: .get)
            #expect(blocked.status == .tooManyRequests)
        }
    }

    @Test("Overdue cases are flagged in the list, which only reads: the reminders are the job's")
    func overdueFlagAndReminder() async throws {
        try await withApp { env, _, client in
            _ = try await Self.received(env, at: LocalDateTime(iso: "2025-03-03T09:00")!)
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            let count = { try await env.database.sql.raw("SELECT COUNT(*) AS n FROM feedback_reminders").first()?.decode(column: "n", as: Int.self) }
            let list = try await coordinator.get(client, "/quan-tri/phan-anh")
            #expect(list.text.contains("Quá hạn"))
            #expect(try await count() == 0, "opening the list writes nothing")
            let runner = JobRunner(jobs: [env.feedback.reminderJob(database: env.database)], database: env.database, clock: env.clock, logger: env.database.logger)
            #expect(await runner.tick(now: env.clock.now) == ["feedback.reminders"])
            #expect(try await count() == 2, "one per open deadline (forward and answer)")
            let again = try await coordinator.get(client, "/quan-tri/phan-anh")
            #expect(again.text.contains("Quá hạn"))
        }
    }

    @Test("Reminders come from the leased job: one instance records them, a second one within the lease does nothing")
    func remindersByTheLeasedJob() async throws {
        try await withApp { env, _, _ in
            _ = try await Self.received(env, at: LocalDateTime(iso: "2025-03-03T09:00")!)
            let job = env.feedback.reminderJob(database: env.database)
            let now = env.clock.now
            let a = JobRunner(jobs: [job], database: env.database, clock: env.clock, logger: .init(label: "a"), holder: "a")
            let b = JobRunner(jobs: [job], database: env.database, clock: env.clock, logger: .init(label: "b"), holder: "b")
            #expect(await a.tick(now: now) == ["feedback.reminders"])
            #expect(await b.tick(now: now.addingTimeInterval(10)) == [], "the lease is held by the first instance")
            let reminders = try await env.database.sql.raw("SELECT COUNT(*) AS n FROM feedback_reminders").first()?.decode(column: "n", as: Int.self)
            #expect(reminders == 2, "one per open deadline (forward and answer)")
            #expect(await a.tick(now: now.addingTimeInterval(120)) == ["feedback.reminders"])
            let again = try await env.database.sql.raw("SELECT COUNT(*) AS n FROM feedback_reminders").first()?.decode(column: "n", as: Int.self)
            #expect(again == 2, "recorded once")
        }
    }

    @Test("Staff ask the sender for more information (Art. 14); the sender sees the question and replies on the follow-up page")
    func askAndReply() async throws {
        try await withApp { env, f, client in
            let code = try await Self.received(env)
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            let steps: [(String, [String: String])] = [
                ("vao-so", [:]), ("phan-loai", ["phan-loai-lop": "within"]), ("giao", ["giao-don-vi": f.justice.id.uuidString]),
                ("hoi-them", ["hoi-them-cau-hoi": "Xin cho biết ngày nộp hồ sơ."]),
            ]
            for (action, fields) in steps {
                #expect(try await coordinator.post(client, "/quan-tri/phan-anh/\(code)/\(action)", fields).status == .seeOther, "\(action)")
            }
            #expect(try await FeedbackStore.require(code: code, on: env.database.db).status == .awaitingSender)
            var citizen = Browser()
            let page = try await citizen.get(client, "/phan-anh-kien-nghi/theo-doi?ma=\(code)&so=5678")
            #expect(page.text.contains("Xin cho biết ngày nộp hồ sơ."))
            let replied = try await citizen.post(client, "/phan-anh-kien-nghi/theo-doi/bo-sung", ["ma": code, "so": "5678", "bo-sung": "Nộp ngày 02/3/2025."])
            #expect(replied.status == .seeOther)
            #expect(try await FeedbackStore.require(code: code, on: env.database.db).status == .assigned)
        }
    }

    @Test("The coordinator configures the deadlines; new cases take them (with their version), old cases keep theirs")
    func configurableDeadlines() async throws {
        try await withApp { env, _, client in
            let received = LocalDateTime(iso: "2025-03-03T09:00")!
            let old = try await Self.received(env, at: received)
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            #expect(try await coordinator.get(client, "/quan-tri/phan-anh/thoi-han").status == .ok)
            let bad = try await coordinator.post(client, "/quan-tri/phan-anh/thoi-han", ["chuyen": "0", "tra-loi": "10", "canh-bao": "2", "mo-lai": "1", "hai-nguoi": "1"])
            #expect(bad.status == .unprocessableContent)
            let saved = try await coordinator.post(client, "/quan-tri/phan-anh/thoi-han", ["chuyen": "5", "tra-loi": "10", "canh-bao": "2", "mo-lai": "1", "hai-nguoi": "1"])
            #expect(saved.status == .seeOther)
            let new = try await Self.received(env, at: received)
            let oldCase = try await FeedbackStore.require(code: old, on: env.database.db).lifecycle
            let newCase = try await FeedbackStore.require(code: new, on: env.database.db).lifecycle
            #expect(oldCase.deadline(.answer)?.due.date.iso == "2025-03-31", "20 working days")
            #expect(newCase.deadline(.answer)?.due.date.iso == "2025-03-17", "10 working days")
            #expect(newCase.deadline(.answer)?.ruleVersion.hasPrefix("cfg-") == true)
            // Per channel: web-form cases get 15 working days; a row without class or channel is refused.
            let refused = try await coordinator.post(client, "/quan-tri/phan-anh/thoi-han", [
                "chuyen": "5", "tra-loi": "10", "canh-bao": "2", "mo-lai": "1", "ngoai-le-loai-0": "answer", "ngoai-le-ngay-0": "15"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Hãy chọn phân loại hoặc kênh"))
            let perChannel = try await coordinator.post(client, "/quan-tri/phan-anh/thoi-han", [
                "chuyen": "5", "tra-loi": "10", "canh-bao": "2", "mo-lai": "1",
                "ngoai-le-loai-0": "answer", "ngoai-le-kenh-0": "web", "ngoai-le-ngay-0": "15",
                "ngoai-le-loai-1": "answer", "ngoai-le-kenh-1": "phone", "ngoai-le-ngay-1": "3"])
            #expect(perChannel.status == .seeOther)
            let web = try await FeedbackStore.require(code: try await Self.received(env, at: received), on: env.database.db).lifecycle
            #expect(web.deadline(.answer)?.due.date.iso == "2025-03-24", "15 working days for the web form")
            let rules = try await FeedbackRuleStore.current(on: env.database.db)
            #expect(rules.rule(for: .answer, caseClass: nil, channel: .phone).period == .workingDays(3))
            #expect(rules.rule(for: .answer, caseClass: .withinCompetence, channel: .email).period == .workingDays(10))
            let form = try await coordinator.get(client, "/quan-tri/phan-anh/thoi-han")
            #expect(form.text.contains("ngoai-le-ngay-1"))
        }
    }

    @Test("Decision 766 rates: answered on time ÷ within competence, satisfied ÷ rated; the public statistics show received, on time, late, pending")
    func decision766() async throws {
        try await withApp { env, f, client in
            let calendar = try HolidayCalendar.bundled()
            let actor = FeedbackFixture.actor
            let onTime = try await Self.received(env, at: LocalDateTime(iso: "2025-03-03T09:00")!)
            try await FeedbackFixture.answer(onTime, env, unit: f.justice.id, at: LocalDateTime(iso: "2025-03-03T09:00")!, calendar: calendar)
            let late = try await Self.received(env, at: LocalDateTime(iso: "2025-03-03T10:00")!)
            try await FeedbackFixture.answer(late, env, unit: f.justice.id, at: LocalDateTime(iso: "2025-05-05T09:00")!, calendar: calendar)
            _ = try await Self.received(env, at: LocalDateTime(iso: "2025-03-04T10:00")!)
            for (code, satisfaction) in [(onTime, Satisfaction.satisfied), (late, .notSatisfied)] {
                try await FeedbackStore.apply(.event(.rate(at: LocalDateTime(iso: "2025-06-01T09:00")!, satisfaction)), to: code, by: .sender, actor: actor, calendar: calendar, on: env.database)
            }
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            let rates = try await coordinator.get(client, "/quan-tri/phan-anh/chi-so?tu=2025-01-01&den=2025-12-31")
            #expect(rates.status == .ok)
            #expect(rates.text.contains("50.0 % (1/2)"), "on time 1 of 2 within competence; satisfied 1 of 2 rated")
            let api = try await client.execute(uri: "/api/v1/feedback/statistics?from=2025-01-01&to=2025-12-31", method: .get)
            #expect(api.status == .ok)
            #expect(api.text.contains("\"received\":3"))
            #expect(api.text.contains("\"handled_late\":1"))
            let page = try await client.execute(uri: "/phan-anh-kien-nghi/cong-khai?tu=2025-01-01&den=2025-12-31", method: .get)
            #expect(page.text.contains("feedback-statistics"))
        }
    }
}
