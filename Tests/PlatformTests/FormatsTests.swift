import Formats
import Foundation
import Testing

@Suite("JSON and XML text")
struct FormatsTests {
    static let tricky = ["", "Nguyễn Thị \"Minh\" \\ Khai", "dòng 1\ndòng 2\r\tcuối", "\u{01}\u{08}\u{0C}\u{1F}", "a\u{2028}b\u{2029}c", "<b>&'",
                         "Đang giải quyết, đúng hạn", "Quý II – 2024 “trích”", "\u{2028}"]

    @Test("A quoted JSON string reads back as the same text with Foundation's parser (RFC 8259 §7)")
    func jsonRoundTrip() throws {
        for text in Self.tricky {
            let quoted = JSONText.quoted(text)
            let back = try JSONSerialization.jsonObject(with: Data(quoted.utf8), options: .fragmentsAllowed) as? String
            #expect(back == text)
            #expect(!quoted.contains("\u{2028}") && !quoted.unicodeScalars.contains { $0.value < 0x20 })
        }
        // Text that needs no escape comes out as itself between quotes (the fast path).
        #expect(JSONText.quoted("Đang giải quyết – đúng hạn") == "\"Đang giải quyết – đúng hạn\"")
    }

    @Test("XML text escapes the five markup characters and drops what XML 1.0 cannot carry")
    func xml() {
        #expect(XMLText.escape("<b>&\"'ok\n") == "&lt;b&gt;&amp;&quot;&apos;ok\n")
        #expect(XMLText.escape("a\u{01}b\u{FFFE}c\td") == "abc\td")
        #expect(XMLText.escape("Diễn Châu") == "Diễn Châu")
        // HTML text (no quotes escaped) and attributes, as HTMLNode writes them.
        var text = "", attribute = ""
        XMLText.escape("Bà \"Hoa\" & 'Lâm' <b>\u{01}", into: &text, quotes: false)
        XMLText.escape("Bà \"Hoa\" & 'Lâm'", into: &attribute, quotes: true)
        #expect(text == "Bà \"Hoa\" &amp; 'Lâm' &lt;b&gt;")
        #expect(attribute == "Bà &quot;Hoa&quot; &amp; &apos;Lâm&apos;")
    }
}
