import Foundation
import Platform
import PlanRules

/// The unit's report form: status, what was done, metrics, links and files.
enum ReportFormView {
    static func form(_ m: ReportViews.PageModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let a = m.access
        let f = m.form
        let action = PlanURL.report(.id(a.planID)).path + "?k=\(a.key.text.urlComponentEncoded)&_csrf=\(ctx.csrfToken)"
        return el("form", [.id("report-form"), .init("method", "post"), .init("action", action), .init("enctype", "multipart/form-data"),
                           .init("novalidate", "")]) {
            Components.select("workStatus", label: S.workStatusLabel(lang),
                              options: WorkStatus.allCases.map { ($0.rawValue, $0.name(lang)) }, selected: f.workStatus,
                              errors: m.errors, ctx)
            Components.field(.init("summary", label: S.summaryLabel(lang), value: f.summary, errors: m.errors,
                                   hint: S.summaryHint(lang), multiline: true), ctx)
            Components.field(.init("reason", label: S.reasonLabel(lang), value: f.reason, errors: m.errors,
                                   hint: S.reasonHint(lang), multiline: true), ctx)
            if !a.task.metrics.isEmpty {
                el("fieldset", [.id("metrics")]) {
                    el("legend", text: S.taskMetrics(lang))
                    for metric in a.task.metrics {
                        Components.field(.init("metric-\(metric.key)", label: metric.label, value: f.metrics[metric.key],
                                               errors: m.errors, type: "number"), ctx)
                    }
                }
            }
            links(m, ctx)
            Components.field(.init("ban-ghi", label: S.recordLinksLabel(lang), value: m.form.records.map(\.id).joined(separator: "\n"),
                                   errors: m.errors, hint: S.recordLinksHint(lang), multiline: true, maxLength: 2000), ctx)
            files(m, ctx)
            el("p", [.class("actions")]) {
                el("button", [.type("submit"), .name("intent"), .value("draft"), .class("button secondary"), .id("save-draft")], text: S.saveDraft(lang))
                el("button", [.type("submit"), .name("intent"), .value("submit"), .class("button"), .id("submit-report")], text: S.submitReport(lang))
            }
        }
    }

    static func links(_ m: ReportViews.PageModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let typed = m.form.links
        return el("fieldset", [.id("links")]) {
            el("legend", text: S.linksLegend(lang))
            for index in 0..<ReportFormReader.linkRows {
                let link = index < typed.count ? typed[index] : ReportForm.LinkInput(url: "")
                el("div", [.class("link-row")]) {
                    Components.field(.init("link-url-\(index)", label: S.linkURL(lang, String(index + 1)), value: link.url,
                                           errors: m.errors, type: "url"), ctx)
                    Components.field(.init("link-title-\(index)", label: S.linkTitle(lang, String(index + 1)), value: link.title,
                                           errors: m.errors), ctx)
                }
            }
        }
    }

    static func files(_ m: ReportViews.PageModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let error = m.errors.first { $0.field == "tep" }
        return el("fieldset", [.id("files")]) {
            el("legend", text: S.filesLegend(lang))
            for file in m.form.files {
                el("div", [.class("checkbox")]) {
                    el("input", [.type("checkbox"), .id("keep-file-\(file.id)"), .name("keep-file-\(file.id)"), .value("1"), .flag("checked")])
                    el("label", [.for("keep-file-\(file.id)")], text: S.keepFile(lang, file.name))
                }
            }
            el("div", [.class(error == nil ? "field" : "field field-error")]) {
                el("label", [.for("tep")], text: S.fileLabel(lang))
                el("p", [.class("hint"), .id("tep-hint")], text: S.fileHint(lang))
                if let error { el("p", [.class("error-message"), .id("tep-error")], text: error.message) }
                el("input", [.type("file"), .id("tep"), .name("tep"), .flag("multiple"), .aria("describedby", error == nil ? "tep-hint" : "tep-hint tep-error"),
                             .init("accept", ".pdf,.jpg,.jpeg,.png,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx")])
            }
        }
    }
}
