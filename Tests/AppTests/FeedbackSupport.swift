import App
import Catalog
import Feedback
import FeedbackRules
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import WorkCalendar

/// Shared helpers of the feedback suites (Decree 20/2008/NĐ-CP).
enum FeedbackFixture {
    static let shared = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? repositoryRoot

    /// The web form's fields, valid.
    static func fields(name: String = "Nguyễn Văn An", phone: String = "0912 345 678", address: String = "Xóm 3, xã Diễn Hồng, huyện Diễn Châu",
                       content: String = "Thủ tục đăng ký khai sinh yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu dân cư, gây mất thời gian.") -> [String: String] {
        ["loai": "individual", "ho-ten": name, "dia-chi": address, "dien-thoai": phone, "email": "", "to-chuc": "",
         "ma-thu-tuc": "", "quy-dinh": "Thông tư 04/2020/TT-BTP, Điều 9", "loai-noi-dung": "unsuited", "noi-dung": content,
         "dong-y": "1", "website": ""]
    }

    static func submission(name: String = "Nguyễn Văn An", phone: String = "0912345678", address: String = "Xóm 3, xã Diễn Hồng",
                           content: String = "Quy định về bản sao giấy tờ không còn phù hợp với thực tế hiện nay.",
                           channel: FeedbackChannel = .webForm) -> Submission {
        Submission(channel: channel,
                   sender: Sender(name: name, address: address, phone: PhoneNumber(phone), email: nil),
                   subject: Subject(procedureCode: nil, regulation: "Thông tư 04/2020/TT-BTP")!,
                   contentKind: .unsuitedToReality, content: content)
    }

    static func intake(at: LocalDateTime, _ submission: Submission = submission()) -> FeedbackIntake {
        FeedbackIntake(submission: submission, procedureName: nil, field: "Hộ tịch", at: at)
    }

    static func count(_ env: AppEnvironment) async throws -> Int {
        try await env.database.sql.raw("SELECT COUNT(*) AS n FROM feedback_cases").first()?.decode(column: "n", as: Int.self) ?? -1
    }

    /// A multipart post of the form with files in the `tep` field.
    static func upload(_ browser: inout Browser, _ client: any TestClientProtocol, _ path: String, fields: [String: String],
                       files: [(name: String, data: Data)]) async throws -> TestResponse {
        let boundary = "----minhbach\(UUID().uuidString)"
        var body = Data()
        for (key, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"tep\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        let response = try await client.execute(
            uri: path + "?_csrf=\(browser.csrf)", method: .post,
            headers: [.cookie: browser.cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
        browser.absorb(response)
        return response
    }

    static let staff = CaseActor.staff("dieuphoi")
    static let actor = AuditActor.system("test")

    /// Takes a received case through register, classification, assignment, draft, approval and sending.
    static func answer(_ code: String, _ env: AppEnvironment, unit: UUID, at start: LocalDateTime, calendar: HolidayCalendar) async throws {
        var minute = 0
        func t() -> LocalDateTime { minute += 10; return LocalDateTime(date: start.date, minutes: start.minutes + minute)! }
        let steps: [(FeedbackStep, CaseActor)] = [
            (.register(at: t()), staff), (.event(.classify(at: t(), .withinCompetence)), staff),
            (.event(.assign(at: t(), unit: unit.uuidString)), staff),
            (.event(.draftAnswer(at: t(), text: "Ủy ban sẽ rà soát và bãi bỏ yêu cầu bản sao trong quý tới.", template: nil)), .staff("canbo")),
            (.event(.approve(at: t())), staff), (.event(.sendAnswer(at: t())), staff),
        ]
        for (step, who) in steps {
            try await FeedbackStore.apply(step, to: code, by: who, actor: actor, calendar: calendar, on: env.database)
        }
    }
}
