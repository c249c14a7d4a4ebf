import FluentKit
import Foundation
import Hummingbird
import Localization
import Platform

/// Staff pages: edit a procedure, mark it abolished or replaced, assign units, see imports.
enum CatalogStaffRoutes {
    static func register(_ routes: Routes, _ services: Services, _ search: CatalogSearch, _ links: [ProcedureLink]) {
        routes.staff.get(CatalogURL.staffSearch.path, requires: .editCatalog) { request, context in
            let model = try await CatalogRoutes.searchModel(request, search, staff: true, services)
            return try await services.render(CatalogViews.search(model, context.language), request, context)
        }
        routes.staff.get(CatalogURL.imports.path, requires: .editCatalog) { request, context in
            let history = try await CatalogImporter.history(on: services.db)
            return try await services.render(CatalogStaffViews.imports(history, context.language), request, context)
        }
        routes.staff.get(CatalogURL.edit(":code").path, requires: .editCatalog) { request, context in
            let model = try await formModel(code: context.parameters.get("code") ?? "", person: context.person, links: links, services)
            var m = model
            switch request.queryFields["thong-bao"] {
            case "da-luu": m.notice = S.catalogNoticeSaved(context.language)
            case "da-tai-len": m.notice = S.catalogUploaded(context.language)
            default: break
            }
            m.uploadProblem = request.queryFields["loi-tep"].flatMap { problem in
                [UploadPolicy.Problem.empty, .tooLarge, .forbiddenType].first { "\($0)" == problem }
            }
            return try await services.render(CatalogStaffViews.edit(m, context.language), request, context)
        }
        routes.staff.post(CatalogURL.edit(":code").path, requires: .editCatalog) { request, context in
            var request = request
            let db = services.db
            var model = try await formModel(code: context.parameters.get("code") ?? "", person: context.person, links: links, services)
            let fields = try await request.formFields(context: context)
            let read = try await CatalogStaffForm.read(fields, procedure: model.procedure, candidates: model.candidates.map(\.id), language: context.language, on: db)
            guard let (procedure, replacedBy, units) = read.result else {
                model.values = read.reader.echo
                model.errors = read.reader.errors
                model.assigned = read.assigned
                return try await services.render(CatalogStaffViews.edit(model, context.language), request, context, status: .unprocessableContent)
            }
            try await ProcedureStore.save(procedure, replacedBy: replacedBy, actor: context.actor, on: db)
            try await ProcedureStore.assign(procedure.code, units: units, actor: context.actor, on: db)
            search.invalidate()
            return Responses.redirect(CatalogURL.edit("\(procedure.code)").path + "?thong-bao=da-luu")
        }
    }

    static func formModel(code: String, person: PersonRecord, links: [ProcedureLink], _ services: Services) async throws -> CatalogStaffViews.EditModel {
        let db = services.db
        let procedure = try await ProcedureStore.require(code, on: db)
        let assigned = try await ProcedureStore.units(of: code, on: db)
        var allowed: [(label: LocalizedText, path: String)] = []
        for link in links where try await Authorizer.isAllowed(person, link.requires, on: db) {
            allowed.append((link.label, link.path(procedure.code)))
        }
        return CatalogStaffViews.EditModel(
            procedure: procedure, values: CatalogStaffForm.values(procedure, replacedBy: try await ProcedureStore.replacedBy(code, on: db)),
            errors: [], candidates: try await candidates(assigned.map(\.0), today: services.clock.today.iso, db),
            assigned: Dictionary(assigned.map { ($0.0.id, $0.1) }, uniquingKeysWith: { a, _ in a }), notice: nil,
            forms: try await ProcedureForms.list(code, on: db), links: allowed)
    }

    /// Units that can receive dossiers: one-stop desks and People's Committees in force, plus
    /// those already assigned. Bounded by the deployment's own units.
    static func candidates(_ assigned: [UnitRecord], today: String, _ db: any Database) async throws -> [UnitRecord] {
        let kinds = [UnitKind.oneStopDesk, .communeCommittee, .districtCommittee, .provincialCommittee].map(\.rawValue)
        let units = try await UnitModel.query(on: db).filter(\.$kind ~~ kinds).all().map(\.record)
            .filter { $0.isActive(on: today) && ($0.kind == .oneStopDesk || $0.agencyCode != nil) }
        var seen = Set<UUID>()
        return (assigned + units).filter { seen.insert($0.id).inserted }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
