import Catalog
import Foundation
import Testing
import TextSearch

@Suite("The shipped lexicon")
struct ShippedLexiconTests {
    @Test("Parses without a bad line; at least 200 entries; every field of public administration the search must understand is there")
    func shipped() throws {
        let text = try #require(CatalogLexicon.shippedText)
        let parsed = LexiconFile.parse(text)
        #expect(parsed.errors.isEmpty, "\(parsed.errors)")
        #expect(parsed.entries.count >= 200)
        #expect(CatalogLexicon.shipped.entries.count == parsed.entries.count)
        #expect(text == text.precomposedStringWithCanonicalMapping, "NFC")
        let phrases = Set(parsed.entries.map { Folding.fold($0.phrase) })
        let expected = [
            "hộ khẩu", "nhập khẩu", "cắt khẩu", "tạm trú", "tạm vắng",  // residence
            "cccd", "căn cước", "chứng minh thư",  // identity
            "hộ chiếu", "visa",  // travel
            "bằng lái", "đăng ký xe", "sang tên xe", "biển số",  // vehicles
            "sổ đỏ", "sổ hồng", "tách thửa", "xin phép xây nhà",  // land and housing
            "giấy khai sinh", "báo tử", "độc thân", "cải chính tên",  // civil status
            "công chứng",  // certification
            "giấy phép kinh doanh", "hộ cá thể", "mã số thuế",  // business and tax
            "bhxh", "thất nghiệp", "lương hưu",  // social insurance
            "giấy phép lao động", "tìm việc",  // labour
            "bằng tốt nghiệp", "miễn học phí",  // education
            "tôi muốn", "làm thế nào", "cần những giấy tờ gì", "ở đâu", "bao lâu",  // questions
            "mất", "đổi", "lần đầu",  // actions
            "có yếu tố nước ngoài", "lưu động", "khu vực biên giới", "thực hiện tại cấp trung ương",  // special cases
        ]
        for phrase in expected { #expect(phrases.contains(Folding.fold(phrase)), "\(phrase)") }
        // No entry that says nothing: each synonym or action means something other than itself.
        for entry in parsed.entries where entry.kind == .synonym || entry.kind == .intent {
            #expect(entry.means.contains { Folding.words($0) != Folding.words(entry.phrase) }, "\(entry.phrase)")
        }
    }
}
