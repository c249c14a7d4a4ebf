import FluentKit
import Plans
import Feedback
import Dossiers
import Catalog
import Foundation
import Hummingbird
import Platform
import Prometheus
import SQLKit

/// `/healthz`, `/metrics` and the OpenAPI document.
enum OperationsRoutes {
    struct Health: Codable {
        var status: String
        var database: String
    }

    static func register(_ routes: Routes, _ env: AppEnvironment) {
        routes.get("/healthz") { _, _ in
            do {
                _ = try await env.database.sql.raw("SELECT 1").all()
                return try Responses.json(Health(status: "ok", database: env.database.kind == .postgres ? "postgresql" : "sqlite"))
            } catch {
                return try Responses.json(Health(status: "unavailable", database: "error"), status: .serviceUnavailable)
            }
        }
        // Liveness only: no database. The cheapest route through the whole middleware stack,
        // which the benchmarks use as the framework's ceiling.
        routes.get("/healthz/live") { _, _ in
            Responses.text("ok")
        }
        routes.get("/metrics") { _, _ in
            var buffer: [UInt8] = []
            env.metrics.emit(into: &buffer)
            return Responses.text(String(decoding: buffer, as: UTF8.self), contentType: "text/plain; version=0.0.4; charset=utf-8")
        }
        let document = OpenAPI.document()
        routes.get("/api/v1/openapi.json") { _, _ in
            Responses.text(document, contentType: "application/json; charset=utf-8")
        }
    }
}

/// The OpenAPI document: the platform's part, extended by each feature's part.
enum OpenAPI {
    static let parts = [CatalogFeature.openAPI, DossiersFeature.openAPI, FeedbackFeature.openAPI, PlansFeature.openAPI]

    static func document() -> String {
        OpenAPIDocument.merge(OpenAPIDocument.platformPart, parts: parts).document
    }
}
