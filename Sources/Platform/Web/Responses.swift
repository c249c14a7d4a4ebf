import Foundation
import Hummingbird
import NIOCore

public enum Responses {
    public static func html(_ document: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store"],
            body: .init(byteBuffer: ByteBuffer(string: document)))
    }

    public static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    /// JSON for the API: snake_case keys everywhere (`unit_name`, `received_at`), one convention
    /// for every feature, ISO 8601 dates, keys sorted.
    public static func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .convertToSnakeCase
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        return Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    public static func text(_ text: String, contentType: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: contentType], body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}

/// The JSON error body under `/api`: `{"error":{"code":…,"message":…}}`.
public struct APIErrorBody: Codable, Sendable {
    public struct Detail: Codable, Sendable {
        public var code: String
        public var message: String
        public var fields: [String: String]?
    }
    public var error: Detail
}

extension Request {
    /// Reads a form body (bounded) into fields.
    public mutating func formFields(context: some RequestContext, limit: Int = 256 * 1024) async throws -> FormFields {
        let buffer = try await collectBody(upTo: limit)
        return FormFields(urlEncoded: String(buffer: buffer))
    }

    public var queryFields: FormFields {
        FormFields(urlEncoded: uri.query ?? "")
    }
}
