import Catalog
import DossierRules
import Foundation
import Platform
import SQLKit
import Localization

/// A procedure's internal workflow and reception cut-off (`/quan-tri/thu-tuc/{code}/quy-trinh`).
enum WorkflowRoutes {
    static let rows = 6

    static func register(_ routes: Routes, _ services: Services) {
        routes.staff.get(DossierURL.workflow(":code").path, requires: .editWorkflow) { request, context in
            let procedure = try await ProcedureStore.require(context.parameters.get("code") ?? "", on: services.db)
            let workflow = try await WorkflowStore.find(procedure.code, on: services.db.sql)
            let units = try await DossierUnits.load(services)
            let model = WorkflowViews.Model(procedure: procedure, values: values(workflow), errors: [], units: units.competent,
                                            notice: request.queryFields["thong-bao"] == "da-luu" ? S.noticeSaved(context.language) : nil)
            return try await services.render(WorkflowViews.edit(model, context.language), request, context)
        }
        routes.staff.post(DossierURL.workflow(":code").path, requires: .editWorkflow) { request, context in
            var request = request
            let procedure = try await ProcedureStore.require(context.parameters.get("code") ?? "", on: services.db)
            let fields = try await request.formFields(context: context)
            let units = try await DossierUnits.load(services)
            let read = read(fields, units: units, language: context.language)
            guard let workflow = read.workflow else {
                let model = WorkflowViews.Model(procedure: procedure, values: read.echo, errors: read.errors, units: units.competent, notice: nil)
                return try await services.render(WorkflowViews.edit(model, context.language), request, context, status: .unprocessableContent)
            }
            try await WorkflowStore.save(workflow, for: procedure.code, actor: context.actor, on: services.database)
            return Responses.redirect(DossierURL.workflow("\(procedure.code)").path + "?thong-bao=da-luu")
        }
    }

    static func values(_ workflow: Workflow) -> [String: String] {
        var values: [String: String] = [:]
        if let minutes = workflow.cutoffMinutes { values["gio-chot"] = String(format: "%02d:%02d", minutes / 60, minutes % 60) }
        for (index, step) in workflow.steps.enumerated() {
            values["buoc-\(index)"] = step.title
            values["don-vi-\(index)"] = step.unitID?.uuidString ?? ""
            values["gio-\(index)"] = String(step.hours)
        }
        return values
    }

    static func read(_ fields: FormFields, units: DossierUnits, language: Language) -> (workflow: Workflow?, errors: [FieldError], echo: [String: String]) {
        var reader = FormReader(fields, language: language)
        var echo: [String: String] = [:]
        var workflow = Workflow()
        let cutoff = (fields["gio-chot"] ?? "").trimmingCharacters(in: .whitespaces)
        echo["gio-chot"] = cutoff
        if !cutoff.isEmpty {
            let parts = cutoff.split(separator: ":").compactMap { Int($0) }
            if parts.count == 2, (7...17).contains(parts[0]), (0...59).contains(parts[1]) {
                workflow.cutoffMinutes = parts[0] * 60 + parts[1]
            } else {
                reader.fail("gio-chot", message: S.workflowBadCutoff(language))
            }
        }
        for index in 0..<rows {
            let title = reader.text("buoc-\(index)", label: S.workflowStep, maxLength: 200) ?? ""
            let unitText = fields["don-vi-\(index)"] ?? ""
            let hoursText = (fields["gio-\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            echo["buoc-\(index)"] = title
            echo["don-vi-\(index)"] = unitText
            echo["gio-\(index)"] = hoursText
            if title.isEmpty && hoursText.isEmpty { continue }
            if title.isEmpty { reader.fail("buoc-\(index)", S.workflowStep, .missing) }
            guard let hours = Int(hoursText), (1...2000).contains(hours) else {
                reader.fail("gio-\(index)", message: S.workflowBadHours(language))
                continue
            }
            let unit = UUID(uuidString: unitText).flatMap { units.byID[$0]?.id }
            workflow.steps.append(Workflow.Step(title: title, unitID: unit, hours: hours))
        }
        return reader.isValid ? (workflow, [], echo) : (nil, reader.errors, echo)
    }
}
