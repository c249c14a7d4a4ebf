import FluentKit
import Foundation
import Hummingbird
import Platform

/// `/api/v1/procedures` (public: the catalogue is public information).
enum CatalogAPI {
    struct Item: Codable {
        var code: String
        var name: String
        var field: String?
        var levels: [String]
        var agency: String?
        var onlineLevel: String
        var status: String
        var processingTime: String?
        var fee: String?
        var matched: [String]
        enum CodingKeys: String, CodingKey {
            case code, name, field, levels, agency, status, fee, matched
            case onlineLevel = "online_level", processingTime = "processing_time"
        }
    }

    struct List: Codable {
        var items: [Item]
        var total: Int
        var page: Int
        var perPage: Int
        var partial: Bool
        enum CodingKeys: String, CodingKey { case items, total, page, partial, perPage = "per_page" }
    }

    static func register(_ routes: Routes, _ services: Services, _ search: CatalogSearch) {
        routes.get("/api/v1/procedures") { request, context in
            let q = request.queryFields
            var filters = CatalogFilters()
            func value(_ key: String) -> String? { q[key].map(InputText.clean).flatMap { $0.isEmpty ? nil : $0 } }
            filters.field = value("field")
            filters.level = value("level")
            filters.agency = value("agency")
            filters.online = value("online").flatMap(OnlineLevel.init(rawValue:))
            filters.includeAbolished = q["include_abolished"] == "true"
            let page = min(10_000, max(1, Int(q["page"] ?? "") ?? 1))
            let perPage = min(100, max(1, Int(q["per_page"] ?? "") ?? 20))
            let query = String(InputText.clean(q["q"] ?? "").prefix(200))
            let result = try await search.search(query, filters: filters, offset: (page - 1) * perPage, limit: perPage, on: services.db)
            let english = context.language == .en
            let items = result.cards.map { card, matched in
                Item(code: card.code, name: card.name, field: card.field, levels: card.levels, agency: card.agency,
                     onlineLevel: card.onlineLevel.rawValue, status: card.status.rawValue,
                     processingTime: english ? card.timeEN : card.time, fee: english ? card.feeEN : card.fee, matched: matched)
            }
            return try Responses.json(List(items: items, total: result.total, page: page, perPage: perPage, partial: result.partial))
        }
        routes.get("/api/v1/procedures/:code") { _, context in
            let code = context.parameters.get("code") ?? ""
            return try Responses.json(try await ProcedureStore.require(code, on: services.db))
        }
    }
}
