import WorkCalendar
import Localization

/// A GeoReport v2 error: `code` and a `description` meant for the user. HTTP status: 404
/// for what does not exist, 403 for a missing or wrong `api_key`, 400 for anything else.
public struct Open311Error: Error, Sendable, Hashable {
    public let status: Int
    /// The code in the body; the HTTP status unless something more specific is useful.
    public let code: Int
    public let description: String

    public init(status: Int, code: Int? = nil, description: String) {
        self.status = status
        self.code = code ?? status
        self.description = description
    }

    public static func missingAPIKey(_ language: Language) -> Open311Error {
        Open311Error(status: 403, description: language == .vi ? "Thiếu api_key; không thể tạo yêu cầu."
            : "api_key is missing -- can't proceed with create_request.")
    }

    public static func invalidAPIKey(_ language: Language) -> Open311Error {
        Open311Error(status: 403, description: language == .vi ? "api_key không hợp lệ; không thể tạo yêu cầu."
            : "Invalid api_key received -- can't proceed with create_request.")
    }

    public static func jurisdictionNotFound(_ id: String, _ language: Language) -> Open311Error {
        Open311Error(status: 404, description: language == .vi ? "Không tìm thấy jurisdiction_id \"\(id)\"."
            : "jurisdiction_id \"\(id)\" was not found.")
    }

    public static func jurisdictionMissing(_ language: Language) -> Open311Error {
        Open311Error(status: 400, description: language == .vi ? "Thiếu jurisdiction_id." : "jurisdiction_id was not provided.")
    }

    public static func serviceCodeMissing(_ language: Language) -> Open311Error {
        Open311Error(status: 400, description: language == .vi ? "Thiếu service_code." : "service_code was not provided.")
    }

    public static func serviceNotFound(_ code: String, _ language: Language) -> Open311Error {
        Open311Error(status: 404, description: language == .vi ? "Không tìm thấy service_code \"\(code)\"."
            : "service_code \"\(code)\" was not found.")
    }

    public static func requestNotFound(_ id: String, _ language: Language) -> Open311Error {
        Open311Error(status: 404, description: language == .vi ? "Không tìm thấy yêu cầu \"\(id)\"."
            : "Service request \"\(id)\" was not found.")
    }

    /// Tokens are never issued: every service is `realtime`.
    public static func tokenNotFound(_ token: String, _ language: Language) -> Open311Error {
        Open311Error(status: 404, description: language == .vi ? "Không tìm thấy token \"\(token)\"; yêu cầu được cấp mã ngay khi gửi."
            : "Token \"\(token)\" was not found; request ids are returned at once.")
    }

    public static func badParameter(_ name: String, _ message: String) -> Open311Error {
        Open311Error(status: 400, description: "\(name): \(message)")
    }
}

/// Several errors returned together, as the spec allows.
public struct Open311Errors: Error, Sendable, Hashable {
    public let errors: [Open311Error]

    public init(_ errors: [Open311Error]) {
        self.errors = errors
    }

    /// 403 if any error is about the key, else 404 if anything was not found, else 400.
    public var status: Int {
        if errors.contains(where: { $0.status == 403 }) { return 403 }
        if errors.contains(where: { $0.status == 404 }) { return 404 }
        return 400
    }

    /// `<errors><error><code>…</code><description>…</description></error>…</errors>`.
    public var document: Open311Document {
        Open311Document(root: "errors", value: .list(item: "error", errors.map { error in
            .object([Open311Field("code", .number(String(error.code))), Open311Field("description", .text(error.description))])
        }))
    }
}
