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
            let units = try await DossierUnits.load(on: services.db, today: VNFormat.todayISO(services.clock.now))
            let model = WorkflowViews.Model(procedure: procedure, values: values(workflow), errors: [], units: units.competent,
                                            notice: request.queryFields["thong-bao"] == "da-luu" ? S.noticeSaved(context.language) : nil)
            return try await services.render(WorkflowViews.edit(model, context.language), request, context)
        }
        routes.staff.post(DossierURL.workflow(":code").path, requires: .editWorkflow) { request, context in
            var request = request
            let procedure = try await ProcedureStore.require(context.parameters.get("code") ?? "", on: services.db)
            let fields = try await request.formFields(context: context)
            let units = try await DossierUnits.load(on: services.db, today: VNFormat.todayISO(services.clock.now))
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

enum WorkflowViews {
    struct Model: Sendable {
        var procedure: Procedure
        var values: [String: String]
        var errors: [FieldError]
        var units: [UnitRecord]
        var notice: String?
    }

    static func edit(_ m: Model, _ lang: Language) -> Page {
        Page(title: S.workflowTitle(lang), area: .staff,
             breadcrumbs: DossierViews.staffCrumbs(lang) + [(m.procedure.name, CatalogURL.edit("\(m.procedure.code)").path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                Components.errorSummary(m.errors, ctx)
                el("p", [.class("lead")]) { el("strong", text: m.procedure.name); " (\(m.procedure.code))" }
                el("p", text: S.workflowIntro(lang))
                el("form", [.id("workflow"), .init("method", "post"), .init("action", DossierURL.workflow("\(m.procedure.code)").path)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("gio-chot", label: S.workflowCutoff(lang), value: m.values["gio-chot"], errors: m.errors,
                                           hint: S.workflowCutoffHint(lang), maxLength: 5), ctx)
                    for index in 0..<WorkflowRoutes.rows {
                        el("fieldset", [.class("workflow-step")]) {
                            el("legend", text: S.workflowStepNumber(lang, String(index + 1)))
                            Components.field(.init("buoc-\(index)", label: S.workflowStep(lang), value: m.values["buoc-\(index)"], errors: m.errors, maxLength: 200), ctx)
                            Components.select("don-vi-\(index)", label: S.competentUnit(lang),
                                              options: [("", S.workflowCompetent(lang))] + m.units.map { ($0.id.uuidString, $0.name) },
                                              selected: m.values["don-vi-\(index)"], ctx)
                            Components.field(.init("gio-\(index)", label: S.workflowHours(lang), value: m.values["gio-\(index)"], errors: m.errors, type: "number"), ctx)
                        }
                    }
                    Components.submit(S.save(lang))
                }
            }
        }
    }
}

extension S {
    static let workflowTitle = LocalizedText("Quy trình nội bộ và giờ chốt nhận hồ sơ", "Internal workflow and cut-off hour")
    static let workflowIntro = LocalizedText(
        "Các bước xử lý theo thứ tự; mỗi bước có đơn vị và số giờ làm việc, dùng để tính hạn từng bước trên Phiếu kiểm soát (Mẫu 05). Để trống: cả thời hạn giải quyết là một bước.",
        "The processing steps in order, each with a unit and working hours, which set the step deadlines on the control slip (form 05). Leave empty: the whole processing time is one step.")
    static let workflowCutoff = LocalizedText("Giờ chốt nhận hồ sơ trong ngày", "Daily cut-off hour")
    static let workflowCutoffHint = LocalizedText("Dạng HH:MM; để trống là 15:00 (khoản 2 Điều 18 Nghị định 61/2018/NĐ-CP).", "HH:MM; empty means 15:00 (Decree 61/2018 Art. 18.2).")
    static let workflowStep = LocalizedText("Nội dung bước", "Step")
    static let workflowStepNumber = LocalizedText("Bước {0}", "Step {0}")
    static let workflowHours = LocalizedText("Số giờ làm việc", "Working hours")
    static let workflowCompetent = LocalizedText("Cơ quan giải quyết của hồ sơ", "The dossier's competent unit")
    static let workflowBadCutoff = LocalizedText("Giờ chốt phải trong giờ hành chính, dạng HH:MM (ví dụ 15:00).", "The cut-off must be within office hours, as HH:MM (e.g. 15:00).")
    static let workflowBadHours = LocalizedText("Số giờ phải là số nguyên từ 1 đến 2000.", "Hours must be a whole number from 1 to 2000.")
}
