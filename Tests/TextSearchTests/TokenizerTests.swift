import Foundation
import Testing
@testable import TextSearch

@Suite struct TokenizerTests {
    static let samples: [String] = [
        "Đăng ký khai sinh",
        "Thủ tục đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con",
        "Đăng ký khai sinh".decomposedStringWithCanonicalMapping,
        "ĐỨC CHÂU hoà hòa HOÀ",
        "  leading and trailing  ",
        "1.001193 163/QĐ-BTP, 12/2021/QĐ-TTg",
        "Straße İstanbul ŉ ǅ Ω ﬁ",
        "Ελληνικά κείμενο, Русский текст",
        "中文 日本語 한국어",
        "emoji 👩‍👩‍👧 ok 🇻🇳 việt",
        "tab\tnew\nline\r\nnbsp\u{00A0}end",
        "\u{0301}lone mark, x \u{0301}y",
        "zero\u{200B}width joiner\u{200D}x",
        "",
        "---",
        "cấp “Giấy chứng nhận” – bản sao\u{200E} ≤ 5 ■ ✓ ™ ½ Ⅻ ℃",
        "a\u{20DD}b c\u{FE0F}d e\u{200C}f",
    ]

    @Test(arguments: samples)
    func matchesFoldingWords(_ text: String) {
        #expect(Tokenizer.words(text) == Folding.words(text))
    }

    @Test(.enabled(if: ProcedureFixtures.available))
    func matchesFoldingWordsOnRealData() {
        var checked = 0
        for document in ProcedureFixtures.documents {
            for text in [document.name, document.field, document.body] {
                #expect(Tokenizer.words(text) == Folding.words(text), "\(document.id)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }

    @Test func tableIndexMatchesBlocks() {
        var expected = 0
        for block in FoldTable.blocks {
            for value in block {
                #expect(FoldTable.index(of: value) == expected)
                expected += 1
            }
        }
        #expect(FoldTable.shared.kinds.count == expected)
        for value: UInt32 in [0x370, 0x1DFF, 0x1F00, 0x1FFF, 0x2400, 0x24FF, 0x2800, 0x10FFFF] {
            #expect(FoldTable.index(of: value) == nil)
        }
    }

    @Test func invisibleFormatCharactersDoNotBreakPhrases() {
        var breaks: [WordBreak] = []
        Tokenizer.forEachWord(in: "khai\u{200E} sinh “đăng ký”") { _, wordBreak in breaks.append(wordBreak) }
        #expect(breaks == [.space, .space, .punctuation, .space])
    }

    @Test func reportsPunctuationBreaks() {
        var breaks: [(String, WordBreak)] = []
        Tokenizer.forEachWord(in: "khai sinh, đăng ký (lưu động)") { word, wordBreak in
            breaks.append((String(decoding: word, as: UTF8.self), wordBreak))
        }
        #expect(breaks.map(\.0) == ["khai", "sinh", "dang", "ky", "luu", "dong"])
        #expect(breaks.map(\.1) == [.space, .space, .punctuation, .space, .punctuation, .space])
    }
}
