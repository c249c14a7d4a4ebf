import Formats
import Foundation
import Testing
@testable import Platform
import Localization

@Suite("Pure rules")
struct RulesTests {
    @Test("Agency codes follow V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.00.H41 (Circular 01/2018 Art. 19.1; one rule for units and dossier codes)")
    func agencyCodes() {
        #expect(AgencyCode("000.00.00.H41")?.text == "000.00.00.H41")
        #expect(AgencyCode("000.08.25.H41")?.level1 == "H41")
        #expect(AgencyCode(" 000.00.00.h41 ")?.text == "000.00.00.H41")
        // The lower groups may be letters as well as digits (the national code standard).
        #expect(AgencyCode("G22.3A.01.H41")?.text == "G22.3A.01.H41")
        for bad in ["abc", "000.00.00", "00.00.00.H41", "000.00.00.41H", "000.00.00.H4", "000-00-00-H41", "０００.00.00.H41", "000.00.00.HH1"] {
            #expect(AgencyCode(bad) == nil, "\(bad)")
        }
    }

    @Test("Input is NFC, trimmed, and control characters are refused")
    func inputText() {
        let decomposed = "Die\u{0302}\u{0303}n Cha\u{0302}u"  // Diễn Châu written with combining marks
        #expect(InputText.clean("  \(decomposed) ") == "Diễn Châu")
        #expect(InputText.problem("a\u{0}b", maxLength: 10) == .controlCharacters)
        #expect(InputText.problem("dòng 1\ndòng 2", maxLength: 50, multiline: true) == nil)
        #expect(InputText.problem("dòng 1\ndòng 2", maxLength: 50) == .controlCharacters)
        #expect(InputText.problem(String(repeating: "a", count: 11), maxLength: 10) == .tooLong(max: 10))
    }

    @Test("HTML escapes text and attribute values")
    func htmlEscaping() {
        let node = el("a", [.href("/x?a=1&b=\"2\"")], text: "<script>&lt;")
        #expect(node.render() == #"<a href="/x?a=1&amp;b=&quot;2&quot;">&lt;script&gt;&amp;lt;</a>"#)
        #expect(el("input", [.flag("required")]).render() == "<input required>")
    }

    @Test("Form fields decode percent-encoding and plus signs")
    func formFields() {
        let fields = FormFields(urlEncoded: "name=Ph%C3%B2ng+T%C6%B0+ph%C3%A1p&x=1&x=2&empty=")
        #expect(fields["name"] == "Phòng Tư pháp")
        #expect(fields.all("x") == ["1", "2"])
        #expect(fields["empty"] == "")
        #expect(fields["missing"] == nil)
        #expect(fields.all("missing").isEmpty)
        #expect(fields.pairs.map(\.name) == ["name", "x", "x", "empty"])
        #expect(fields.values == ["name": ["Phòng Tư pháp"], "x": ["1", "2"], "empty": [""]])
    }

    @Test("Dates are written dd/MM/yyyy and only real dates are accepted")
    func dates() {
        #expect(VNFormat.parseDay("01/07/2025") == "2025-07-01")
        #expect(VNFormat.parseDay("2025-07-01") == "2025-07-01")
        #expect(VNFormat.parseDay("29/02/2025") == nil)
        #expect(VNFormat.parseDay("29/02/2024") == "2024-02-29")
        #expect(VNFormat.isoDay("2025-07-01") == "01/07/2025")
    }

    @Test("Every string in the catalogue is NFC in both languages")
    func stringsAreNFC() {
        let copies: [LocalizedText] = [S.productName, S.errorNotFound, S.signInFailed, S.unitFeedbackAddress, S.agencyCodeInvalid]
            + Array(S.unitKinds.values) + Array(S.roleNames.values) + Array(S.auditActions.values)
        for copy in copies {
            #expect(copy.vi == copy.vi.precomposedStringWithCanonicalMapping)
            #expect(!copy.en.isEmpty)
        }
    }

    @Test("Passwords: bcrypt round trip and strength")
    func passwords() async {
        let hash = await Passwords.hash("mot-mat-khau-dai", cost: 4)
        #expect(hash.hasPrefix("$2"))
        #expect(await Passwords.verify("mot-mat-khau-dai", hash: hash))
        #expect(!(await Passwords.verify("khac", hash: hash)))
        #expect(!Passwords.isStrongEnough("aaaaaaaaaaaa"))
        #expect(Passwords.isStrongEnough("dien-chau-2024"))
    }
}

@Suite("JSON writer")
struct JSONWriterTests {
    @Test("Hand-written JSON parses back to the same values, escapes included")
    func roundTrip() throws {
        var json = JSONWriter()
        json.beginObject()
        json.string("name", "Đăng ký \"khai sinh\"\n\\ tab\t\u{1}")
        json.beginArray("levels")
        json.element("Cấp xã")
        json.element("Cấp tỉnh")
        json.endArray()
        json.int("total", 3)
        json.bool("partial", false)
        json.string("absent", nil)
        json.endObject()
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "Đăng ký \"khai sinh\"\n\\ tab\t\u{1}")
        #expect(object["levels"] as? [String] == ["Cấp xã", "Cấp tỉnh"])
        #expect(object["total"] as? Int == 3)
        #expect(object["partial"] as? Bool == false)
        #expect(object["absent"] == nil)
    }
}
