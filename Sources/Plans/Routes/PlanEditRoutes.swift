import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar

/// Creating a blank plan and editing a draft's record. Only the office that manages plans may;
/// an issued plan's record is shown read-only.
enum PlanEditRoutes {
    static func register(_ routes: Routes, _ services: Services) {
        routes.staff.get(PlanURL.new.path, requires: .managePlans) { request, context in
            let model = PlanRecordViews.Model(values: PlanRecordForm.values(nil, defaultYear: context.localNow.date.year),
                                              units: try await units(services.db))
            return try await services.render(PlanRecordViews.page(model, context.language), request, context)
        }
        routes.staff.post(PlanURL.new.path, requires: .managePlans) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let units = try await units(services.db)
            let (plan, reader) = PlanRecordForm.read(fields, language: context.language, units: units)
            guard let plan else {
                let model = PlanRecordViews.Model(values: echo(reader), errors: reader.errors, units: units)
                return try await services.render(PlanRecordViews.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let id = try await PlanStore.create(plan, actor: context.actor, on: services.database)
            return Responses.redirect(PlanURL.plan(.id(id)).path + "?thong-bao=tao-moi")
        }
        routes.staff.get(PlanURL.edit(":id").path, requires: .managePlans) { request, context in
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            let model = PlanRecordViews.Model(planID: stored.id, planTitle: stored.plan.title, status: stored.plan.status,
                                              values: PlanRecordForm.values(stored.plan, defaultYear: stored.plan.year),
                                              units: try await units(services.db))
            return try await services.render(PlanRecordViews.page(model, context.language), request, context)
        }
        routes.staff.post(PlanURL.edit(":id").path, requires: .managePlans) { request, context in
            var request = request
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            let fields = try await request.formFields(context: context)
            let units = try await units(services.db)
            let (record, reader) = PlanRecordForm.read(fields, language: context.language, units: units)
            var model = PlanRecordViews.Model(planID: stored.id, planTitle: stored.plan.title, status: stored.plan.status,
                                              values: echo(reader), errors: reader.errors, units: units)
            guard let record else {
                return try await services.render(PlanRecordViews.page(model, context.language), request, context, status: .unprocessableContent)
            }
            do {
                try await PlanStore.edit(stored.id, action: "plan.edit", label: record.title, actor: context.actor, on: services.database) {
                    plan in try plan.setRecord(from: record)
                }
            } catch let error as PlanEditError {
                model.errors = [FieldError(field: "plan-record-form", message: error.message(context.language))]
                return try await services.render(PlanRecordViews.page(model, context.language), request, context, status: .conflict)
            }
            return Responses.redirect(PlanURL.plan(.id(stored.id)).path + "?thong-bao=da-luu")
        }
    }

    /// Units that may issue a plan: the People's Committees and the units of the product still in force.
    static func units(_ db: any Database) async throws -> [PlanRecordForm.UnitOption] {
        try await UnitModel.query(on: db).sort(\.$name).all().filter { $0.validTo == nil }
            .compactMap { model in model.id.map { PlanRecordForm.UnitOption(id: $0, name: model.name) } }
    }

    /// What was typed, with the check box the reader does not echo.
    static func echo(_ reader: FormReader) -> [String: String] {
        var values = reader.echo
        values["phoi-hop-bao-cao"] = reader.fields["phoi-hop-bao-cao"] == "1" ? "1" : ""
        return values
    }
}
