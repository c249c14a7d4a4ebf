import WorkCalendar
import Localization

/// One GeoReport v2 attribute of a service definition.
public struct Open311Attribute: Sendable, Hashable {
    public enum Datatype: String, Sendable, Hashable, CaseIterable {
        case string, number, datetime, text, singlevaluelist, multivaluelist
    }

    /// False: only information shown to the user (no input).
    public let variable: Bool
    public let code: String
    public let datatype: Datatype
    public let required: Bool
    public let datatypeDescription: String?
    public let order: Int
    public let description: String
    /// For the list datatypes.
    public let values: [Option]

    /// An option of a list datatype (an HTML `<option>`'s value and text).
    public struct Option: Sendable, Hashable {
        public let key: String
        public let name: String
    }

    var value: Open311Value {
        .object([
            Open311Field("variable", .bool(variable)), Open311Field("code", .text(code)),
            Open311Field("datatype", .text(datatype.rawValue)), Open311Field("required", .bool(required)),
            Open311Field("datatype_description", .text(datatypeDescription)),
            Open311Field("order", .number(String(order))), Open311Field("description", .text(description)),
            Open311Field("values", .list(item: "value", values.map {
                .object([Open311Field("key", .text($0.key)), Open311Field("name", .text($0.name))])
            })),
        ])
    }
}

/// Our services: the content kinds of Decree 20/2008/NĐ-CP Art. 5, grouped into feedback
/// (phản ánh, clauses 1–6) and petitions (kiến nghị, 7–8). Every service is `realtime` (the
/// case code is returned at once) and has `metadata` true: the definition asks what the
/// decree requires beyond the spec's own fields (Art. 7.1.d: the sender's address).
public enum Open311Catalog {
    /// Attribute codes.
    public enum Code {
        public static let procedureCode = "procedure_code"
        public static let regulation = "regulation"
        public static let senderKind = "sender_kind"
        public static let organisation = "organisation"
        public static let senderAddress = "sender_address"
        public static let consent = "consent"
        public static let notice = "notice"
    }

    /// The service code of a content kind (its raw value, e.g. `conduct`, `initiative`).
    public static func serviceCode(_ kind: ContentKind) -> String { kind.rawValue }

    public static func kind(serviceCode: String) -> ContentKind? { ContentKind(rawValue: serviceCode) }

    /// GET services.
    public static func services(_ language: Language) -> Open311Document {
        Open311Document(root: "services", value: .list(item: "service", ContentKind.allCases.map { kind in
            .object([
                Open311Field("service_code", .text(serviceCode(kind))),
                Open311Field("service_name", .text(kind.shortName(language))),
                Open311Field("description", .text(kind.name(language) + " " + kind.citation(language))),
                Open311Field("metadata", .bool(true)),
                Open311Field("type", .text("realtime")),
                Open311Field("keywords", .text(keywords(kind, language))),
                Open311Field("group", .text(group(kind)(language))),
            ])
        }))
    }

    /// GET services/{code}: nil for an unknown code.
    public static func definition(serviceCode: String, _ language: Language) -> Open311Document? {
        guard kind(serviceCode: serviceCode) != nil else { return nil }
        return Open311Document(root: "service_definition", value: .object([
            Open311Field("service_code", .text(serviceCode)),
            Open311Field("attributes", .list(item: "attribute", attributes(language).map(\.value))),
        ]))
    }

    /// The attributes every service asks for.
    public static func attributes(_ language: Language) -> [Open311Attribute] {
        let vi = language == .vi
        let consent = SubmissionNotices.consent(language)
        return [
            Open311Attribute(variable: false, code: Code.notice, datatype: .string, required: false, datatypeDescription: nil,
                             order: 1, description: SubmissionNotices.complaintsAndDenunciations(language), values: []),
            Open311Attribute(variable: true, code: Code.procedureCode, datatype: .string, required: false,
                             datatypeDescription: vi ? "Ví dụ 1.000893" : "e.g. 1.000893", order: 2,
                             description: vi ? "Mã thủ tục hành chính được phản ánh (hoặc ghi quy định ở trường sau)"
                                 : "Code of the procedure concerned (or name the regulation in the next field)", values: []),
            Open311Attribute(variable: true, code: Code.regulation, datatype: .text, required: false, datatypeDescription: nil,
                             order: 3, description: vi ? "Quy định hành chính được phản ánh: tên, số hiệu văn bản"
                                 : "The regulation concerned: title and number of the text", values: []),
            Open311Attribute(variable: true, code: Code.senderKind, datatype: .singlevaluelist, required: true,
                             datatypeDescription: nil, order: 4, description: vi ? "Người gửi là" : "The sender is",
                             values: SenderKind.allCases.map { .init(key: $0.rawValue, name: $0.name(language)) }),
            Open311Attribute(variable: true, code: Code.organisation, datatype: .string, required: false,
                             datatypeDescription: nil, order: 5,
                             description: vi ? "Tên tổ chức (bắt buộc nếu người gửi là tổ chức)"
                                 : "Organisation name (required when the sender is an organisation)", values: []),
            Open311Attribute(variable: true, code: Code.senderAddress, datatype: .string, required: true,
                             datatypeDescription: nil, order: 6,
                             description: (vi ? "Địa chỉ của người gửi" : "The sender's address") + " " + Cite.decree20("7.1.d")(language),
                             values: []),
            Open311Attribute(variable: true, code: Code.consent, datatype: .singlevaluelist, required: true,
                             datatypeDescription: nil, order: 7, description: consent,
                             values: [.init(key: "yes", name: vi ? "Đồng ý" : "I agree")]),
        ]
    }

    static func group(_ kind: ContentKind) -> LocalizedText {
        kind.isPetition ? LocalizedText(vi: "Kiến nghị", en: "Petitions") : LocalizedText(vi: "Phản ánh", en: "Feedback")
    }

    private static func keywords(_ kind: ContentKind, _ language: Language) -> String {
        let base = language == .vi ? ["phản ánh", "kiến nghị", "quy định hành chính", "thủ tục hành chính"]
            : ["feedback", "petition", "administrative regulation", "administrative procedure"]
        return (base + [kind.shortName(language)]).joined(separator: ", ")
    }
}
