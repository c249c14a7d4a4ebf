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

/// Reception of feedback (Decree 20/2008/NĐ-CP Art. 7, 9.1): the form, the receipt, bad input, limits.
@Suite("Feedback intake", .serialized)
struct FeedbackIntakeTests {
    @Test("The web form asks what Art. 7 requires, says complaints go elsewhere (Art. 1), and gives a receipt PAKN.YYYYMMDD.0001 (Art. 9.1.b)")
    func submitThroughTheForm() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            let form = try await browser.get(client, "/phan-anh-kien-nghi")
            #expect(form.status == .ok)
            #expect(form.text.contains("Khiếu nại, tố cáo không được giải quyết"))
            #expect(form.text.contains("name=\"dong-y\""))
            #expect(form.text.contains("name=\"website\""))
            let created = try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields())
            #expect(created.status == .seeOther)
            let location = created.headers[.location] ?? ""
            let day = env.clock.localNow.date.iso.replacingOccurrences(of: "-", with: "")
            #expect(location == "/phan-anh-kien-nghi/da-gui?ma=PAKN.\(day).0001")
            let receipt = try await browser.get(client, location)
            #expect(receipt.status == .ok)
            #expect(receipt.text.contains("PAKN.\(day).0001"))
            #expect(!receipt.text.contains("Nguyễn Văn An"))
            #expect(try await FeedbackFixture.count(env) == 1)
            #expect(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "feedback.receive").count() == 1)
            let record = try await FeedbackStore.require(code: "PAKN.\(day).0001", on: env.database.db)
            #expect(record.status == .received)
            #expect(record.sender.phone?.national == "0912345678")
        }
    }

    @Test("A missing phone (Art. 7.1.d), an unknown procedure, a missing consent: clear errors, the typed values kept, nothing saved")
    func badFields() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            var fields = FeedbackFixture.fields()
            fields["dien-thoai"] = ""
            fields["ma-thu-tuc"] = "1.999999"
            fields["dong-y"] = ""
            let refused = try await browser.post(client, "/phan-anh-kien-nghi", fields)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Nguyễn Văn An"))
            #expect(refused.text.contains("Điều 7 Nghị định 20/2008/NĐ-CP"))
            #expect(refused.text.contains("Không tìm thấy thủ tục mã 1.999999"))
            #expect(refused.text.contains("Đồng ý xử lý dữ liệu cá nhân") || refused.text.contains("đồng ý"))
            #expect(try await FeedbackFixture.count(env) == 0)
        }
    }

    @Test("An oversize file and a forbidden file type are refused by size and first bytes; nothing is saved")
    func badFiles() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            let big = Data("%PDF-1.4\n".utf8) + Data(repeating: 0x20, count: 6 * 1024 * 1024)
            let tooLarge = try await FeedbackFixture.upload(&browser, client, "/phan-anh-kien-nghi", fields: FeedbackFixture.fields(), files: [("to.pdf", big)])
            #expect(tooLarge.status == .unprocessableContent)
            #expect(tooLarge.text.contains("lớn hơn 5 MB"))
            let fake = try await FeedbackFixture.upload(&browser, client, "/phan-anh-kien-nghi", fields: FeedbackFixture.fields(),
                                                        files: [("anh.pdf", Data("MZ\u{90}\u{00}not a pdf".utf8))])
            #expect(fake.status == .unprocessableContent)
            #expect(fake.text.contains("không đúng loại cho phép"))
            let exe = try await FeedbackFixture.upload(&browser, client, "/phan-anh-kien-nghi", fields: FeedbackFixture.fields(),
                                                       files: [("virus.exe", Data("MZ".utf8))])
            #expect(exe.status == .unprocessableContent)
            #expect(try await FeedbackFixture.count(env) == 0)
            // A real PDF goes through and is kept with the case.
            let ok = try await FeedbackFixture.upload(&browser, client, "/phan-anh-kien-nghi", fields: FeedbackFixture.fields(),
                                                      files: [("giay-to.pdf", Data("%PDF-1.4 small".utf8))])
            #expect(ok.status == .seeOther)
            #expect(try await env.database.sql.raw("SELECT COUNT(*) AS n FROM feedback_attachments").first()?.decode(column: "n", as: Int.self) == 1)
        }
    }

    @Test("The honeypot stops bots without saving; the sixth submission within an hour from one address is refused (429)")
    func honeypotAndRateLimit() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            var bot = FeedbackFixture.fields()
            bot["website"] = "http://spam.example"
            let trapped = try await browser.post(client, "/phan-anh-kien-nghi", bot)
            #expect(trapped.status == .unprocessableContent)
            #expect(try await FeedbackFixture.count(env) == 0)
            for _ in 0..<FeedbackThrottle.Kind.submission.limit {
                #expect(try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields()).status == .seeOther)
            }
            let limited = try await browser.post(client, "/phan-anh-kien-nghi", FeedbackFixture.fields())
            #expect(limited.status == .tooManyRequests)
            #expect(limited.text.contains("quá nhiều"))
            #expect(try await FeedbackFixture.count(env) == FeedbackThrottle.Kind.submission.limit)
            let rows = try await env.database.sql.raw("SELECT COUNT(*) AS n FROM throttle_events WHERE bucket = 'feedback.submission'").first()
            #expect(try rows?.decode(column: "n", as: Int.self) == FeedbackThrottle.Kind.submission.limit, "counted in the database")
        }
    }

    @Test("40 concurrent submissions get PAKN.20250304.0001–0040, no gap, no duplicate")
    func concurrentCodes() async throws {
        try await withApp { env, _, _ in
            let calendar = try HolidayCalendar.bundled()
            let at = LocalDateTime(iso: "2025-03-04T09:00")!
            let codes = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<40 {
                    group.addTask {
                        try await FeedbackStore.submit(FeedbackFixture.intake(at: at), by: .sender, actor: FeedbackFixture.actor,
                                                       calendar: calendar, on: env.database).text
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(codes) == Set((1...40).map { String(format: "PAKN.20250304.%04d", $0) }))
        }
    }

    @Test("Staff type a call into the register: number and date at once (Art. 7.2, 9.1.c); the register lists it")
    func staffEntry() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            var fields = FeedbackFixture.fields(name: "Lê Thị Hoa")
            fields["kenh"] = "phone"
            fields["thoi-diem"] = "03/03/2025 09:15"
            let created = try await browser.post(client, "/quan-tri/phan-anh/nhap", fields)
            #expect(created.status == .seeOther)
            let record = try await FeedbackStore.require(code: "PAKN.20250303.0001", on: env.database.db)
            #expect(record.status == .registered)
            #expect(record.lifecycle.registerEntry?.number == 1)
            #expect(record.lifecycle.channel == .phone)
            let register = try await browser.get(client, "/quan-tri/phan-anh/so-tiep-nhan?nam=2025")
            #expect(register.status == .ok)
            #expect(register.text.contains("PAKN.20250303.0001"))
            #expect(register.text.contains("Lê Thị Hoa"))
            // An officer cannot enter feedback (coordinators register it).
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            #expect(try await officer.get(client, "/quan-tri/phan-anh/nhap").status == .forbidden)
        }
    }
}
