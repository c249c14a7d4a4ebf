import Foundation
import Platform
import PlanRules
import Localization

/// Staff pages: the plan list and a plan with its tasks.
enum PlanViews {
    static func crumbs(_ lang: Language) -> [(String, String)] {
        [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.plansTitle(lang), PlanURL.list.path)]
    }

    struct ListModel: Sendable {
        var plans: [PlanSummary]
        var canManage: Bool
        var unread = 0
        var importErrors: [String] = []
        var notice: String?
    }

    static func list(_ m: ListModel, _ lang: Language) -> Page {
        Page(title: S.plansTitle(lang), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                el("ul", [.class("actions")]) {
                    if m.canManage { el("li") { el("a", [.href(PlanURL.new.path), .id("create-plan"), .class("button")], text: S.createPlan(lang)) } }
                    el("li") { el("a", [.href(PlanURL.mine.path), .id("my-obligations")], text: S.myObligationsTitle(lang)) }
                    el("li") {
                        el("a", [.href(PlanURL.inbox.path), .id("inbox-link")],
                           text: m.unread > 0 ? S.inboxWithCount(lang, String(m.unread)) : S.inboxTitle(lang))
                    }
                }
                if m.plans.isEmpty { el("p", text: S.plansNone(lang)) }
                el("ul", [.class("results"), .id("plans")]) {
                    for plan in m.plans {
                        el("li", [.class("result-item")]) {
                            el("p", [.class("result-title")]) { el("a", [.href(PlanURL.plan(.id(plan.id)).path)], text: plan.title) }
                            el("p", [.class("facts-inline")]) {
                                el("span", text: "\(plan.issuerName) · \(plan.year)")
                                el("span", [.class("badge")], text: plan.status.name(lang))
                            }
                        }
                    }
                }
                if m.canManage { importForm(m, ctx) }
            }
        }
    }

    static func importForm(_ m: ListModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let action = PlanURL.importPlans.path + "?_csrf=\(ctx.csrfToken)"
        return el("section", [.id("import")]) {
            el("h2", text: S.importTitle(lang))
            el("p", [.class("hint")], text: S.importHint(lang))
            if !m.importErrors.isEmpty {
                el("div", [.class("error-summary"), .init("role", "alert"), .id("import-errors")]) {
                    el("h3", text: S.importFailed(lang))
                    el("ul") { for line in m.importErrors { el("li", text: line) } }
                }
            }
            el("form", [.id("import-form"), .init("method", "post"), .init("action", action), .init("enctype", "multipart/form-data")]) {
                Components.field(.init("tieu-de", label: S.planTitleLabel(lang), value: nil, errors: [], required: true), ctx)
                Components.field(.init("nam", label: S.planYearLabel(lang), value: nil, errors: [], required: true, type: "number"), ctx)
                el("div", [.class("field")]) {
                    el("label", [.for("tep-ke-hoach")], text: S.importFileLabel(lang))
                    el("input", [.type("file"), .id("tep-ke-hoach"), .name("tep"), .init("accept", ".csv,text/csv"), .flag("required")])
                }
                Components.submit(S.importSubmit(lang))
            }
        }
    }

    struct DetailModel: Sendable {
        var stored: StoredPlan
        var names: PlanNames
        var documents: [FileReference]
        var canManage: Bool
        var notice: String?
        var error: String?
    }

    static func detail(_ m: DetailModel, _ lang: Language) -> Page {
        let plan = m.stored.plan
        let base = PathParameter.id(m.stored.id)
        return Page(title: plan.title, area: .staff, breadcrumbs: crumbs(lang)) { ctx in
            fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.notice(m.notice)
                if let error = m.error { el("p", [.class("error-summary"), .init("role", "alert")], text: error) }
                Components.definitionList([
                    (S.planReference(lang), plan.reference.text(lang)),
                    (S.planIssuer(lang), plan.issuerName),
                    (S.planYearLabel(lang), String(plan.year)),
                    (S.planStatus(lang), plan.status.name(lang)),
                    (S.planImplements(lang), plan.implements.map { "\($0.issuer) \($0.reference.text(lang))" }),
                    (S.planFrequency(lang), plan.settings.frequency.name(lang)),
                ])
                el("ul", [.class("actions"), .id("plan-links")]) {
                    if plan.status != .draft {
                        el("li") { el("a", [.href(PlanURL.monitoring(base).path)], text: S.monitoringTitle(lang)) }
                        el("li") { el("a", [.href(PlanURL.results(base).path)], text: S.resultsTitle(lang)) }
                        el("li") { el("a", [.href(PlanURL.publicPlan(.id(m.stored.id)).path)], text: S.publicPageLink(lang)) }
                    }
                    el("li") { el("a", [.href(PlanURL.tasksCSV(base).path)], text: S.tasksCSV(lang)) }
                    if m.canManage {
                        el("li") {
                            el("a", [.href(PlanURL.edit(base).path), .id("edit-record")], text: plan.status.allowsEditing ? S.editRecord(lang) : S.viewRecord(lang))
                        }
                    }
                }
                if m.canManage { actions(m, base, ctx) }
                documents(m, base, ctx)
                let editable = m.canManage && plan.status.allowsEditing
                if editable && plan.sections.isEmpty { el("p", [.id("no-sections")], text: S.sectionsNone(lang)) }
                for section in plan.sections {
                    el("section", [.class("plan-section")]) {
                        el("h2", text: "\(section.number). \(section.title)")
                        if editable { sectionLinks(section, base, lang) }
                        taskTable(section, m.names, ctx, editBase: editable ? base : nil)
                    }
                }
                if editable {
                    el("p") { el("a", [.href(PlanURL.newSection(base).path), .id("add-section"), .class("button secondary")], text: S.addSection(lang)) }
                }
            }
        }
    }

    static func actions(_ m: DetailModel, _ base: PathParameter, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let status = m.stored.plan.status
        return el("div", [.class("actions"), .id("plan-actions")]) {
            if status == .draft { postButton(PlanURL.transition(base, "ban-hanh").path, S.issuePlan(lang), id: "issue", ctx) }
            if status == .issued { postButton(PlanURL.transition(base, "ket-thuc").path, S.closePlan(lang), id: "close", ctx) }
            postButton(PlanURL.copy(base).path, S.copyPlan(lang), id: "copy", ctx)
        }
    }

    static func documents(_ m: DetailModel, _ base: PathParameter, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("section", [.id("documents")]) {
            el("h2", text: S.documentsTitle(lang))
            if m.documents.isEmpty { el("p", text: S.documentsNone(lang)) }
            el("ul", [.class("evidence")]) {
                for file in m.documents {
                    el("li") { el("a", [.href(PlanURL.file("\(file.id)").path)], text: "\(file.name) (\(file.byteCount / 1024 + 1) KB)") }
                }
            }
            if m.canManage {
                el("form", [.id("document-form"), .init("method", "post"), .init("action", PlanURL.documents(base).path + "?_csrf=\(ctx.csrfToken)"),
                            .init("enctype", "multipart/form-data")]) {
                    el("div", [.class("field")]) {
                        el("label", [.for("van-ban")], text: S.documentFile(lang))
                        el("p", [.class("hint"), .id("van-ban-hint")], text: S.documentHint(lang))
                        el("input", [.type("file"), .id("van-ban"), .name("van-ban"), .init("accept", ".pdf,application/pdf"),
                                     .aria("describedby", "van-ban-hint"), .flag("required")])
                    }
                    Components.submit(S.documentSubmit(lang))
                }
            }
        }
    }

    static func postButton(_ action: String, _ label: String, id: String, _ ctx: PageContext) -> HTMLNode {
        el("form", [.init("method", "post"), .init("action", action), .id("\(id)-form"), .class("inline")]) {
            Components.csrfField(ctx)
            el("button", [.type("submit"), .class("button secondary"), .id("\(id)-submit")], text: label)
        }
    }

    static func sectionLinks(_ section: PlanSection, _ base: PathParameter, _ lang: Language) -> HTMLNode {
        let number = section.number.urlComponentEncoded
        return el("ul", [.class("actions section-actions")]) {
            el("li") {
                el("a", [.href(PlanURL.newTask(base).path + "?muc=\(number)"), .id("add-task-\(section.number)")], text: S.addTaskTo(lang, section.number))
            }
            el("li") { el("a", [.href(PlanURL.editSection(base, .text(section.number)).path), .id("edit-section-\(section.number)")], text: S.editSection(lang)) }
        }
    }

    static func taskTable(_ section: PlanSection, _ names: PlanNames, _ ctx: PageContext, editBase: PathParameter? = nil) -> HTMLNode {
        let lang = ctx.language
        return Components.tableWrap(ctx) {
            el("table", [.class("stack tasks")]) {
                el("thead") { el("tr") {
                    for h in [S.taskNumber, S.taskContent, S.taskLead, S.taskCoordinating, S.taskTime, S.taskMetrics] {
                        el("th", [.init("scope", "col")], text: h(lang))
                    }
                    if editBase != nil { el("th", [.init("scope", "col")], text: S.tasksActions(lang)) }
                } }
                el("tbody") {
                    for task in section.tasks {
                        el("tr", [.id("task-\(task.number)")]) {
                            el("th", [.init("scope", "row")], text: task.number)
                            el("td", text: task.content)
                            el("td") { assignees(task.leadText, task.lead, names) }
                            el("td") { assignees(task.coordinatingText, task.coordinating, names) }
                            el("td", text: task.timeText)
                            el("td", text: task.metrics.map(\.label).joined(separator: "; "))
                            if let editBase {
                                el("td") {
                                    el("a", [.href(PlanURL.editTask(editBase, .text(task.id.rawValue)).path),
                                             .aria("label", S.editTaskLabel(lang, task.number))], text: S.editTask(lang))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    static func assignees(_ written: String, _ resolved: [Assignee], _ names: PlanNames) -> HTMLNode {
        fragment {
            el("p", text: written)
            if !resolved.isEmpty {
                el("ul", [.class("assignees")]) {
                    for assignee in resolved { el("li", text: names.describe(assignee)) }
                }
            }
        }
    }
}
