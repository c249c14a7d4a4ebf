import App
import Feedback
import FeedbackRules
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import TextSearch
import Testing
import WorkCalendar

/// No public page or public API response shows the sender's name, phone, e-mail or address
/// (Decree 20/2008/NĐ-CP Art. 19; Law 91/2025/QH15), even when typed into the content too.
@Suite("Feedback privacy", .serialized)
struct FeedbackPrivacyTests {
    struct Person {
        var name: String
        var phone: String
        var email: String
        var address: String
        /// The content, which repeats the personal data in another spelling.
        var content: String
    }

    static let corpus: [Person] = [
        Person(name: "Nguyễn Thị Minh Khai", phone: "0912345678", email: "minhkhai.nguyen@gmail.com", address: "Số 12 ngõ 34 đường Lê Lợi, phường Hưng Bình",
               content: "Tôi là Nguyễn Thị Minh Khai, số điện thoại 0912 345 678, email minhkhai.nguyen@gmail.com, ở số 12 ngõ 34 đường Lê Lợi. Thủ tục chứng thực bản sao đòi quá nhiều giấy tờ."),
        Person(name: "Trần Văn Bình", phone: "0987654321", email: "binh.tv@yahoo.com.vn", address: "Xóm 5, xã Diễn Hồng",
               content: "Ông Trần Văn Bình (xom 5 xa Dien Hong) phản ánh: gọi 098.765.4321 không ai nghe, thủ tục cấp giấy phép xây dựng chậm."),
        Person(name: "Lê Hoàng Nam", phone: "+84 238 3862 123", email: "hoangnam@dienchau.vn", address: "Thôn Đông, xã Diễn Lâm",
               content: "Chú Lê Hoàng Nam ở thôn Đông, xã Diễn Lâm kiến nghị đơn giản hóa thủ tục đăng ký kết hôn; liên hệ 0238 3862 123."),
        Person(name: "Phạm Thu Hà", phone: "0356 789 012", email: "thuha.pham@outlook.com", address: "Khối 3, thị trấn Diễn Châu",
               content: "Em là Phạm Thu Hà, khối 3 thị trấn Diễn Châu. Đề nghị bỏ yêu cầu xác nhận cư trú khi đã có căn cước. SĐT 0356789012."),
    ]

    static func around(_ body: String, _ secret: String) -> String {
        let folded = Folding.fold(body)
        guard let range = folded.range(of: Folding.fold(secret)) else { return "" }
        let start = folded.index(range.lowerBound, offsetBy: -120, limitedBy: folded.startIndex) ?? folded.startIndex
        let end = folded.index(range.upperBound, offsetBy: 60, limitedBy: folded.endIndex) ?? folded.endIndex
        return String(folded[start..<end])
    }

    static func forbidden(_ p: Person) -> [String] {
        let digits = p.phone.filter(\.isNumber)
        let national = digits.hasPrefix("84") ? "0" + digits.dropFirst(2) : digits
        return [p.name, p.email, p.address, String(national), String(national.suffix(9)),
                Folding.foldedName(p.name)]
    }

    @Test("Published answers, the statistics, the receipt, the follow-up without digits, Open311 and /api/v1/feedback hold no sender data")
    func corpusNeverLeaks() async throws {
        try await withApp { env, f, client in
            let calendar = try HolidayCalendar.bundled()
            let yesterday = LocalDateTime(date: LocalDate(julianDay: env.clock.localNow.date.julianDay - 1), hour: 8, minute: 0)!
            var codes: [String] = []
            for person in Self.corpus {
                let submission = Submission(channel: .webForm,
                                            sender: Sender(name: person.name, address: person.address, phone: PhoneNumber(person.phone), email: EmailAddress(person.email)),
                                            subject: Subject(procedureCode: nil, regulation: "Nghị định 23/2015/NĐ-CP")!, contentKind: .unsuitedToReality, content: person.content)
                let code = try await FeedbackStore.submit(FeedbackIntake(submission: submission, procedureName: nil, field: "Chứng thực", at: yesterday),
                                                          by: .sender, actor: FeedbackFixture.actor, calendar: calendar, on: env.database).text
                try await FeedbackFixture.answer(code, env, unit: f.justice.id, at: yesterday, calendar: calendar)
                let record = try await FeedbackStore.require(code: code, on: env.database.db)
                let question = Redactor(known: KnownPersonalData(sender: record.sender)).redact(record.content)
                try await FeedbackStore.apply(.event(.publish(at: env.clock.localNow, question: question)), to: code, by: FeedbackFixture.staff,
                                              actor: FeedbackFixture.actor, calendar: calendar, on: env.database)
                codes.append(code)
            }
            var pages = ["/phan-anh-kien-nghi/cong-khai", "/phan-anh-kien-nghi/cong-khai?q=thu+tuc", "/api/v1/feedback", "/api/v1/feedback/statistics",
                         "/open311/v2/requests.json", "/open311/v2/requests.xml"]
            for code in codes {
                pages += ["/phan-anh-kien-nghi/da-gui?ma=\(code)", "/phan-anh-kien-nghi/theo-doi?ma=\(code)", "/open311/v2/requests/\(code).json",
                          "/open311/v2/requests/\(code).xml", "/api/v1/feedback/\(code)"]
            }
            // Searching for a sender's name finds nothing: the published text no longer holds it.
            for person in Self.corpus {
                let search = "/phan-anh-kien-nghi/cong-khai?q=\(Folding.foldedName(person.name).replacingOccurrences(of: " ", with: "+"))"
                let response = try await client.execute(uri: search, method: .get)
                #expect(response.text.contains("published-none"), "\(search) finds a case")
            }
            for page in pages {
                let response = try await client.execute(uri: page, method: .get)
                #expect(response.status == .ok, "\(page)")
                let body = response.text
                let folded = Folding.fold(body)
                for person in Self.corpus {
                    for secret in Self.forbidden(person) where !secret.isEmpty {
                        #expect(!body.contains(secret) && !folded.contains(Folding.fold(secret)), "\(page) shows \(secret): \(Self.around(body, secret))")
                    }
                }
            }
            let published = try await client.execute(uri: "/phan-anh-kien-nghi/cong-khai", method: .get)
            for code in codes { #expect(published.text.contains(code)) }
        }
    }
}

extension Folding {
    /// The name as typed without diacritics.
    static func foldedName(_ name: String) -> String { fold(name) }
}
