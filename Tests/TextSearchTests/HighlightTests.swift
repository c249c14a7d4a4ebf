import Foundation
import Testing
@testable import TextSearch

@Suite struct HighlightTests {
    private func highlighted(_ text: String, _ terms: [String]) -> [String] {
        Highlight.ranges(in: text, matching: terms).map { String(text[$0]) }
    }

    @Test func mapsFoldedMatchesBackToOriginalText() {
        #expect(highlighted("Đăng ký khai sinh", ["dang", "khai"]) == ["Đăng", "khai"])
    }

    @Test func handlesDecomposedText() {
        let text = "Đăng ký khai sinh".decomposedStringWithCanonicalMapping
        let ranges = Highlight.ranges(in: text, matching: ["dang", "khai"])
        #expect(ranges.count == 2)
        let first = String(text[ranges[0]])
        // Exactly the decomposed scalars of "Đăng": Đ, a, combining breve, n, g.
        #expect(Array(first.unicodeScalars) == Array("Đăng".decomposedStringWithCanonicalMapping.unicodeScalars))
        #expect(text[ranges[0].upperBound] == " ")
        #expect(String(text[ranges[1]]) == "khai")
    }

    @Test func foldsTermsAndMatchesPrefixes() {
        #expect(highlighted("Giấy khai sinh", ["SIN"]) == ["sinh"])
        #expect(highlighted("Đăng ký khai sinh", ["ĐĂNG", "Ký"]) == ["Đăng", "ký"])
        #expect(highlighted("Hoà giải ở cơ sở", ["hòa"]) == ["Hoà"])
        #expect(highlighted("ĐỨC", ["duc"]) == ["ĐỨC"])
    }

    @Test func wholeWordMatchesTakePrecedenceOverPrefixes() {
        #expect(highlighted("Thủ tục đăng ký khai tử", ["khai", "tu"]) == ["khai", "tử"])
        #expect(highlighted("Thủ tục đăng ký", ["tu"]) == ["tục"])
        #expect(highlighted("Bản sao bằng tốt nghiệp", ["ban", "sao"]) == ["Bản", "sao"])
    }

    @Test func excludesPunctuationAndNonMatches() {
        #expect(highlighted("(khai sinh; giám hộ)", ["khai", "sinh"]) == ["khai", "sinh"])
        #expect(highlighted("kết hôn", ["khai"]).isEmpty)
        #expect(highlighted("kết hôn", []).isEmpty)
        #expect(highlighted("", ["khai"]).isEmpty)
    }

    @Test func multiWordTermsAreSplit() {
        #expect(highlighted("Đăng ký kết hôn", ["ket hon"]) == ["kết", "hôn"])
    }

    @Test func segmentsReassembleTheText() {
        let text = "Thủ tục đăng ký khai sinh, lưu động"
        let segments = Highlight.segments(text, terms: ["dang", "khai", "sinh"])
        #expect(segments.map(\.text).joined() == text)
        #expect(segments.filter(\.highlighted).map(\.text) == ["đăng", "khai", "sinh"])
        #expect(segments.first?.text == "Thủ tục ")
        #expect(segments.first?.highlighted == false)
        let none = Highlight.segments(text, terms: ["xyz"])
        #expect(none.count == 1 && none[0].text == text && !none[0].highlighted)
    }
}
