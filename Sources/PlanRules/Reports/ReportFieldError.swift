import WorkCalendar
import Localization

/// A form field of a unit report.
public enum ReportField: Sendable, Hashable, Codable {
    case workStatus, reason, summary
    /// A metric, by key.
    case metric(String)
    /// The link at this index of the form's list of links.
    case link(Int)
    case file(Int)
    case record(Int)
    case evidence

    /// The HTML field name: "workStatus", "metric.tin-bai", "links[0]"…
    public var name: String {
        switch self {
        case .workStatus: "workStatus"
        case .reason: "reason"
        case .summary: "summary"
        case .metric(let key): "metric.\(key)"
        case .link(let index): "links[\(index)]"
        case .file(let index): "files[\(index)]"
        case .record(let index): "records[\(index)]"
        case .evidence: "evidence"
        }
    }
}

/// What is wrong with a field.
public enum ReportProblem: Sendable, Hashable, Codable {
    case unknownWorkStatus(String)
    case reasonRequired
    case summaryRequired
    case notANumber(String)
    case negative(Int)
    case unknownMetric(String)
    case invalidLink(String)
    case fileTooLarge(name: String, bytes: Int, limit: Int)
    case fileTypeNotAllowed(name: String, contentType: String)
    case recordIncomplete
    case tooMuchEvidence(limit: Int)
    case textTooLong(limit: Int)
}

/// One problem of one field. A form shows each next to its field and keeps what was typed.
public struct ReportFieldError: Sendable, Hashable, Codable {
    public let field: ReportField
    public let problem: ReportProblem

    public init(field: ReportField, problem: ReportProblem) {
        self.field = field
        self.problem = problem
    }

    public var text: LocalizedText {
        switch problem {
        case .unknownWorkStatus(let raw):
            LocalizedText(vi: "Tình trạng \"\(raw)\" không hợp lệ", en: "Unknown work status \"\(raw)\"")
        case .reasonRequired:
            LocalizedText(vi: "Phải nêu lý do không thực hiện được", en: "Say why it cannot be done")
        case .summaryRequired:
            LocalizedText(vi: "Phải nêu kết quả đã thực hiện", en: "Say what was done")
        case .notANumber(let raw):
            LocalizedText(vi: "\"\(raw)\" không phải là số nguyên", en: "\"\(raw)\" is not a whole number")
        case .negative(let value):
            LocalizedText(vi: "Số liệu không được âm (\(value))", en: "A figure cannot be negative (\(value))")
        case .unknownMetric(let key):
            LocalizedText(vi: "Nhiệm vụ không có chỉ tiêu \"\(key)\"", en: "The task has no metric \"\(key)\"")
        case .invalidLink(let raw):
            LocalizedText(vi: "Đường dẫn \"\(raw)\" không hợp lệ (phải bắt đầu bằng http:// hoặc https://)",
                          en: "The link \"\(raw)\" is invalid (it must start with http:// or https://)")
        case .fileTooLarge(let name, let bytes, let limit):
            LocalizedText(vi: "Tệp \"\(name)\" (\(bytes) byte) vượt quá giới hạn \(limit) byte",
                          en: "File \"\(name)\" (\(bytes) bytes) exceeds the \(limit)-byte limit")
        case .fileTypeNotAllowed(let name, let type):
            LocalizedText(vi: "Tệp \"\(name)\" có kiểu \(type) không được chấp nhận (PDF, ảnh, văn bản Office)",
                          en: "File \"\(name)\" of type \(type) is not accepted (PDF, images, Office documents)")
        case .recordIncomplete:
            LocalizedText(vi: "Liên kết tới hồ sơ trong hệ thống thiếu loại hoặc mã",
                          en: "The link to a record lacks its kind or id")
        case .tooMuchEvidence(let limit):
            LocalizedText(vi: "Không quá \(limit) minh chứng cho một báo cáo",
                          en: "At most \(limit) pieces of evidence per report")
        case .textTooLong(let limit):
            LocalizedText(vi: "Nội dung dài quá \(limit) ký tự", en: "The text is longer than \(limit) characters")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}

/// Every problem of a submitted form at once.
public struct ReportFormErrors: Error, Sendable, Hashable {
    public let errors: [ReportFieldError]

    public init(_ errors: [ReportFieldError]) { self.errors = errors }

    /// The problems of one field, for display beside it.
    public func errors(for field: ReportField) -> [ReportFieldError] { errors.filter { $0.field == field } }
}
