import FluentKit
import Foundation
import Hummingbird
import Platform

/// Public catalogue pages: search, detail, printable sheets; and the unit posting list.
enum CatalogRoutes {
    static let perPage = 20

    static func filters(_ q: FormFields) -> CatalogFilters {
        var filters = CatalogFilters()
        func value(_ key: String) -> String? { q[key].map(InputText.clean).flatMap { $0.isEmpty ? nil : $0 } }
        filters.field = value("linh-vuc")
        filters.level = value("cap")
        filters.agency = value("co-quan")
        filters.online = value("truc-tuyen").flatMap(OnlineLevel.init(rawValue:))
        return filters
    }

    static func searchModel(_ request: Request, _ search: CatalogSearch, staff: Bool, _ services: Services) async throws -> CatalogViews.SearchModel {
        let q = request.queryFields
        let query = String(InputText.clean(q["q"] ?? "").prefix(200))
        var filters = filters(q)
        filters.includeAbolished = staff
        let page = min(10_000, max(1, Int(q["trang"] ?? "") ?? 1))
        // Public searches are counted in the anonymous log (the words only; see SearchLog).
        let result = try await search.search(
            query, filters: filters, offset: (page - 1) * perPage, limit: perPage, on: services.db, log: staff ? nil : services.clock.today)
        return CatalogViews.SearchModel(
            query: query, filters: filters, page: page, perPage: perPage, result: result,
            facets: try await search.facets(on: services.db), staff: staff)
    }

    static func register(_ routes: Routes, _ services: Services, _ search: CatalogSearch) {
        routes.get(CatalogURL.search.path) { request, context in
            let model = try await searchModel(request, search, staff: false, services)
            return try await services.render(CatalogViews.search(model, context.language), request, context)
        }
        routes.get(CatalogURL.procedure(":code").path) { request, context in
            let model = try await detail(context, services)
            // Opened from a search result: the search's query is counted as answered.
            if let query = request.queryFields[CatalogURL.searchQueryParameter] {
                search.log.clicked(InputText.clean(query), day: context.localNow.date.iso)
            }
            return try await services.render(CatalogViews.detail(model, context.language), request, context)
        }
        routes.get(CatalogURL.print(":code").path) { request, context in
            var model = try await detail(context, services)
            model.printable = true
            return try await services.render(CatalogViews.printSheet(model, context.language), request, context)
        }
        routes.get(CatalogURL.unitProcedures(":id").path) { request, context in
            let unit = try await UnitStore.require(try context.uuidParameter("id"), on: services.db)
            var cards: [ProcedureCard] = []
            for code in try await ProcedureStore.codes(receivedBy: unit.id, on: services.db) {
                if let card = try await search.card(code, on: services.db), card.status != .abolished { cards.append(card) }
            }
            cards.sort { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
            return try await services.render(CatalogViews.posting(unit: unit, procedures: cards, context.language), request, context)
        }
    }

    static func detail(_ context: AppRequestContext, _ services: Services) async throws -> CatalogViews.DetailModel {
        let code = context.parameters.get("code") ?? ""
        let db = services.db
        let procedure = try await ProcedureStore.require(code, on: db)
        return CatalogViews.DetailModel(
            procedure: procedure, units: try await ProcedureStore.units(of: code, on: db).map(\.0),
            replacedBy: try await ProcedureStore.replacedBy(code, on: db), forms: try await ProcedureForms.list(code, on: db))
    }
}
