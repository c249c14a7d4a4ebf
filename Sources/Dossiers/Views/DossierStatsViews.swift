import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// Form II.06a and the units' evaluation.
enum DossierStatsViews {
    struct Model: Sendable {
        var from: LocalDate
        var to: LocalDate
        var grouping: DossierReports.Grouping
        var report: Report0206a?
        var error: LocalizedText?
        var units: DossierUnits
        var evaluations: [UnitEvaluation]
        var printable: Bool
    }

    static func label(_ key: String, _ grouping: DossierReports.Grouping, _ units: DossierUnits) -> String {
        grouping == .competentUnit ? units.name(key) : key
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        let query = "tu=\(m.from.iso)&den=\(m.to.iso)&nhom=\(m.grouping.rawValue)"
        return Page(title: S.statsTitle(lang), area: m.printable ? .print : .staff,
                    breadcrumbs: m.printable ? [] : DossierViews.staffCrumbs(lang) + [(S.dossiersTitle(lang), DossierURL.list.path)]) { ctx in
            fragment {
                if !m.printable {
                    el("form", [.class("search"), .id("stats-form"), .init("method", "get"), .init("action", DossierURL.statistics.path)]) {
                        Components.field(.init("tu", label: S.statsFrom(lang), value: m.from.iso, errors: [], type: "date"), ctx)
                        Components.field(.init("den", label: S.statsTo(lang), value: m.to.iso, errors: [], type: "date"), ctx)
                        Components.select("nhom", label: S.statsGroup(lang), options: DossierReports.Grouping.allCases.map { ($0.rawValue, S.statsGroups[$0.rawValue]!(lang)) },
                                          selected: m.grouping.rawValue, ctx)
                        Components.submit(S.statsShow(lang))
                    }
                    el("p", [.class("actions")]) {
                        el("a", [.href(DossierURL.statistics.path + "?\(query)&dinh-dang=csv"), .class("button secondary")], text: S.statsCSV(lang))
                        " "
                        el("a", [.href(DossierURL.statistics.path + "?\(query)&in=1"), .class("button secondary")], text: S.statsPrint(lang))
                    }
                } else {
                    el("p", [.class("form-number")], text: "Biểu số II.06a")
                }
                el("p", text: "\(S.statsFrom(lang)) \(m.from.vnFormat) \(S.statsTo(lang).lowercased()) \(m.to.vnFormat)")
                if let error = m.error { el("p", [.class("error-message"), .init("role", "alert")], text: error(lang)) }
                if let report = m.report { table(report, m, ctx) }
                if !m.evaluations.isEmpty { evaluation(m, ctx) }
            }
        }
    }

    static func table(_ report: Report0206a, _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let columns = Report0206a.columns
        return fragment {
            Components.tableWrap(ctx) {
                el("table", [.id("report-0206a"), .class("report")]) {
                    el("thead") {
                        el("tr") {
                            el("th", [.init("scope", "col"), .init("rowspan", "2")], text: S.statsGroups[m.grouping.rawValue]!(lang))
                            el("th", [.init("scope", "colgroup"), .init("colspan", "4")], text: S.statsReceived(lang))
                            el("th", [.init("scope", "colgroup"), .init("colspan", "4")], text: S.statsCompleted(lang))
                            el("th", [.init("scope", "colgroup"), .init("colspan", "3")], text: S.statsPending(lang))
                        }
                        el("tr") { for column in columns { el("th", [.init("scope", "col")], text: column(lang)) } }
                    }
                    el("tbody") {
                        for row in report.rows {
                            el("tr") {
                                el("th", [.init("scope", "row")], text: label(row.key, m.grouping, m.units))
                                for value in row.values { el("td", [.class("num")], text: String(value)) }
                            }
                        }
                    }
                    el("tfoot") {
                        el("tr") {
                            el("th", [.init("scope", "row")], text: S.statsTotal(lang))
                            for value in report.total.values { el("td", [.class("num")], text: String(value)) }
                        }
                    }
                }
            }
            if report.identitiesHold { el("p", [.class("fineprint")], text: S.statsIdentities(lang)) }
        }
    }

    static func evaluation(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return fragment {
            el("h2", text: S.evaluationTitle(lang))
            el("p", [.class("fineprint")], text: S.evaluationLimit(lang, String(DossierStatsRoutes.evaluationLimit)))
            Components.tableWrap(ctx) {
                el("table", [.id("evaluation")]) {
                    el("thead") {
                        el("tr") {
                            el("th", [.init("scope", "col")], text: S.evaluationUnit(lang))
                            for indicator in EvaluationIndicator.allCases { el("th", [.init("scope", "col"), .init("title", indicator.title(lang))], text: "\(indicator.number)") }
                            el("th", [.init("scope", "col")], text: S.evaluationTotal(lang))
                            el("th", [.init("scope", "col")], text: S.evaluationGrade(lang))
                        }
                    }
                    el("tbody") {
                        for evaluation in m.evaluations {
                            el("tr") {
                                el("th", [.init("scope", "row")], text: m.units.name(evaluation.unit))
                                for entry in evaluation.entries { el("td", [.class("num")], text: entry.score.points.map { String(format: "%.1f", $0) } ?? "—") }
                                el("td", [.class("num")], text: "\(String(format: "%.1f", evaluation.total))/\(evaluation.maximum)")
                                el("td", text: evaluation.grade?.name(lang) ?? S.evaluationMissing(lang, evaluation.missing.map { String($0.number) }.joined(separator: ", ")))
                            }
                        }
                    }
                }
            }
            el("ul", [.class("fineprint")]) {
                for indicator in EvaluationIndicator.allCases { el("li", text: "\(indicator.number). \(indicator.title(lang))") }
            }
        }
    }
}
