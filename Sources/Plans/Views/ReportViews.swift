import Foundation
import Platform
import PlanRules
import WorkCalendar
import Localization

/// The unit's obligations and the report page (form, review, history).
enum ReportViews {
    static func mine(_ rows: [MyObligations.Row], _ lang: Language) -> Page {
        Page(title: S.myObligationsTitle(lang), area: .staff, breadcrumbs: PlanViews.crumbs(lang)) { ctx in
            fragment {
                if rows.isEmpty { el("p", text: S.myObligationsNone(lang)) }
                if !rows.isEmpty {
                    Components.tableWrap(ctx) {
                        el("table", [.class("stack"), .id("obligations")]) {
                            el("thead") { el("tr") {
                                for h in [S.taskNumber, S.taskContent, S.periodLabel, S.dueLabel, S.stateLabel] {
                                    el("th", [.init("scope", "col")], text: h(lang))
                                }
                            } }
                            el("tbody") { for row in rows { mineRow(row, lang) } }
                        }
                    }
                }
            }
        }
    }

    static func mineRow(_ row: MyObligations.Row, _ lang: Language) -> HTMLNode {
        let obligation = row.cell.obligation
        return el("tr") {
            el("th", [.init("scope", "row")]) {
                el("a", [.href(ReportAccess.path(row.planID, obligation.key))], text: row.taskNumber)
            }
            el("td", text: row.taskContent)
            el("td", text: obligation.occurrence.label(lang))
            el("td", text: obligation.due.vnFormat)
            el("td") { stateBadge(row.cell.state, lang) }
        }
    }

    static func stateBadge(_ state: CellState, _ lang: Language) -> HTMLNode {
        let warn = state == .overdue || state == .returned
        return el("span", [.class(warn ? "badge warn state-\(state.rawValue)" : "badge state-\(state.rawValue)")], text: state.name(lang))
    }

    struct PageModel: Sendable {
        var access: ReportAccess
        var events: [ReportEvent]
        var form: ReportForm
        var errors: [FieldError]
        var notice: String?
        var reviewError: String?
        var links = RecordLinks()
    }

    static func page(_ m: PageModel, _ lang: Language) -> Page {
        let a = m.access
        let title = S.reportTitle(lang, a.task.number, a.obligation.occurrence.label(lang))
        let crumbs = PlanViews.crumbs(lang) + [(a.stored.plan.title, PlanURL.plan(.id(a.planID)).path)]
        return Page(title: title, area: .staff, breadcrumbs: crumbs) { ctx in
            fragment {
                Components.notice(m.notice)
                Components.errorSummary(m.errors, ctx)
                facts(m, lang)
                if let comment = a.report?.report.returnComment {
                    el("div", [.class("error-summary"), .id("return-comment"), .init("role", "note")]) {
                        el("h2", text: S.returnedWith(lang))
                        el("p", text: comment)
                    }
                }
                if a.canEdit {
                    ReportFormView.form(m, ctx)
                } else if let report = a.report {
                    content(report.report.content, a.task, m.links, lang)
                }
                if a.canReview, a.report?.report.status.awaitsReview == true { review(m, ctx) }
                if a.canReview, !ReportProgress(a.report?.report).isHandedIn, a.stored.plan.status.acceptsReports { urge(m, ctx) }
                history(m.events, lang)
            }
        }
    }

    static func facts(_ m: PageModel, _ lang: Language) -> HTMLNode {
        let a = m.access
        return Components.definitionList([
            (S.taskContent(lang), a.task.content),
            (S.unitLabel(lang), a.unitName),
            (S.periodLabel(lang), "\(a.obligation.occurrence.label(lang)) (\(a.obligation.occurrence.period.start.vnFormat) – \(a.obligation.occurrence.period.end.vnFormat))"),
            (S.dueLabel(lang), a.obligation.due.vnFormat),
            (S.reviewStatusLabel(lang), a.report?.report.status.name(lang) ?? S.noReportYet(lang)),
        ])
    }

    static func content(_ content: ReportContent, _ task: PlanTask, _ links: RecordLinks, _ lang: Language) -> HTMLNode {
        el("section", [.id("report-content")]) {
            el("h2", text: S.reportContent(lang))
            Components.definitionList([
                (S.workStatusLabel(lang), content.workStatus.name(lang)),
                (S.summaryLabel(lang), content.summary),
                (S.reasonLabel(lang), content.reason),
            ] + task.metrics.map { ($0.label, content.metrics[$0.key].map(String.init)) })
            evidenceList(content.evidence, links, lang)
        }
    }

    static func evidenceList(_ evidence: [Evidence], _ links: RecordLinks, _ lang: Language) -> HTMLNode {
        guard !evidence.isEmpty else { return .empty }
        return el("ul", [.class("evidence")]) {
            for item in evidence {
                el("li") {
                    switch item {
                    case .link(let url, let title): el("a", [.href(url), .init("rel", "noopener")], text: title.isEmpty ? url : title)
                    case .file(let file): el("a", [.href(PlanURL.file("\(file.id)").path)], text: "\(file.name) (\(file.byteCount / 1024 + 1) KB)")
                    case .record(let record):
                        if let href = links.href(record) { el("a", [.href(href)], text: record.label) } else { record.label }
                    }
                }
            }
        }
    }

    static func review(_ m: PageModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let errors = m.reviewError.map { [FieldError(field: "nhan-xet", message: $0)] } ?? []
        return el("section", [.id("review")]) {
            el("h2", text: S.reviewTitle(lang))
            el("form", [.id("review-form"), .init("method", "post"),
                        .init("action", PlanURL.review(.id(m.access.planID)).path + "?k=\(m.access.key.text.urlComponentEncoded)")]) {
                Components.csrfField(ctx)
                Components.field(.init("nhan-xet", label: S.reviewComment(lang), value: nil, errors: errors,
                                       hint: S.reviewCommentHint(lang), multiline: true), ctx)
                el("p", [.class("actions")]) {
                    el("button", [.type("submit"), .name("quyet-dinh"), .value("accept"), .class("button"), .id("accept-submit")], text: S.acceptReport(lang))
                    el("button", [.type("submit"), .name("quyet-dinh"), .value("return"), .class("button secondary"), .id("return-submit")], text: S.returnReport(lang))
                }
            }
        }
    }

    static func urge(_ m: PageModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("section", [.id("urge")]) {
            el("h2", text: S.urge(lang))
            el("form", [.id("urge-form"), .init("method", "post"), .init("action", PlanURL.urge(.id(m.access.planID)).path)]) {
                Components.csrfField(ctx)
                el("input", [.type("hidden"), .name("k"), .value(m.access.key.text)])
                el("input", [.type("hidden"), .name("ve"), .value("bao-cao")])
                Components.field(.init("ghi-chu", label: S.urgeNote(lang), value: nil, errors: [], multiline: true), ctx)
                el("button", [.type("submit"), .class("button secondary"), .id("urge-submit")], text: S.urgeLabel(lang, m.access.task.number, m.access.unitName))
            }
        }
    }

    static func history(_ events: [ReportEvent], _ lang: Language) -> HTMLNode {
        guard !events.isEmpty else { return .empty }
        return el("section", [.id("history")]) {
            el("h2", text: S.historyTitle(lang))
            el("ol", [.class("history")]) {
                for event in events {
                    el("li") {
                        el("strong", text: (ReviewStatus(rawValue: event.to)?.name(lang)) ?? event.to)
                        " · \(LocalDateTime(iso: event.at)?.vnFormat ?? event.at) · \(event.actorName)"
                        if !event.comment.isEmpty { el("p", text: event.comment) }
                    }
                }
            }
        }
    }
}
