import FluentKit
import Foundation
import Hummingbird
import Platform

/// `/api/v1/procedures` (public: the catalogue is public information).
enum CatalogAPI {
    /// The search endpoint is the catalogue's hot path: its JSON is written by hand (same
    /// shape as the OpenAPI document's ProcedureList).
    static func listJSON(_ result: CatalogPage, page: Int, perPage: Int, english: Bool) -> String {
        var json = JSONWriter(capacity: 512 * max(1, result.cards.count))
        json.beginObject()
        json.beginArray("items")
        for (card, matched) in result.cards {
            json.beginObject()
            json.string("agency", card.agency)
            json.string("code", card.code)
            json.string("fee", english ? card.feeEN : card.fee)
            json.string("field", card.field)
            json.beginArray("levels")
            for level in card.levels { json.element(level) }
            json.endArray()
            json.beginArray("matched")
            for word in matched { json.element(word) }
            json.endArray()
            json.string("name", card.name)
            json.string("online_level", card.onlineLevel.rawValue)
            json.string("processing_time", english ? card.timeEN : card.time)
            json.string("status", card.status.rawValue)
            json.endObject()
        }
        json.endArray()
        json.int("page", page)
        json.bool("partial", result.partial)
        json.int("per_page", perPage)
        json.string("suggestion", result.suggestion)
        json.int("total", result.total)
        json.endObject()
        return json.output
    }

    static func register(_ routes: Routes, _ services: Services, _ search: CatalogSearch) {
        routes.get(CatalogURL.apiList.path) { request, context in
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
            let english = context.language == .en
            let json = try await search.searchRendered(
                query, filters: filters, offset: (page - 1) * perPage, limit: perPage, on: services.db, log: context.localNow.date,
                form: english ? "json-en" : "json-vi") { listJSON($0, page: page, perPage: perPage, english: english) }
            return Responses.text(json, contentType: "application/json; charset=utf-8")
        }
        routes.get(CatalogURL.apiProcedure(":code").path) { _, context in
            let code = context.parameters.get("code") ?? ""
            return try Responses.json(try await ProcedureStore.require(code, on: services.db))
        }
    }
}
