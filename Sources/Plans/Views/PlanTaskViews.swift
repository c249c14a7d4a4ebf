import Foundation
import Platform
import PlanRules
import WorkCalendar
import Localization

/// The section and task forms of a draft plan, with the preview of the reporting schedule.
enum PlanTaskViews {
    static func crumbs(_ id: UUID, _ plan: Plan, _ lang: Language) -> [(String, String)] {
        PlanViews.crumbs(lang) + [(plan.title, PlanURL.plan(.id(id)).path)]
    }

    struct SectionModel: Sendable {
        var planID: UUID
        var plan: Plan
        /// The number of the section being edited; nil when adding.
        var editing: String?
        var values: [String: String]
        var errors: [FieldError] = []
    }

    static func section(_ m: SectionModel, _ lang: Language) -> Page {
        let base = PathParameter.id(m.planID)
        let title = m.editing.map { S.editSectionTitle(lang, $0) } ?? S.addSection(lang)
        let action = m.editing.map { PlanURL.editSection(base, .text($0)).path } ?? PlanURL.newSection(base).path
        return Page(title: title, area: .staff, breadcrumbs: crumbs(m.planID, m.plan, lang)) { ctx in
            fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.errorSummary(m.errors, ctx)
                el("form", [.id("section-form"), .init("method", "post"), .init("action", action), .class("plan-form")]) {
                    Components.csrfField(ctx)
                    Components.field(.init("so", label: S.sectionNumberLabel(lang), value: m.values["so"], errors: m.errors,
                                           required: true, hint: S.sectionNumberHint(lang)), ctx)
                    Components.field(.init("ten", label: S.sectionTitleLabel(lang), value: m.values["ten"], errors: m.errors,
                                           required: true, multiline: true), ctx)
                    Components.submit(S.saveSection(lang))
                }
                if let number = m.editing, let section = m.plan.sections.first(where: { $0.number == number }) {
                    el("details", [.class("action"), .id("remove-section-details")]) {
                        el("summary", text: S.removeSection(lang))
                        el("form", [.id("remove-section-form"), .init("method", "post"), .init("action", PlanURL.removeSection(base, .text(number)).path)]) {
                            Components.csrfField(ctx)
                            el("p", [.class("hint")], text: S.removeSectionHint(lang, String(section.tasks.count)))
                            el("button", [.type("submit"), .class("button secondary"), .id("remove-section")], text: S.removeSection(lang))
                        }
                    }
                }
            }
        }
    }

    /// One occurrence of the preview.
    struct PreviewRow: Sendable {
        var label: String
        var period: DayRange
        var due: LocalDate
    }

    struct TaskModel: Sendable {
        var planID: UUID
        var plan: Plan
        /// The id of the task being edited; nil when adding.
        var editing: TaskID?
        var values: [String: String]
        var picks: Set<String>
        var errors: [FieldError] = []
        var options: PlanTaskForm.Options
        /// Nil when the time cannot be read yet.
        var preview: [PreviewRow]?
        var previewUnits: [String] = []
    }

    static func task(_ m: TaskModel, _ lang: Language) -> Page {
        let base = PathParameter.id(m.planID)
        let number = m.editing.flatMap { m.plan.task($0)?.number }
        let title = number.map { S.editTaskTitle(lang, $0) } ?? S.addTask(lang)
        let action = m.editing.map { PlanURL.editTask(base, .text($0.rawValue)).path } ?? PlanURL.newTask(base).path
        return Page(title: title, area: .staff, breadcrumbs: crumbs(m.planID, m.plan, lang)) { ctx in
            fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.errorSummary(m.errors, ctx)
                el("form", [.id("task-form"), .init("method", "post"), .init("action", action), .class("plan-form")]) {
                    Components.csrfField(ctx)
                    taskFields(m, ctx)
                    el("div", [.class("actions")]) {
                        el("button", [.type("submit"), .name("y-dinh"), .value("xem-truoc"), .class("button secondary"), .id("preview-submit")],
                           text: S.previewSubmit(lang))
                        el("button", [.type("submit"), .name("y-dinh"), .value("luu"), .class("button"), .id("save-task")], text: S.saveTask(lang))
                    }
                }
                preview(m, ctx)
                if let id = m.editing {
                    el("details", [.class("action"), .id("remove-task-details")]) {
                        el("summary", text: S.removeTask(lang))
                        el("form", [.id("remove-task-form"), .init("method", "post"), .init("action", PlanURL.removeTask(base, .text(id.rawValue)).path)]) {
                            Components.csrfField(ctx)
                            el("p", [.class("hint")], text: S.removeTaskHint(lang))
                            el("button", [.type("submit"), .class("button secondary"), .id("remove-task")], text: S.removeTask(lang))
                        }
                    }
                }
            }
        }
    }

    static func taskFields(_ m: TaskModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        func field(_ name: String, _ label: LocalizedText, required: Bool = false, hint: LocalizedText? = nil, multiline: Bool = false) -> HTMLNode {
            Components.field(.init(name, label: label(lang), value: m.values[name], errors: m.errors, required: required,
                                   hint: hint.map { $0(lang) }, multiline: multiline), ctx)
        }
        let sections = m.plan.sections.map { (value: $0.number, label: "\($0.number). \($0.title)") }
        return fragment {
            Components.select("muc", label: S.taskSectionLabel(lang), options: sections, selected: m.values["muc"], errors: m.errors, ctx)
            field("so", S.taskNumberLabel, required: true, hint: S.taskNumberHint)
            field("noi-dung", S.taskContentLabel, required: true, multiline: true)
            assigneeFieldset(.lead, S.leadLegend, m, ctx)
            assigneeFieldset(.coordinating, S.coordinatingLegend, m, ctx)
            field("thoi-gian", S.taskTimeLabel, required: true, hint: S.taskTimeHint)
            field("san-pham", S.outputsLabel, multiline: true)
            field("chi-tieu", S.metricsLabel, hint: S.metricsHint, multiline: true)
        }
    }

    static func assigneeFieldset(_ role: PlanTaskForm.Role, _ legend: LocalizedText, _ m: TaskModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let error = m.errors.first { $0.field == role.rawValue }
        func box(_ value: String, _ label: String) -> HTMLNode {
            let id = "\(role.rawValue)-\(value.replacingOccurrences(of: ":", with: "-"))"
            return el("div", [.class("checkbox")]) {
                el("input", [.type("checkbox"), .id(id), .name(role.rawValue), .value(value)]
                    + (m.picks.contains("\(role.rawValue)=\(value)") ? [.flag("checked")] : []))
                el("label", [.for(id)], text: label)
            }
        }
        let unitsPicked = m.options.units.contains { m.picks.contains("\(role.rawValue)=u:\($0.id.uuidString)") }
        return el("fieldset", [.id(role.rawValue), .class(error == nil ? "assignees" : "assignees field-error")]) {
            el("legend", text: legend(lang))
            if let error { el("p", [.class("error-message")], text: error.message) }
            if !m.options.groups.isEmpty {
                el("p", [.class("hint")], text: S.groupsLabel(lang))
                el("div", [.class("checklist"), .id("\(role.rawValue)-groups")]) {
                    for group in m.options.groups { box("g:\(group.id.uuidString)", group.name) }
                }
            }
            el("details", [.id("\(role.rawValue)-units")] + (unitsPicked ? [.flag("open")] : [])) {
                el("summary", text: "\(S.unitsLabel(lang)) (\(m.options.units.count))")
                el("div", [.class("checklist")]) {
                    for unit in m.options.units { box("u:\(unit.id.uuidString)", unit.name) }
                }
            }
            Components.field(.init(role.otherField, label: S.otherAssigneesLabel(lang), value: m.values[role.otherField], errors: m.errors,
                                   hint: S.otherAssigneesHint(lang), multiline: true), ctx)
        }
    }

    static func preview(_ m: TaskModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("section", [.id("preview"), .aria("labelledby", "preview-title")]) {
            el("h2", [.id("preview-title")], text: S.previewTitle(lang))
            if let rows = m.preview {
                el("p", text: S.previewIntro(lang))
                el("p", [.id("preview-count")], text: S.previewCount(lang, String(rows.count), String(m.previewUnits.count),
                                                                       String(rows.count * m.previewUnits.count)))
                Components.tableWrap(ctx) {
                    el("table", [.class("stack"), .id("preview-occurrences")]) {
                        el("thead") { el("tr") {
                            for h in [S.previewPeriod, S.previewFromTo, S.previewDue] { el("th", [.init("scope", "col")], text: h(lang)) }
                        } }
                        el("tbody") {
                            for row in rows {
                                el("tr") {
                                    el("th", [.init("scope", "row")], text: row.label)
                                    el("td", text: "\(row.period.start.vnFormat) – \(row.period.end.vnFormat)")
                                    el("td", text: row.due.vnFormat)
                                }
                            }
                        }
                    }
                }
                if m.previewUnits.isEmpty {
                    el("p", [.id("preview-units")], text: S.previewNoUnits(lang))
                } else {
                    el("h3", text: S.previewUnits(lang, String(m.previewUnits.count)))
                    el("ul", [.id("preview-units"), .class("unit-list")]) { for name in m.previewUnits { el("li", text: name) } }
                }
            } else {
                el("p", text: S.previewNeedsTime(lang))
            }
        }
    }
}
