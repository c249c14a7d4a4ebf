import Foundation
import Testing
@testable import Catalog

@Suite struct DiffAndTextTests {
    /// Re-importing 1.000532.json gives "unchanged"; a changed fee and level are reported.
    @Test func reimportIsUnchangedAndChangesAreRendered() throws {
        let (first, _) = try RealData.portal("1.000532.json")
        let (again, _) = try RealData.portal("1.000532.json")
        #expect(again.differences(from: first).isEmpty)
        #expect(again.isUnchanged(comparedTo: first))
        var edited = again
        edited.levels = ["Cấp bộ", "Cấp tỉnh"]
        edited.channels[0].fees[0].amountVND = 40_000_000
        edited.conditions = "Có điều kiện"
        let changes = edited.differences(from: first)
        #expect(Set(changes.keys) == ["levels", "channels", "conditions"])
        #expect(changes["levels"]?.old == first.levels.joined(separator: "; "))
        #expect(changes["levels"]?.new == "Cấp bộ; Cấp tỉnh")
        #expect(changes["conditions"]?.old == first.conditions)
        #expect(changes["conditions"]?.new == "Có điều kiện")
        #expect(changes["channels"]?.new.contains("\"amount_vnd\":40000000") == true)
        #expect(changes["channels"]?.old.contains("\"amount_vnd\":35000000") == true)
    }

    /// 1.001193.json: what the search index receives.
    @Test func searchFields() throws {
        let (p, _) = try RealData.portal("1.001193.json")
        let fields = p.searchFields
        #expect(fields.name == "Thủ tục đăng ký khai sinh")
        #expect(fields.field == "Hộ tịch")
        #expect(fields.body.hasPrefix("Công dân Việt Nam, Người Việt Nam định cư ở nước ngoài\n"))
        #expect(fields.body.contains("\nGiấy chứng sinh; trường hợp không có Giấy chứng sinh"))
        #expect(fields.body.hasSuffix("\nGiấy khai sinh"))
    }

    @Test func normalisation() {
        let decomposed = "Hộ tịch".decomposedStringWithCanonicalMapping
        #expect(TextNormalizer.isNFC(TextNormalizer.line(decomposed)))
        #expect(!TextNormalizer.isNFC(decomposed))
        #expect(TextNormalizer.line("  Ủy ban Nhân dân\u{00A0}xã,\u{00A0}phường \t thị trấn.\n ") == "Ủy ban Nhân dân xã, phường thị trấn.")
        #expect(TextNormalizer.block("  Bước 1:  nộp \r\n\r\n\r\n- Bước  2\u{200B}\n\n") == "Bước 1: nộp\n\n- Bước 2")
        #expect(TextNormalizer.optionalLine("Không có thông tin") == nil)
        #expect(TextNormalizer.sentenceCase("Cấp Xã") == "Cấp xã")
        #expect(ChannelKind(vietnameseName: "Dịch vụ bưu chính") == .postal)
        #expect(ChannelKind(encoded: ChannelKind.other("online").encoded) == .other("online"))
        #expect(ProcedureFields.decisions("Quyết định số 6225/QĐ-BQP") == ["6225/QĐ-BQP"])
        #expect(ProcedureFields.decisions("3980 /QĐ-BQP") == ["3980/QĐ-BQP"])
    }

    @Test func codes() {
        #expect(Procedure.isValidCode("1.001193"))
        #expect(Procedure.isValidCode("1.012790.000.00.00.H41"))
        #expect(!Procedure.isValidCode("1.01279"))
        #expect(!Procedure.isValidCode("khai sinh"))
        let p = Procedure(code: "1.012790.000.00.00.H41", name: "x", source: "t")
        #expect(p.nationalCode == "1.012790")
    }

    @Test func documentNumbers() {
        func numbers(_ text: String) -> [String] { DocumentNumber.all(in: Array(text)).map(\.text) }
        #expect(numbers("Luật Hộ tịch123/2015/NĐ-CPThông tư") == ["123/2015/NĐ-CP"])
        #expect(numbers("Luật 60/2014/QH1360/2014/QH13") == ["60/2014/QH13", "60/2014/QH13"])
        #expect(numbers("năm 201213/2012/QH13") == ["13/2012/QH13"])
        #expect(numbers("số 01/2014/NQLT-CP-UBTƯMTTQVNCông") == ["01/2014/NQLT-CP-UBTƯMTTQVN"])
        #expect(numbers("Thông tư 08.a/2010/TT-BTP08.a/2010/TT-BTP") == ["08.a/2010/TT-BTP", "08.a/2010/TT-BTP"])
        #expect(numbers("1898/QĐ-BTPTrang chủ") == ["1898/QĐ-BTP"])
        #expect(numbers("22/2025/QĐ-TTg") == ["22/2025/QĐ-TTg"])
        #expect(DocumentNumber.issuer(of: "05/2015/TTLT-BTP-BCA-BYT") == "Bộ Tư pháp, Bộ Công an, Bộ Y tế")
        #expect(ISODate.fromVietnamese("01 tháng 7 năm 2025") == "2025-07-01")
        #expect(ISODate.fromVietnamese("31/02/2025") == nil)
    }
}
