/// One document of the dossier (thành phần hồ sơ).
public struct DocumentRequirement: Sendable, Codable, Equatable, Hashable {
    public var name: String
    /// Number of originals (bản chính); nil when the source does not say.
    public var originals: Int?
    /// Number of copies (bản sao); nil when the source does not say.
    public var copies: Int?
    /// File names of the forms (mẫu đơn, tờ khai), e.g. "Mẫu TP-QTV-02.docx".
    public var templates: [String]
    /// Group or case the document belongs to ("Giấy tờ phải nộp", "Lưu ý", …).
    public var group: String?

    public init(name: String, originals: Int? = nil, copies: Int? = nil,
                templates: [String] = [], group: String? = nil) {
        self.name = name
        self.originals = originals
        self.copies = copies
        self.templates = templates
        self.group = group
    }
}

/// One legal basis (căn cứ pháp lý).
public struct LegalBasis: Sendable, Codable, Equatable, Hashable {
    /// Document number, e.g. "04/2020/TT-BTP"; empty when the source gives none.
    public var number: String
    public var title: String
    /// ISO date (yyyy-MM-dd) of issue.
    public var date: String?
    public var issuer: String?

    public init(number: String, title: String, date: String? = nil, issuer: String? = nil) {
        self.number = number
        self.title = title
        self.date = date
        self.issuer = issuer
    }
}

/// Something an importer could not parse. The raw text is kept in the record.
public struct ImportWarning: Sendable, Codable, Equatable, Hashable {
    /// Stable machine code, e.g. "time.unit_missing".
    public var code: String
    /// Source field, e.g. "cach_thuc_thuc_hien".
    public var field: String
    public var message: String

    public init(code: String, field: String, message: String) {
        self.code = code
        self.field = field
        self.message = message
    }
}

/// Why a record or file cannot be imported at all.
public enum CatalogImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The record is unreadable as a whole (not JSON, missing code or name).
    case unreadable(String, UnreadableReason)
    /// The XLSX file is not a readable workbook.
    case invalidWorkbook(String)
    /// A data row of the list export is malformed (row number as in the sheet, 1-based).
    case malformedRow(Int, String)
    /// An exported catalogue (JSON or CSV) cannot be read back.
    case malformedExport(String)

    public var fileName: String? {
        if case .unreadable(let name, _) = self { return name }
        return nil
    }

    public var messageVietnamese: String {
        switch self {
        case .unreadable(let file, let reason):
            "Không đọc được hồ sơ thủ tục \(file): \(reason.vietnamese)"
        case .invalidWorkbook(let reason):
            "Tệp Excel không hợp lệ: \(reason)"
        case .malformedRow(let row, let reason):
            "Dòng \(row) của danh sách không hợp lệ: \(reason)"
        case .malformedExport(let reason):
            "Không đọc được tệp danh mục đã xuất: \(reason)"
        }
    }

    public var messageEnglish: String {
        switch self {
        case .unreadable(let file, let reason):
            "Cannot read procedure record \(file): \(reason.english)"
        case .invalidWorkbook(let reason):
            "Not a valid Excel workbook: \(reason)"
        case .malformedRow(let row, let reason):
            "Row \(row) of the list is malformed: \(reason)"
        case .malformedExport(let reason):
            "Cannot read the exported catalogue: \(reason)"
        }
    }

    public var description: String { messageEnglish }
}

public enum UnreadableReason: Sendable, Equatable, Hashable {
    case invalidJSON(String)
    case notAnObject
    case missingField(String)
    case emptyField(String)

    public var vietnamese: String {
        switch self {
        case .invalidJSON(let detail): "không phải JSON hợp lệ (\(detail))"
        case .notAnObject: "nội dung không phải một đối tượng JSON"
        case .missingField(let field): "thiếu trường \(field)"
        case .emptyField(let field): "trường \(field) để trống"
        }
    }

    public var english: String {
        switch self {
        case .invalidJSON(let detail): "not valid JSON (\(detail))"
        case .notAnObject: "the content is not a JSON object"
        case .missingField(let field): "field \(field) is missing"
        case .emptyField(let field): "field \(field) is empty"
        }
    }
}
