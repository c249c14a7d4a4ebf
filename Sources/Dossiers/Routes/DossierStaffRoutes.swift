import Catalog
import DossierRules
import FluentKit
import Foundation
import Hummingbird
import Platform
import SQLKit
import WorkCalendar

/// Staff pages: the dossier list, reception, a dossier with its actions.
enum DossierStaffRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        registerListAndReception(routes, services, feature)
        registerDossier(routes, services, feature)
    }

    /// The list and the reception form of the one-stop desk.
    static func registerListAndReception(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.staff.get(DossierURL.list.path, requires: .viewDossiers) { request, context in
            let person = context.person
            let query = request.queryFields
            let filter = DossierList.Filter(status: query["trang-thai"] ?? "open", code: query["ma"] ?? "",
                                            page: max(1, Int(query["trang"] ?? "") ?? 1))
            let scope: [UUID]? = person.has(.administrator) || person.has(.coordinator) ? nil : [person.unitID]
            let calendar = try await feature.calendar.calendar(on: services.db)
            let result = try await DossierList.load(filter, scope: scope, today: context.localNow, calendar: calendar, on: services.db)
            let units = try await DossierUnits.load(services)
            let canReceive = try await Authorizer.isAllowed(person, .receiveDossier, on: services.db)
            return try await services.render(DossierViews.list(.init(filter: filter, result: result, units: units, canReceive: canReceive), context.language), request, context)
        }
        routes.staff.get(DossierURL.receive.path, requires: .receiveDossier) { request, context in
            let person = context.person
            let query = request.queryFields
            guard let code = query["thu-tuc"], !code.isEmpty else {
                let q = query["q"] ?? ""
                let page = q.isEmpty ? nil : try await feature.search.search(q, filters: CatalogFilters(), offset: 0, limit: 20, on: services.db)
                return try await services.render(DossierViews.pickProcedure(q, page, context.language), request, context)
            }
            let c = try await receptionContext(code, services)
            let model = DossierViews.ReceptionModel(context: c, values: ReceptionForm.initialValues(c, personUnit: person.unitID), errors: [])
            return try await services.render(DossierViews.reception(model, context.language), request, context)
        }
        routes.staff.post(DossierURL.receive.path, requires: .receiveDossier) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let c = try await receptionContext(fields["thu-tuc"] ?? "", services)
            let read = ReceptionForm.read(fields, c, at: context.localNow, language: context.language)
            guard let draft = read.draft else {
                let model = DossierViews.ReceptionModel(context: c, values: read.echo, errors: read.errors)
                return try await services.render(DossierViews.reception(model, context.language), request, context, status: .unprocessableContent)
            }
            let calendar = try await feature.calendar.calendar(on: services.db)
            do {
                let created = try await DossierStore.receive(
                    draft, actor: context.actor, calendar: calendar, notices: .init(services.config, requestHost: request.head.authority), on: services.database)
                feature.lookup.evict(created.code.text)
                return Responses.redirect(DossierURL.dossier(.id(created.id)).path + "?thong-bao=da-tiep-nhan")
            } catch let refusal as Refusal {
                let model = DossierViews.ReceptionModel(context: c, values: read.echo, errors: [FieldError(field: "ket-qua", message: refusal.text(context.language))])
                return try await services.render(DossierViews.reception(model, context.language), request, context, status: .unprocessableContent)
            }
        }
    }

    /// One dossier: its page and its actions.
    static func registerDossier(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.staff.get(DossierURL.dossier(":id").path, requires: .viewDossiers) { request, context in
            let (person, record) = try await authorized(context, services)
            var model = try await detailModel(record, person: person, feature, services)
            switch request.queryFields["thong-bao"] {
            case "da-tiep-nhan": model.notice = S.noticeReceived(context.language, record.code.text)
            case "da-cap-nhat": model.notice = S.noticeDone(context.language)
            default: break
            }
            return try await services.render(DossierViews.detail(model, context.language), request, context)
        }
        routes.staff.post(DossierURL.action(":id", ":action").path, requires: .viewDossiers) { request, context in
            var request = request
            let (person, record) = try await authorized(context, services)
            let fields = try await request.formFields(context: context)
            let calendar = try await feature.calendar.calendar(on: services.db)
            let units = try await DossierUnits.load(services)
            var model = try await detailModel(record, person: person, feature, services)
            let name = context.parameters.get("action") ?? ""
            let read = DossierActionForm.read(name, fields, record: record, units: units, language: context.language)
            guard let action = read.action else {
                model.failed = (name, read.errors, read.echo)
                return try await services.render(DossierViews.detail(model, context.language), request, context, status: .unprocessableContent)
            }
            do {
                try await DossierStore.apply(
                    action, to: record.id, actor: context.actor, actorUnit: person.unitID, calendar: calendar, notices: .init(services.config, requestHost: request.head.authority),
                    on: services.database)
            } catch let refusal as Refusal {
                model.failed = (name, [FieldError(field: "\(name)-submit", message: refusal.text(context.language))], read.echo)
                return try await services.render(DossierViews.detail(model, context.language), request, context, status: .unprocessableContent)
            }
            feature.lookup.evict(record.code.text)
            return Responses.redirect(DossierURL.dossier(.id(record.id)).path + "?thong-bao=da-cap-nhat")
        }
    }

    /// The signed-in person and the dossier, when that person may handle it; else 403/404.
    static func authorized(_ context: StaffRequestContext, _ services: Services) async throws -> (PersonRecord, DossierRecord) {
        let record = try await DossierStore.require(id: try context.uuidParameter("id"), on: services.db)
        try await Authorizer.check(context.person, .handleDossier(units: [record.receivingUnitID, record.competentUnitID, record.holderUnitID]), on: services.db)
        return (context.person, record)
    }

    static func receptionContext(_ code: String, _ services: Services) async throws -> ReceptionForm.Context {
        let db = services.db
        let procedure = try await ProcedureStore.require(code, on: db)
        let units = try await DossierUnits.load(services)
        let assigned = try await ProcedureStore.units(of: code, on: db).map(\.0)
        var seen = Set<UUID>()
        let receiving = (assigned.filter { $0.kind == .oneStopDesk } + units.desks).filter { seen.insert($0.id).inserted }
        let codes = Dictionary(receiving.compactMap { unit in units.agencyCode(unit).map { (unit.id, $0) } }, uniquingKeysWith: { a, _ in a })
        let workflow = try await WorkflowStore.find(code, on: db.sql)
        return .init(procedure: procedure, workflow: workflow, receivingUnits: receiving, competentUnits: units.competent, agencyCodes: codes)
    }

    static func detailModel(_ record: DossierRecord, person: PersonRecord, _ feature: DossiersFeature, _ services: Services) async throws -> DossierViews.DetailModel {
        let db = services.db
        let calendar = try await feature.calendar.calendar(on: db)
        let units = try await DossierUnits.load(services)
        let explanation = record.lifecycle.receivedAt.map { received in
            Appointment.appointment(receivedAt: received, period: record.lifecycle.period, cutoff: record.lifecycle.cutoff, calendar: calendar)
        }
        let handovers = try await DossierStore.handovers(of: record.id, on: db)
        let workflow = try await WorkflowStore.find(record.snapshot.procedureCode, on: db.sql)
        let stepIndex = handovers.filter { $0.kind == .handover }.count
        let nextUnit = stepIndex < workflow.steps.count ? workflow.steps[stepIndex].unitID : nil
        return DossierViews.DetailModel(
            record: record, units: units, events: try await DossierStore.events(of: record.id, on: db),
            handovers: handovers, appointment: explanation,
            actions: DossierActionForm.available(record), today: services.clock.localNow,
            nextStep: stepIndex < workflow.steps.count ? workflow.steps[stepIndex].title : nil,
            nextUnitID: nextUnit ?? record.competentUnitID)
    }
}
