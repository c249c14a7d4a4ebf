import Foundation
import Hummingbird

/// Errors that handlers throw; the error middleware turns them into pages or JSON.
public enum AppError: Error, Sendable {
    case notFound
    /// Outside the person's scope. Audited by the error middleware.
    case forbidden(String)
    /// Not signed in.
    case unauthorized
    case badRequest(String)
    /// Fields that failed validation (API); pages re-render the form instead.
    case validation([FieldError])
    case conflict(String)
    case tooManyRequests(String)
    case csrf
    case payloadTooLarge
    /// An initial password must be replaced before anything else (production only).
    case mustChangePassword

    public var status: HTTPResponse.Status {
        switch self {
        case .notFound: .notFound
        case .forbidden: .forbidden
        case .unauthorized: .unauthorized
        case .badRequest, .csrf: .badRequest
        case .validation: .unprocessableContent
        case .conflict: .conflict
        case .tooManyRequests: .tooManyRequests
        case .payloadTooLarge: .contentTooLarge
        case .mustChangePassword: .forbidden
        }
    }

    public var code: String {
        switch self {
        case .notFound: "not_found"
        case .forbidden: "forbidden"
        case .unauthorized: "unauthorized"
        case .badRequest: "bad_request"
        case .validation: "validation_failed"
        case .conflict: "conflict"
        case .tooManyRequests: "too_many_requests"
        case .csrf: "csrf_failed"
        case .payloadTooLarge: "payload_too_large"
        case .mustChangePassword: "must_change_password"
        }
    }
}
