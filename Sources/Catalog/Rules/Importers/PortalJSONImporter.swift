import Foundation
import WorkCalendar

/// Imports one procedure page scraped from the National Public Service Portal
/// (dichvucong-bo-tu-phap/*.json), parsing its flattened tables back into structure.
public enum PortalJSONImporter {
    public static let sourcePrefix = "dichvucong:"

    public static func parse(data: Data, fileName: String) throws -> (Procedure, [ImportWarning]) {
        let record = try JSONRecord(data: data, fileName: fileName)
        let code = try record.required("ma_thu_tuc")
        let name = try record.required("ten_thu_tuc")
        var warnings = record.warnings
        if !Procedure.isValidCode(code) {
            warnings.append(ImportWarning(code: "code.unexpected_format", field: "ma_thu_tuc",
                message: "Code \"\(code)\" is neither D.NNNNNN nor a provincial variant"))
        }
        if let delegated = TextNormalizer.optionalLine(record.string("co_quan_duoc_uy_quyen")) {
            warnings.append(ImportWarning(code: "field.not_represented", field: "co_quan_duoc_uy_quyen",
                message: "Authorised agency \"\(delegated)\" has no place in the catalogue model"))
        }
        let (channels, channelWarnings) = PortalChannelParser.parse(record.string("cach_thuc_thuc_hien") ?? "")
        let (documents, documentWarnings) = PortalDocumentParser.parse(record.string("thanh_phan_ho_so") ?? "")
        let (legalBases, legalWarnings) = LegalBasisParser.parsePortal(record.string("can_cu_phap_ly") ?? "")
        warnings += channelWarnings + documentWarnings + legalWarnings
        if channels.isEmpty {
            warnings.append(ImportWarning(code: "channels.missing", field: "cach_thuc_thuc_hien",
                                          message: "The record gives no submission channel"))
        }
        let procedure = Procedure(
            code: code,
            name: name,
            decisions: ProcedureFields.decisions(record.string("so_quyet_dinh")),
            levels: ProcedureFields.levels(record.string("cap_thuc_hien")),
            kind: TextNormalizer.optionalLine(record.string("loai_thu_tuc")),
            field: TextNormalizer.optionalLine(record.string("linh_vuc")),
            applicants: TextNormalizer.splitList(record.string("doi_tuong_thuc_hien") ?? "", separators: [","]),
            competentAgency: TextNormalizer.optionalLine(record.string("co_quan_co_tham_quyen")),
            implementingAgency: TextNormalizer.optionalLine(record.string("co_quan_thuc_hien")),
            coordinatingAgency: TextNormalizer.optionalLine(record.string("co_quan_phoi_hop")),
            receptionAddress: TextNormalizer.optionalLine(record.string("dia_chi_tiep_nhan")),
            steps: TextNormalizer.block(record.string("trinh_tu_thuc_hien") ?? ""),
            channels: channels,
            documents: documents,
            conditions: TextNormalizer.optionalBlock(record.string("yeu_cau_dieu_kien")),
            result: result(record.string("ket_qua_xu_ly")),
            legalBases: legalBases,
            onlineLevel: ProcedureFields.onlineLevel(channels),
            status: .inForce,
            related: ProcedureFields.relatedCodes(record.string("thu_tuc_lien_quan")),
            source: sourcePrefix + fileName
        )
        return (procedure, warnings)
    }

    /// "Giấy khai sinhMã: KQ.G15.000031Trích lục …Mã: KQ.G15.000032Từ khóa…Mô tả…Chọn cơ quan…"
    /// → "Giấy khai sinh\nTrích lục …" (result codes and the page's form widgets dropped; a
    /// non-empty "Mô tả" is kept on a line of its own).
    static func result(_ text: String?) -> String? {
        guard let text else { return nil }
        var value = TextNormalizer.raw(text)
        var description: String?
        if let keyword = value.range(of: "Từ khóa") {
            let widgets = value[keyword.upperBound...]
            if let describe = widgets.range(of: "Mô tả") {
                var note = String(widgets[describe.upperBound...])
                if let end = note.range(of: "Chọn cơ quan thực hiện") { note = String(note[..<end.lowerBound]) }
                description = TextNormalizer.optionalBlock(note)
            }
            value = String(value[..<keyword.lowerBound])
        }
        var names: [String] = []
        var chars = Array(value)
        while let marker = firstIndex(of: "Mã:", in: chars) {
            names.append(TextNormalizer.line(chars.text(0..<marker)))
            var i = chars.skipSpaces(from: marker + 3)
            // The result code ("KQ.G15.000031", "000.00.00.G15-KQ0001", …) ends where a
            // capitalised word begins.
            while i < chars.count, !(chars[i].isUppercase && i + 1 < chars.count && chars[i + 1].isLowercase) { i += 1 }
            chars = Array(chars[i...])
        }
        names.append(TextNormalizer.line(String(chars)))
        var lines = names.filter { !$0.isEmpty && !TextNormalizer.placeholders.contains($0) }
        if let description { lines.append(description) }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    static func firstIndex(of word: String, in chars: Chars) -> Int? {
        var i = 0
        while i < chars.count {
            if chars.matches(word, at: i) { return i }
            i += 1
        }
        return nil
    }
}

/// Field rules shared by the importers.
enum ProcedureFields {
    /// "Quyết định số 6225/QĐ-BQP" → "6225/QĐ-BQP"; several separated by "," or ";".
    static func decisions(_ text: String?) -> [String] {
        TextNormalizer.splitList(text ?? "", separators: [",", ";", "\n"]).map { item in
            var value = item
            for prefix in ["Quyết định số", "Quyết định", "QĐ số", "Số"] where value.hasPrefix(prefix + " ") {
                value = TextNormalizer.line(String(value.dropFirst(prefix.count)))
                break
            }
            return value.replacingOccurrences(of: " /", with: "/").replacingOccurrences(of: "/ ", with: "/")
        }
    }

    /// "Cấp Bộ, Cấp Tỉnh" → ["Cấp bộ", "Cấp tỉnh"].
    static func levels(_ text: String?) -> [String] {
        TextNormalizer.splitList(text ?? "", separators: [",", ";"]).map(TextNormalizer.sentenceCase)
    }

    /// Codes such as "1.000894" found in the related-procedures field.
    static func relatedCodes(_ text: String?) -> [String] {
        let chars = Array(TextNormalizer.line(text ?? ""))
        var codes: [String] = []
        var i = 0
        while i + 8 <= chars.count {
            if chars[i].isASCIIDigit, chars[i + 1] == ".", (i == 0 || !chars[i - 1].isASCIIDigit),
               chars[(i + 2)..<(i + 8)].allSatisfy(\.isASCIIDigit),
               i + 8 == chars.count || !chars[i + 8].isASCIIDigit {
                let code = chars.text(i..<(i + 8))
                if !codes.contains(code) { codes.append(code) }
                i += 8
            } else {
                i += 1
            }
        }
        return codes
    }

    /// None without an online channel; full when a channel note says "toàn trình";
    /// partial when one says "một phần"; otherwise the source does not tell.
    static func onlineLevel(_ channels: [Channel]) -> OnlineLevel {
        guard channels.contains(where: { $0.kind == .online }) else { return .none }
        let notes = channels.compactMap(\.note).joined(separator: " ").lowercased()
        if notes.contains("trực tuyến toàn trình") { return .full }
        if notes.contains("trực tuyến một phần") { return .partial }
        return .unknown
    }
}
