import Foundation
import Platform
import PlanRules
import WorkCalendar
import Localization

/// The results report: on screen, and as an A4 sheet in the administrative document style.
enum ResultsViews {
    struct Model: Sendable {
        var stored: StoredPlan
        var names: PlanNames
        var report: ResultsReport
        var period: String
        var links = RecordLinks()
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        let base = PathParameter.id(m.stored.id)
        let crumbs = PlanViews.crumbs(lang) + [(m.stored.plan.title, PlanURL.plan(base).path)]
        return Page(title: "\(S.resultsTitle(lang)) – \(m.report.title(lang))", area: .staff, breadcrumbs: crumbs) { ctx in
            fragment {
                el("form", [.class("search"), .id("results-filter"), .init("method", "get"), .init("action", PlanURL.results(base).path)]) {
                    Components.select("ky", label: S.periodLabel(lang), options: ResultsRoutes.periods.map { ($0, periodName($0, m, lang)) },
                                      selected: m.period, ctx)
                    Components.submit(S.filterSubmit(lang))
                }
                el("ul", [.class("actions")]) {
                    el("li") { el("a", [.href(PlanURL.resultsPrint(base).path + "?ky=\(m.period)"), .id("print-link")], text: S.printVersion(lang)) }
                    el("li") { el("a", [.href(PlanURL.resultsCSV(base).path + "?ky=\(m.period)"), .id("csv-link")], text: S.csvDownload(lang)) }
                }
                body(m, lang)
            }
        }
    }

    static func periodName(_ code: String, _ m: Model, _ lang: Language) -> String {
        ResultsRoutes.range(code, year: m.stored.plan.year)?.label(lang) ?? code
    }

    static func print(_ m: Model, _ lang: Language) -> Page {
        let plan = m.stored.plan
        let issuer = plan.issuerName.isEmpty ? S.productName(lang) : plan.issuerName
        return Page(title: "\(S.resultsTitle(lang)) – \(m.report.title(lang))", area: .print, breadcrumbs: []) { _ in
            el("div", [.class("admin-form a4"), .id("results-sheet")]) {
                el("p", [.class("actions no-print")]) {
                    el("a", [.href(PlanURL.results(.id(m.stored.id)).path + "?ky=\(m.period)")], text: "← \(S.resultsTitle(lang))")
                }
                el("div", [.class("doc-heading")]) {
                    el("div", [.class("doc-issuer")]) {
                        el("p", [.class("issuer")], text: issuer.uppercased())
                        el("p", [.class("doc-code")], text: S.reportNumber(lang))
                    }
                    el("div", [.class("doc-nation")]) {
                        el("p", [.class("nation")], text: S.nationHeading(lang))
                        el("p", [.class("motto")], text: S.mottoHeading(lang))
                        el("p", [.class("doc-date")], text: S.placeDateBlank(lang, place(issuer), String(m.report.asOf.year)))
                    }
                }
                el("h2", [.class("doc-title")], text: S.reportHeading(lang))
                el("p", [.class("doc-subject")], text: S.reportSubject(lang, plan.title, m.report.title(lang)))
                body(m, lang)
            }
        }
    }

    /// The place written before the date: the issuer's name without "UBND huyện" ("Diễn Châu").
    static func place(_ issuer: String) -> String {
        PlaceName.of(issuer)
    }

    static func body(_ m: Model, _ lang: Language) -> HTMLNode {
        fragment {
            if m.report.tasks.isEmpty { el("p", text: S.resultsNone(lang)) }
            for task in m.report.tasks {
                el("section", [.class("result-task"), .id("result-\(task.number)")]) {
                    el("h3", text: "\(task.number). \(task.content)")
                    if !task.metrics.isEmpty {
                        el("p", [.class("totals")]) {
                            el("strong", text: "\(S.totalsLabel(lang)): ")
                            task.metrics.map { "\($0.name): \(task.totals[$0.key] ?? 0) \($0.unit)" }.joined(separator: "; ")
                        }
                    }
                    unitTable(task, m, lang)
                }
            }
        }
    }

    static func unitTable(_ task: TaskResult, _ m: Model, _ lang: Language) -> HTMLNode {
        el("table", [.class("stack results-table")]) {
            el("thead") { el("tr") {
                for h in [S.unitLabel, S.periodLabel, S.reviewStatusLabel, S.summaryLabel, S.taskMetrics, S.evidenceLabel, S.shortfallLabel] {
                    el("th", [.init("scope", "col")], text: h(lang))
                }
            } }
            el("tbody") {
                for unit in task.units {
                    for entry in unit.entries {
                        el("tr") {
                            el("th", [.init("scope", "row")], text: m.names.unit(unit.unit))
                            el("td", text: entry.occurrence.label(lang))
                            el("td", text: entry.review?.name(lang) ?? S.noReportYet(lang))
                            el("td", text: entry.summary)
                            el("td", text: task.metrics.compactMap { metric in entry.metrics[metric.key].map { "\(metric.name): \($0)" } }.joined(separator: "; "))
                            el("td") { ReportViews.evidenceList(entry.evidence, m.links, lang) }
                            el("td", text: entry.shortfall.map { $0.reason.isEmpty ? $0.kind.name(lang) : "\($0.kind.name(lang)): \($0.reason)" } ?? "")
                        }
                    }
                }
            }
        }
    }
}
