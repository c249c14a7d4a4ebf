import FeedbackRules
import Testing
import TestKit

@Suite("Answer templates")
struct AnswerTemplateTests {
    @Test("The standard templates cover refusal (Art. 9.1.d), forwarding, requests for information and answers")
    func standard() throws {
        #expect(AnswerTemplate.standard.map(\.id) == ["khong-tiep-nhan", "chuyen-co-quan", "de-nghi-bo-sung", "tra-loi"])
        let refusal = try #require(AnswerTemplate.standard("khong-tiep-nhan"))
        #expect(refusal.placeholders == ["ma", "ngay_tiep_nhan", "ly_do"])
        #expect(refusal.body.contains("điểm d khoản 1 Điều 9"))
    }

    @Test("Rendering fills every placeholder and names the missing ones")
    func render() throws {
        let template = try #require(AnswerTemplate.standard("de-nghi-bo-sung"))
        let text = try template.render(["ma": "PAKN.20250303.0001", "don_vi": "UBND xã Diễn Kim", "noi_dung": "ngày nộp hồ sơ"])
        #expect(text == "Để xử lý phản ánh, kiến nghị mã PAKN.20250303.0001, UBND xã Diễn Kim đề nghị ông/bà cung cấp thêm: ngày nộp hồ sơ.")
        #expect(throws: TemplateError(missing: ["don_vi", "noi_dung"])) {
            try template.render(["ma": "PAKN.20250303.0001", "noi_dung": "  "])
        }
        #expect(TemplateError(missing: ["ma"]).text.vi == "Chưa điền: ma")
    }
}
