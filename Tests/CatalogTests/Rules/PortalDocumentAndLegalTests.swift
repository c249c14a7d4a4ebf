import Foundation
import Testing
@testable import Catalog

/// Documents (`thanh_phan_ho_so`), legal bases (`can_cu_phap_ly`) and the other fields of the
/// portal records.
@Suite struct PortalDocumentAndLegalTests {
    /// 1.002681.json: thanh_phan_ho_so = "--Tên giấy tờMẫu đơn, tờ khaiSố lượngBản sao kèm bản chính …
    /// 0 bản chính,1 bản sao2 ảnh màu cỡ 3 cm x 4 cm …2 bản chính…Đơn đề nghị cấp chứng chỉ hành nghề
    /// Quản tài viên theo Mẫu TP-QTV-02Mẫu TP-QTV-02.docx1 bản chính"
    @Test func countsAndFormTemplate() throws {
        let (p, _) = try RealData.portal("1.002681.json")
        #expect(p.documents.count == 4)
        #expect(p.documents[0].originals == 0)
        #expect(p.documents[0].copies == 1)
        #expect(p.documents[0].name.hasSuffix("Chứng chỉ kiểm toán viên đối với kiểm toán viên là người nước ngoài do Bộ Tài chính cấp"))
        #expect(p.documents[1] == DocumentRequirement(
            name: "2 ảnh màu cỡ 3 cm x 4 cm trong thời hạn không quá sáu (06) tháng tính đến ngày nộp hồ sơ.",
            originals: 2))
        #expect(p.documents[3] == DocumentRequirement(
            name: "Đơn đề nghị cấp chứng chỉ hành nghề Quản tài viên theo Mẫu TP-QTV-02",
            originals: 1, templates: ["Mẫu TP-QTV-02.docx"]))
        #expect(p.documents.allSatisfy { $0.group == nil })
    }

    /// 1.008908.json: "…tổ chức hòa giải thương mại nước ngoài tại Việt Nam.Mẫu TP-HGTM-08.docx
    /// Mẫu TP-HGTM-15.docx1 bản chính": two forms for one document.
    @Test func twoTemplatesForOneDocument() throws {
        let (p, warnings) = try RealData.portal("1.008908.json")
        #expect(p.documents.count == 1)
        #expect(p.documents[0].templates == ["Mẫu TP-HGTM-08.docx", "Mẫu TP-HGTM-15.docx"])
        #expect(p.documents[0].name.hasSuffix("tổ chức hòa giải thương mại nước ngoài tại Việt Nam."))
        #expect(!warnings.contains { $0.field == "thanh_phan_ho_so" })
    }

    /// 1.003005.json: "Hồ sơ của người nhận con nuôi:Tên giấy tờ…-Đơn  xin  nhận con  nuôi;
    /// 1.nxinnhnconnui.doc2 bản chính…": a named group and a file name glued after ";".
    @Test func groupAndGluedFileName() throws {
        let (p, _) = try RealData.portal("1.003005.json")
        let form = try #require(p.documents.first { $0.name == "Đơn xin nhận con nuôi;" })
        #expect(form.templates == ["1.nxinnhnconnui.doc"])
        #expect(form.originals == 2)
        #expect(form.group == "Hồ sơ của người nhận con nuôi")
        #expect(p.documents.contains { $0.name == "Bản sao Hộ chiếu hoặc giấy tờ có giá trị thay thế;"
                                       && $0.originals == 0 && $0.copies == 2 })
    }

    /// 1.001193.json: groups "* Giấy tờ phải nộp:", "* Giấy tờ phải xuất trình:", "* Lưu ý:" and an
    /// unlabelled "--" table.
    @Test func groupsOfTheBirthRegistration() throws {
        let (p, _) = try RealData.portal("1.001193.json")
        var groups: [String?] = []
        for document in p.documents where groups.last != .some(document.group) { groups.append(document.group) }
        #expect(groups == ["Giấy tờ phải nộp", "Giấy tờ phải xuất trình", "Lưu ý", nil])
        #expect(p.documents.count == 33)
        #expect(p.documents.last?.name.hasPrefix("Mẫu hộ tịch điện tử tương tác đăng ký khai sinh") == true)
        #expect(p.documents.first?.name == "Trường hợp trẻ em bị bỏ rơi thì phải có biên bản về việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập.")
    }

    /// 1.011435.json: the table ends with a sentence that has no count; it is kept and reported.
    @Test func trailingRowWithoutCount() throws {
        let (p, warnings) = try RealData.portal("1.011435.json")
        let last = try #require(p.documents.last)
        #expect(last.name.hasPrefix("Trường hợp nộp hồ sơ qua hệ thống đăng ký trực tuyến thì hồ sơ đăng ký bao gồm"))
        #expect(last.originals == nil && last.copies == nil)
        #expect(warnings.contains { $0.code == "documents.count_missing" })
    }

    /// 1.000080.json: can_cu_phap_ly = "Tên văn bản pháp lýMã văn bảnThông tư Hướng dẫn về phí … Trung
    /// ương85/2019/TT-BTCNghị định sửa đổi …104/2022/NĐ-CPNghị định số 123/2015/NĐ-CP ngày
    /// 15/11/2015 của Chính phủ … Luật Hộ tịch123/2015/NĐ-CP…"
    @Test func legalBasesSplitFromTheFlattenedTable() throws {
        let (p, warnings) = try RealData.portal("1.000080.json")
        #expect(!warnings.contains { $0.field == "can_cu_phap_ly" })
        #expect(p.legalBases[0] == LegalBasis(
            number: "85/2019/TT-BTC",
            title: "Thông tư Hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh, thành phố trực thuộc Trung ương",
            issuer: "Bộ Tài chính"))
        #expect(p.legalBases[1].number == "104/2022/NĐ-CP")
        #expect(p.legalBases[2] == LegalBasis(
            number: "123/2015/NĐ-CP",
            title: "Nghị định số 123/2015/NĐ-CP ngày 15/11/2015 của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch",
            date: "2015-11-15", issuer: "Chính phủ"))
        #expect(p.legalBases[3].date == "2025-06-12")
        #expect(p.legalBases.map(\.number).contains("60/2014/QH13"))  // "Luật 60/2014/QH1360/2014/QH13"
        #expect(p.legalBases.allSatisfy { !$0.title.isEmpty })
    }

    /// 1.004746.json: "…Bộ Tư phápThông tư số 03/2023/TT-BTPThông tư sửa đổi…": the number cell
    /// itself says "Thông tư số"; 1.008933.json: "Thông tư 05/2020/TT-BTP05/2020/TT-BTPThông tư số…".
    @Test func numberCellsWithWordsOrRepeatingTheTitle() throws {
        let (p, _) = try RealData.portal("1.004746.json")
        let circular = try #require(p.legalBases.first { $0.number == "03/2023/TT-BTP" })
        #expect(circular.title == "Thông tư số 03/2023/TT-BTP ngày 02/8/2023 của Bộ trưởng Bộ Tư pháp")
        #expect(circular.date == "2023-08-02")
        let (q, _) = try RealData.portal("1.008933.json")
        #expect(q.legalBases.map(\.number) == ["03/2024/TT-BTP", "05/2020/TT-BTP", "09/2025/TT-BTP", "08/2020/NĐ-CP"])
        #expect(q.legalBases[1].title == "Thông tư 05/2020/TT-BTP")
    }

    /// 1.002544.json: the only row's number cell is truncated ("…giá trị24/2024"); the title names it.
    @Test func truncatedNumberRecoveredFromItsTitle() throws {
        let (p, warnings) = try RealData.portal("1.002544.json")
        #expect(p.legalBases.count == 1)
        #expect(p.legalBases[0].number == "24/2024/QĐ-UBND")
        #expect(p.legalBases[0].title.hasPrefix("Quyết định 24/2024/QĐ-UBND Sơn La 2024"))
        #expect(!warnings.contains { $0.field == "can_cu_phap_ly" })
    }

    /// 1.001193.json: the other fields; ket_qua_xu_ly = "Giấy khai sinhMã: KQ.G15.000031Từ khóa…".
    @Test func otherFieldsOfTheBirthRegistration() throws {
        let (p, _) = try RealData.portal("1.001193.json")
        #expect(p.code == "1.001193")
        #expect(p.name == "Thủ tục đăng ký khai sinh")
        #expect(p.decisions == ["163/QĐ-BTP"])
        #expect(p.levels == ["Cấp xã"])
        #expect(p.kind == "TTHC được giao luật quy định chi tiết")
        #expect(p.field == "Hộ tịch")
        #expect(p.applicants == ["Công dân Việt Nam", "Người Việt Nam định cư ở nước ngoài"])
        #expect(p.implementingAgency == nil)  // "Không có thông tin"
        #expect(p.conditions == nil)
        #expect(p.result == "Giấy khai sinh")
        #expect(p.steps.hasPrefix("- Nếu lựa chọn hình thức nộp hồ sơ trực tiếp"))
        #expect(p.steps.contains("\n- Nếu lựa chọn hình thức nộp hồ sơ trực tuyến"))
        #expect(p.source == "dichvucong:1.001193.json")
        #expect(p.status == .inForce)
        #expect(p.onlineLevel == .unknown)
    }

    /// 1.000689.json: ket_qua_xu_ly = "Giấy khai sinhMã: KQ.G15.000031Trích lục đăng ký nhận cha, mẹ,
    /// conMã: KQ.G15.000033Từ khóa…": two results; 1.000390.json: doi_tuong_thuc_hien has
    /// "Cán bộ, công chức, viên chức" and "Tổ chức (không bao gồm doanh nghiệp, HTX)".
    @Test func resultsAndApplicants() throws {
        let (p, _) = try RealData.portal("1.000689.json")
        #expect(p.result == "Giấy khai sinh\nTrích lục đăng ký nhận cha, mẹ, con")
        let (q, _) = try RealData.portal("1.000390.json")
        #expect(q.applicants.contains("Cán bộ, công chức, viên chức"))
        #expect(q.applicants.contains("Tổ chức (không bao gồm doanh nghiệp, HTX)"))
        #expect(!q.applicants.contains { $0.first?.isLowercase == true })
    }
}
