import Foundation
import Testing
@testable import Catalog

/// bo-quoc-phong-structured/extracted_fixed: tables.hinh_thuc_nop, thanh_phan_ho_so, can_cu_phap_ly.
@Suite struct StructuredImporterTests {
    /// 1.013124.json: hinh_thuc_nop[0] = {"Trực tiếp", "30 Ngày làm việc", "Phí : 0 Đồng", ""};
    /// thanh_phan_ho_so[1] = {so_luong: "5-PHLCII.doc", ghi_chu: "Bản chính: 1\nBản sao: 0"};
    /// can_cu_phap_ly[0] = {so_ky_hieu: "12", trich_yeu: "Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 …",
    /// ngay_ban_hanh: "24-03-2021", co_quan_ban_hanh: "Thủ tướng Chính phủ"}.
    @Test func oilSpillPlanApproval() throws {
        let (p, warnings) = try RealData.structured("1.013124.json")
        #expect(warnings.isEmpty)
        #expect(p.code == "1.013124")
        #expect(p.decisions == ["6225/QĐ-BQP"])  // "Quyết định số 6225/QĐ-BQP"
        #expect(p.levels == ["Cấp bộ"])          // "Cấp Bộ"
        #expect(p.field == "Ứng phó sự cố tràn dầu")
        #expect(p.applicants.count == 8)
        #expect(p.applicants.contains("Tổ chức (không bao gồm doanh nghiệp, HTX)"))
        #expect(p.implementingAgency == "Văn phòng Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm cứu nạn")
        #expect(p.coordinatingAgency == nil)     // "Không có thông tin"
        #expect(p.conditions == "Không")
        #expect(p.result == "Quyết định phê duyệt kế hoạch ứng phó sự cố tràn dầu.")
        #expect(p.channels.map(\.kind) == [.inPerson, .online, .postal])
        #expect(p.channels[0] == Channel(kind: .inPerson,
                                         processingTime: ProcessingTime(amount: 30, unit: .workingDays),
                                         timeText: "30 Ngày làm việc",
                                         fees: [Fee(kind: .charge, amountVND: nil, isFree: true)],
                                         feeText: "Phí : 0 Đồng"))
        #expect(p.channels[1].note == "hoặc bằng các hình thức phù hợp khác")
        #expect(p.documents == [
            DocumentRequirement(name: "Văn bản đề nghị thẩm định và phê duyệt kế hoạch ứng phó sự cố tràn dầu.",
                                originals: 1, copies: 0),
            DocumentRequirement(name: "Kế hoạch ứng phó sự cố tràn dầu theo mẫu quy định tại Phụ lục II ban hành kèm theo Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ",
                                originals: 1, copies: 0, templates: ["5-PHLCII.doc"]),
        ])
        #expect(p.legalBases == [LegalBasis(
            number: "12/2021/QĐ-TTg",
            title: "Quyết định số 12/2021/QĐ-TTg ngày 24/3/2021 của Thủ tướng Chính phủ ban hành Quy chế hoạt động ứng phó với sự cố tràn dầu",
            date: "2021-03-24", issuer: "Thủ tướng Chính phủ")])
        #expect(p.source == "bqp-structured:1.013124.json")
    }

    /// 1.013575.json: phi_le_phi = "Lệ phí : 01 USD (…từ 16 tuổi trở lên…)\nLệ phí : 0.5 USD (…dưới 16
    /// tuổi…)\nLệ phí : 20000 Đồng (Người điều khiển phương tiện …)", thoi_han_giai_quyet = "0 Giờ";
    /// can_cu_phap_ly[0] has no co_quan_ban_hanh (issuer read from "138/2016/TT-BTC").
    @Test func severalFeesInForeignCurrencyAndHours() throws {
        let (p, warnings) = try RealData.structured("1.013575.json")
        let channel = try #require(p.channels.first)
        #expect(channel.processingTime == ProcessingTime(amount: 0, unit: .hours))
        #expect(channel.fees.count == 3)
        #expect(channel.fees[0] == Fee(kind: .fee, amountVND: nil,
                                       description: "01 USD Người Việt Nam và nước ngoài từ 16 tuổi trở lên xuống tàu thuyền nước ngoài"))
        #expect(channel.fees[1].description.hasPrefix("0.5 USD"))
        #expect(channel.fees[2] == Fee(kind: .fee, amountVND: 20_000,
                                       description: "Người điều khiển phương tiện Việt Nam, nước ngoài cập mạn tàu thuyền nước ngoài"))
        #expect(warnings.filter { $0.code == "fee.foreign_currency" }.count == 2)
        #expect(p.documents.count == 4)
        #expect(p.documents[0].originals == 1 && p.documents[0].copies == 1)
        #expect(p.legalBases[0] == LegalBasis(number: "138/2016/TT-BTC", title: "Thông tư 138/2016/TT-BTC",
                                              date: "2016-09-16", issuer: "Bộ Tài chính"))
        #expect(p.legalBases[1].issuer == "Chính phủ")
    }

    /// 1.013539.json: four "Phí : N Đồng (…)" lines for one channel.
    @Test func fourChargesInOneCell() throws {
        let (p, _) = try RealData.structured("1.013539.json")
        let fees = try #require(p.channels.first?.fees)
        #expect(fees.map(\.amountVND) == [2_000_000, 3_500_000, 4_000_000, 5_000_000])
        #expect(fees.allSatisfy { $0.kind == .charge && !$0.isFree })
        #expect(fees[0].description == "Thẩm định cấp phép sử dụng vật liệu nổ công nghiệp phục vụ nghiên cứu, kiểm định, thử nghiệm")
        #expect(p.channels.first?.processingTime == ProcessingTime(amount: 15, unit: .days))
    }

    /// 1.013144.json: so_luong lists three form files on separate lines.
    @Test func severalTemplatesPerDocument() throws {
        let (p, _) = try RealData.structured("1.013144.json")
        #expect(p.documents.contains { $0.templates == ["MU1A.docx", "MU1B.docx", "Mu4-phlc11.docx"] })
    }

    @Test func feeStatements() {
        let (fees, problems) = FeeParser.parseStatements("Phí : Mức thu bằng 50% mức thu phí Đồng (Thông tư số 64/2025/TT-BTC)\nFile đính kèm: 64-btc.pdf")
        #expect(fees.count == 1)
        #expect(fees[0].amountVND == nil && !fees[0].isFree)
        #expect(fees[0].description.hasSuffix("Thông tư số 64/2025/TT-BTC\nFile đính kèm: 64-btc.pdf"))
        #expect(problems.map(\.code) == ["fee.amount_unparsed"])
        #expect(FeeParser.parseStatements("Phí : Không Đồng").fees == [Fee(kind: .charge, amountVND: nil, isFree: true)])
        #expect(FeeParser.parseStatements("").fees.isEmpty)
        #expect(FeeParser.vndAmount("35,000,000") == 35_000_000)
        #expect(FeeParser.vndAmount("2.000.000") == 2_000_000)
        #expect(FeeParser.vndAmount("1.5") == nil)
    }
}
