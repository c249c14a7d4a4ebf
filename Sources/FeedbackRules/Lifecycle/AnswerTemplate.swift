import Foundation
import WorkCalendar
import Localization

/// A text staff start from when writing to the sender, with `{{placeholders}}`.
///
/// Bodies are Vietnamese only: Decree 20/2008/NĐ-CP Art. 7.1.b and 7.2.b have feedback made
/// in Vietnamese, and the answer follows it.
public struct AnswerTemplate: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let body: String

    public init(id: String, title: LocalizedText, body: String) {
        self.id = id
        self.title = title
        self.body = body
    }

    /// The placeholder names the body uses, in order of first use.
    public var placeholders: [String] {
        var names: [String] = []
        var rest = Substring(body)
        while let open = rest.range(of: "{{"), let close = rest[open.upperBound...].range(of: "}}") {
            let name = String(rest[open.upperBound..<close.lowerBound])
            if !names.contains(name) { names.append(name) }
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// The body with every placeholder filled; throws naming the ones `values` lacks (or leaves empty).
    public func render(_ values: [String: String]) throws(TemplateError) -> String {
        let missing = placeholders.filter { (values[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        guard missing.isEmpty else { throw TemplateError(missing: missing) }
        var text = body
        for name in placeholders {
            text = text.replacingOccurrences(of: "{{\(name)}}", with: values[name] ?? "")
        }
        return text
    }

    /// The templates every register starts with.
    public static let standard: [AnswerTemplate] = [
        AnswerTemplate(
            id: "khong-tiep-nhan",
            title: LocalizedText(vi: "Thông báo không tiếp nhận", en: "Notice of non-acceptance"),
            body: "Phản ánh, kiến nghị mã {{ma}} nhận ngày {{ngay_tiep_nhan}} không được tiếp nhận vì: {{ly_do}}."
                + " Căn cứ điểm d khoản 1 Điều 9 và Điều 7 Nghị định 20/2008/NĐ-CP, đề nghị ông/bà bổ sung và gửi lại."),
        AnswerTemplate(
            id: "chuyen-co-quan",
            title: LocalizedText(vi: "Thông báo chuyển cơ quan có thẩm quyền", en: "Notice of forwarding"),
            body: "Phản ánh, kiến nghị mã {{ma}} nhận ngày {{ngay_tiep_nhan}} không thuộc thẩm quyền xử lý của"
                + " {{co_quan_tiep_nhan}} và đã được chuyển đến {{co_quan_xu_ly}} ngày {{ngay_chuyen}}"
                + " (điểm d khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP)."),
        AnswerTemplate(
            id: "de-nghi-bo-sung",
            title: LocalizedText(vi: "Đề nghị cung cấp thêm thông tin", en: "Request for more information"),
            body: "Để xử lý phản ánh, kiến nghị mã {{ma}}, {{don_vi}} đề nghị ông/bà cung cấp thêm: {{noi_dung}}."),
        AnswerTemplate(
            id: "tra-loi",
            title: LocalizedText(vi: "Trả lời phản ánh, kiến nghị", en: "Answer"),
            body: "Trả lời phản ánh, kiến nghị mã {{ma}} nhận ngày {{ngay_tiep_nhan}} về {{noi_dung_phan_anh}}:\n"
                + "{{tra_loi}}\n{{don_vi}} trân trọng cảm ơn ông/bà đã quan tâm góp ý."),
    ]

    /// The standard template `id`, if any.
    public static func standard(_ id: String) -> AnswerTemplate? {
        standard.first { $0.id == id }
    }
}

/// Placeholders a template needs that were not given.
public struct TemplateError: Error, Sendable, Hashable {
    public let missing: [String]

    public init(missing: [String]) {
        self.missing = missing
    }

    public var text: LocalizedText {
        let names = missing.joined(separator: ", ")
        return LocalizedText(vi: "Chưa điền: \(names)", en: "Not filled in: \(names)")
    }
}
