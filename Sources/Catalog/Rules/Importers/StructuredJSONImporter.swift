import Foundation
import WorkCalendar

/// Imports one procedure from the structured export parsed from the portal's Word files
/// (bo-quoc-phong-structured/extracted_fixed/*.json): `metadata`, `content` and `tables`
/// (`hinh_thuc_nop`, `thanh_phan_ho_so`, `can_cu_phap_ly`).
public enum StructuredJSONImporter {
    public static let sourcePrefix = "bqp-structured:"

    public static func parse(data: Data, fileName: String) throws -> (Procedure, [ImportWarning]) {
        let record = try JSONRecord(data: data, fileName: fileName)
        let code = try record.required("metadata.mã_thủ_tục", "thu_tuc_id")
        let name = try record.required("metadata.tên_thủ_tục")
        var warnings = record.warnings
        if !Procedure.isValidCode(code) {
            warnings.append(ImportWarning(code: "code.unexpected_format", field: "metadata.mã_thủ_tục",
                message: "Code \"\(code)\" is neither D.NNNNNN nor a provincial variant"))
        }
        func content(_ key: String) -> String? { record.string("content." + key) }
        for key in ["cơ_quan_được_ủy_quyền", "từ_khóa", "mô_tả"] {
            if let value = TextNormalizer.optionalLine(content(key)) {
                warnings.append(ImportWarning(code: "field.not_represented", field: "content." + key,
                    message: "\"\(clip(value))\" has no place in the catalogue model"))
            }
        }
        var channels: [Channel] = []
        for row in record.rows("tables.hinh_thuc_nop") {
            let (channel, found) = channel(row)
            channels.append(channel)
            warnings += found
        }
        if channels.isEmpty, let text = TextNormalizer.optionalBlock(content("cách_thức_thực_hiện")) {
            let (parsed, found) = PortalChannelParser.parse(text)
            channels = parsed
            warnings += found
        }
        if channels.isEmpty {
            warnings.append(ImportWarning(code: "channels.missing", field: "tables.hinh_thuc_nop",
                                          message: "The record gives no submission channel"))
        }
        let documents = record.rows("tables.thanh_phan_ho_so").map(document)
        var legalBases: [LegalBasis] = []
        for row in record.rows("tables.can_cu_phap_ly") {
            let (basis, found) = legalBasis(row)
            legalBases.append(basis)
            warnings += found
        }
        let procedure = Procedure(
            code: code,
            name: name,
            decisions: ProcedureFields.decisions(record.string("metadata.số_quyết_định")),
            levels: ProcedureFields.levels(record.string("metadata.cấp_thực_hiện")),
            kind: TextNormalizer.optionalLine(record.string("metadata.loại_thủ_tục")),
            field: TextNormalizer.optionalLine(record.string("metadata.lĩnh_vực")),
            applicants: TextNormalizer.splitList(content("đối_tượng_thực_hiện") ?? "", separators: [","]),
            competentAgency: TextNormalizer.optionalLine(content("cơ_quan_có_thẩm_quyền")),
            implementingAgency: TextNormalizer.optionalLine(content("cơ_quan_thực_hiện")),
            coordinatingAgency: TextNormalizer.optionalLine(content("cơ_quan_phối_hợp")),
            receptionAddress: TextNormalizer.optionalLine(content("địa_chỉ_tiếp_nhận_hs")),
            steps: TextNormalizer.block(content("trình_tự_thực_hiện") ?? ""),
            channels: channels,
            documents: documents,
            conditions: TextNormalizer.optionalBlock(content("yêu_cầu_điều_kiện_thực_hiện")),
            result: TextNormalizer.optionalBlock(content("kết_quả_thực_hiện")),
            legalBases: legalBases,
            onlineLevel: ProcedureFields.onlineLevel(channels),
            status: .inForce,
            source: sourcePrefix + fileName
        )
        return (procedure, warnings)
    }

    static func channel(_ row: [String: Any]) -> (Channel, [ImportWarning]) {
        func cell(_ key: String) -> String { JSONRecord.text(of: row[key]) ?? "" }
        let name = TextNormalizer.line(cell("hinh_thuc"))
        var channel = Channel(kind: ChannelKind(vietnameseName: name))
        var warnings: [ImportWarning] = []
        channel.timeText = TextNormalizer.line(cell("thoi_han_giai_quyet"))
        switch TimeParser.parse(channel.timeText) {
        case .notStated: break
        case .parsed(let time): channel.processingTime = time
        case .unitMissing(let text):
            warnings.append(ImportWarning(code: "time.unit_missing", field: "tables.hinh_thuc_nop.thoi_han_giai_quyet",
                message: "\(name): time \"\(text)\" has no unit; not guessed"))
        case .unparsed(let text):
            warnings.append(ImportWarning(code: "time.unparsed", field: "tables.hinh_thuc_nop.thoi_han_giai_quyet",
                message: "\(name): \"\(clip(text))\" is not a duration; kept as text"))
        }
        channel.feeText = TextNormalizer.block(cell("phi_le_phi"))
        let (fees, problems) = FeeParser.parseStatements(channel.feeText)
        channel.fees = fees
        warnings += problems.map {
            ImportWarning(code: $0.code, field: "tables.hinh_thuc_nop.phi_le_phi", message: "\(name): \($0.message)")
        }
        channel.note = TextNormalizer.optionalBlock(cell("mo_ta"))
        return (channel, warnings)
    }

    /// `so_luong` holds the form files (one per line) and `ghi_chu` the counts
    /// ("Bản chính: 1\nBản sao: 0").
    static func document(_ row: [String: Any]) -> DocumentRequirement {
        func cell(_ key: String) -> String { JSONRecord.text(of: row[key]) ?? "" }
        let templates = TextNormalizer.block(cell("so_luong")).split(separator: "\n")
            .map { TextNormalizer.line(String($0)) }.filter { !$0.isEmpty }
        let notes = TextNormalizer.block(cell("ghi_chu"))
        return DocumentRequirement(name: TextNormalizer.block(cell("ten_giay_to")),
                                   originals: count(after: "Bản chính:", in: notes),
                                   copies: count(after: "Bản sao:", in: notes),
                                   templates: templates)
    }

    static func count(after label: String, in text: String) -> Int? {
        guard let range = text.range(of: label, options: [.caseInsensitive]) else { return nil }
        let digits = text[range.upperBound...].drop { $0 == " " }.prefix { $0.isASCIIDigit }
        return Int(digits)
    }

    static func legalBasis(_ row: [String: Any]) -> (LegalBasis, [ImportWarning]) {
        func cell(_ key: String) -> String { TextNormalizer.line(JSONRecord.text(of: row[key]) ?? "") }
        let written = cell("so_ky_hieu")
        let title = cell("trich_yeu")
        let date = ISODate.fromVietnamese(cell("ngay_ban_hanh"))
        let issuer = TextNormalizer.optionalLine(cell("co_quan_ban_hanh"))
        let field = "tables.can_cu_phap_ly.so_ky_hieu"
        let ownNumbers = DocumentNumber.all(in: Array(written))
        if let number = ownNumbers.first {
            return (LegalBasisParser.basis(number: number.text, title: title, date: date, issuer: issuer), [])
        }
        // "12" or "34/2023": look for the full number in the title.
        let bare = written.split(separator: " ").last.map(String.init) ?? ""
        if !bare.isEmpty, bare.first?.isASCIIDigit == true,
           let full = DocumentNumber.all(in: Array(title)).first(where: { $0.text.hasPrefix(bare + "/") || $0.text.hasPrefix(bare) && bare.contains("/") }) {
            return (LegalBasisParser.basis(number: full.text, title: title, date: date, issuer: issuer), [])
        }
        let basis = LegalBasis(number: bare.first?.isASCIIDigit == true ? bare : "", title: title,
                               date: date, issuer: issuer)
        let warning = basis.number.isEmpty
            ? ImportWarning(code: "legal_basis.number_missing", field: field,
                            message: "\"\(written)\" is not a document number")
            : ImportWarning(code: "legal_basis.incomplete_number", field: field,
                            message: "Number \"\(written)\" is incomplete; kept as written")
        return (basis, [warning])
    }
}
