import Foundation
import Platform
import PlanRules
import WorkCalendar
import Localization

/// The monitoring matrix (tasks × units, one column per quarter), the overdue and due-soon
/// lists with the urge button, and the inbox.
enum MonitoringViews {
    struct Filter: Sendable {
        var unit: String
        var section: String
        var day: LocalDate
    }

    struct Model: Sendable {
        var stored: StoredPlan
        var names: PlanNames
        var board: MonitoringBoard
        var filter: Filter
        var units: [UnitID]
        var notice: String?
    }

    struct Row: Sendable {
        var task: PlanTask
        var unit: UnitID
        var columns: [[MonitoringCell]]
    }

    /// Rows in the appendix's order, units in the order the plan names them; cells by the quarter of their due date.
    static func rows(_ m: Model) -> [Row] {
        var rows: [Row] = []
        for task in m.stored.plan.tasks {
            var order: [UnitID] = []
            var byUnit: [UnitID: [[MonitoringCell]]] = [:]
            for cell in m.board.cells(task: task.id) {
                let unit = cell.obligation.unit
                if byUnit[unit] == nil { order.append(unit); byUnit[unit] = Array(repeating: [], count: 4) }
                let due = cell.obligation.due
                let column = due.year > m.stored.plan.year ? 3 : max(0, min(3, (due.month - 1) / 3))
                byUnit[unit]?[column].append(cell)
            }
            rows += order.map { Row(task: task, unit: $0, columns: byUnit[$0] ?? []) }
        }
        return rows
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        let base = PathParameter.id(m.stored.id)
        let crumbs = PlanViews.crumbs(lang) + [(m.stored.plan.title, PlanURL.plan(base).path)]
        return Page(title: S.monitoringTitle(lang), area: .staff, breadcrumbs: crumbs) { ctx in
            fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.notice(m.notice)
                filters(m, base, ctx)
                counts(m, lang)
                matrix(m, ctx)
                list(S.overdueTitle(lang), id: "overdue", m.board.overdue, m, ctx)
                list(S.dueSoonTitle(lang), id: "due-soon", m.board.dueSoon, m, ctx)
            }
        }
    }

    static func filters(_ m: Model, _ base: PathParameter, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let units = [("", S.allUnits(lang))] + m.units.map { ($0.rawValue, m.names.unit($0)) }
        let sections = [("", S.allSections(lang))] + m.stored.plan.sections.map { ($0.number, "\($0.number). \($0.title)") }
        return el("form", [.class("search"), .id("monitoring-filter"), .init("method", "get"), .init("action", PlanURL.monitoring(base).path)]) {
            Components.select("don-vi", label: S.unitLabel(lang), options: units, selected: m.filter.unit, ctx)
            Components.select("muc", label: S.sectionLabel(lang), options: sections, selected: m.filter.section, ctx)
            Components.field(.init("ngay", label: S.asOfLabel(lang), value: m.filter.day.iso, errors: [], type: "date"), ctx)
            Components.submit(S.filterSubmit(lang))
        }
    }

    static func counts(_ m: Model, _ lang: Language) -> HTMLNode {
        let counts = m.board.counts
        return el("ul", [.class("facts-inline state-counts"), .id("state-counts")]) {
            for state in CellState.allCases {
                el("li") {
                    el("span", [.class("plan-cell cell-\(state.rawValue)")], text: state.name(lang))
                    " \(counts[state] ?? 0)"
                }
            }
        }
    }

    static func matrix(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let quarters = (1...4).map { S.quarterColumn(lang, String($0)) }
        return Components.tableWrap(ctx) {
            el("table", [.class("matrix"), .id("matrix")]) {
                el("caption", text: S.matrixCaption(lang, m.filter.day.vnFormat))
                el("thead") { el("tr") {
                    el("th", [.init("scope", "col")], text: S.taskNumber(lang))
                    el("th", [.init("scope", "col")], text: S.unitLabel(lang))
                    for quarter in quarters { el("th", [.init("scope", "col")], text: quarter) }
                } }
                el("tbody") {
                    for row in rows(m) {
                        el("tr") {
                            el("th", [.init("scope", "row")], text: row.task.number)
                            el("td", text: m.names.unit(row.unit))
                            for column in row.columns {
                                el("td") { for cell in column { cellLink(cell, m, lang) } }
                            }
                        }
                    }
                }
            }
        }
    }

    static func cellLink(_ cell: MonitoringCell, _ m: Model, _ lang: Language) -> HTMLNode {
        let label = "\(cell.obligation.occurrence.label(lang)): \(cell.state.name(lang))"
        return el("a", [.href(ReportAccess.path(m.stored.id, cell.key)), .class("plan-cell cell-\(cell.state.rawValue)"),
                        .init("title", label)], text: cell.state.name(lang))
    }

    static func list(_ title: String, id: String, _ cells: [MonitoringCell], _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("section", [.id(id)]) {
            el("h2", text: "\(title) (\(cells.count))")
            if !cells.isEmpty {
                Components.tableWrap(ctx) {
                    el("table", [.class("stack")]) {
                        el("thead") { el("tr") {
                            for h in [S.taskNumber, S.unitLabel, S.periodLabel, S.dueLabel, S.urgeColumn] { el("th", [.init("scope", "col")], text: h(lang)) }
                        } }
                        el("tbody") { for cell in cells.prefix(200) { urgeRow(cell, m, ctx) } }
                    }
                }
            }
        }
    }

    static func urgeRow(_ cell: MonitoringCell, _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let number = m.stored.plan.task(cell.obligation.occurrence.task)?.number ?? ""
        let unit = m.names.unit(cell.obligation.unit)
        return el("tr") {
            el("th", [.init("scope", "row")]) { el("a", [.href(ReportAccess.path(m.stored.id, cell.key))], text: number) }
            el("td", text: unit)
            el("td", text: cell.obligation.occurrence.label(lang))
            el("td", text: cell.obligation.due.vnFormat)
            el("td") {
                el("form", [.init("method", "post"), .init("action", PlanURL.urge(.id(m.stored.id)).path), .class("inline")]) {
                    Components.csrfField(ctx)
                    el("input", [.type("hidden"), .name("k"), .value(cell.key.text)])
                    el("button", [.type("submit"), .class("link-button"), .aria("label", S.urgeLabel(lang, number, unit))], text: S.urge(lang))
                }
            }
        }
    }

    static func inbox(_ items: [PlanNotification], notice: String? = nil, _ lang: Language) -> Page {
        let unread = items.filter { !$0.read }.count
        return Page(title: S.inboxTitle(lang), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.notice(notice)
                if items.isEmpty { el("p", text: S.inboxEmpty(lang)) }
                if unread > 0 {
                    el("p", [.id("unread-count")], text: S.unreadCount(lang, String(unread)))
                    el("form", [.init("method", "post"), .init("action", PlanURL.inboxMarkRead.path), .id("mark-all-form")]) {
                        Components.csrfField(ctx)
                        el("button", [.type("submit"), .class("button secondary"), .id("mark-all-read")], text: S.markAllRead(lang))
                    }
                }
                el("ol", [.class("results"), .id("inbox")]) {
                    for item in items { inboxItem(item, ctx) }
                }
            }
        }
    }

    static func inboxItem(_ item: PlanNotification, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("li", [.class("result-item notification-\(item.kind.rawValue)\(item.read ? "" : " notification-unread")"),
                         .id("notification-\(item.id)")]) {
            el("p", [.class("result-title")]) {
                if UUID(uuidString: item.planID) != nil, ObligationKey(text: item.obligation) != nil {
                    el("a", [.href(PlanURL.notice("\(item.id)").path)], text: item.message)
                } else {
                    item.message
                }
            }
            if !item.note.isEmpty { el("p", text: item.note) }
            el("p", [.class("facts-inline")]) {
                if !item.read { el("span", [.class("badge")], text: S.unreadBadge(lang)) }
                el("span", text: S.notificationKind(item.kind)(lang))
                el("span", text: LocalDateTime(iso: item.createdAt)?.vnFormat ?? item.createdAt)
                el("span", text: item.sender)
            }
            if !item.read {
                el("form", [.init("method", "post"), .init("action", PlanURL.inboxMarkRead.path), .class("inline")]) {
                    Components.csrfField(ctx)
                    el("input", [.type("hidden"), .name("n"), .value(String(item.id))])
                    el("button", [.type("submit"), .class("link-button"), .aria("label", S.markReadLabel(lang, item.message))],
                       text: S.markRead(lang))
                }
            }
        }
    }

    static let css = """
        .matrix td, .matrix th { padding: .25rem .4rem; vertical-align: top; }
        .plan-cell { display: inline-block; margin: .1rem; padding: 0 .35em; border-radius: .2em; color: #1a1a1a; border: 1px solid #555; text-decoration: none; font-size: .9rem; }
        a.plan-cell:hover, a.plan-cell:focus { text-decoration: underline; }
        .cell-accepted { background: #d4efd4; }
        .cell-submitted { background: #d8e6f8; }
        .cell-overdue { background: #f9d4d2; font-weight: bold; }
        .cell-returned { background: #fbe3c8; }
        .cell-dueSoon { background: #fff1b8; }
        .cell-inProgress { background: #e6e0f5; }
        .cell-notStarted { background: #efefef; }
        .state-counts { list-style: none; padding: 0; }
        .plan-form { max-width: 42rem; }
        .plan-form fieldset.plain { border: 0; padding: 0; margin: 0; max-width: none; min-width: 0; }
        .plan-form textarea, .plan-form input, .plan-form select { max-width: 100%; box-sizing: border-box; }
        .checklist { max-height: 15rem; overflow-y: auto; border: 1px solid #767676; padding: .25rem .5rem; margin-bottom: .75rem; }
        .assignees details { margin-bottom: .75rem; }
        .assignees summary { cursor: pointer; padding: .25rem 0; }
        .section-actions { margin-top: 0; }
        .notification-unread { border-left: 4px solid #0b5394; padding-left: .5rem; }
        """
}
