import Catalog
import DossierRules
import Foundation
import Platform
import SQLKit
import Localization

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
