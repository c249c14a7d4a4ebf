import Foundation
import Localization
import Platform
import WorkCalendar

/// The staff page of the anonymous search log: what citizens searched for and did not find.
enum SearchLogViews {
    struct Model: Sendable {
        var days: Int
        var from: LocalDate
        var to: LocalDate
        var lines: [SearchLog.Line]
    }

    static let periods = [7, 30, 90, 365]
    /// Rows shown per table.
    static let rows = 100

    static func page(_ m: Model, _ lang: Language) -> Page {
        Page(title: S.searchLogTitle(lang), area: .staff,
             breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.catalogStaffTitle(lang), CatalogURL.staffSearch.path),
                           (S.lexiconTitle(lang), CatalogURL.lexicon.path)]) { ctx in
            fragment {
                el("p", [.class("lead")], text: S.searchLogIntro(lang, String(SearchLog.retentionDays)))
                el("form", [.id("search-log-period"), .init("method", "get"), .init("action", CatalogURL.searchLog.path), .class("search")]) {
                    Components.select("ngay", label: S.searchLogPeriod(lang), options: periods.map { (String($0), S.searchLogDays(lang, String($0))) },
                                      selected: String(m.days), ctx)
                    Components.submit(S.searchLogShow(lang))
                }
                let searches = m.lines.reduce(0) { $0 + $1.searches }
                el("p", [.id("search-log-summary")], text: S.searchLogSummary(
                    lang, VNFormat.isoDay(m.from.iso), VNFormat.isoDay(m.to.iso), String(searches), String(m.lines.count),
                    String(m.lines.reduce(0) { $0 + $1.misses }), String(m.lines.reduce(0) { $0 + $1.clicks })))
                let misses = m.lines.filter { $0.misses > 0 }.sorted { ($0.misses, $1.query) > ($1.misses, $0.query) }
                let unopened = m.lines.filter { $0.misses < $0.searches && $0.clicks == 0 }
                table("khong-thay", S.searchLogMissesHeading(lang), S.searchLogMissesHelp(lang), Array(misses.prefix(rows)), lang)
                table("khong-mo", S.searchLogUnopenedHeading(lang), S.searchLogUnopenedHelp(lang), Array(unopened.prefix(rows)), lang)
            }
        }
    }

    static func table(_ id: String, _ heading: String, _ help: String, _ lines: [SearchLog.Line], _ lang: Language) -> HTMLNode {
        el("section", [.id(id), .init("aria-labelledby", id + "-heading")]) {
            el("h2", [.id(id + "-heading")], text: heading)
            el("p", [.class("hint")], text: help)
            if lines.isEmpty {
                el("p", text: S.searchLogNone(lang))
            } else {
                el("div", [.class("table-wrap")]) {
                    el("table") {
                        el("thead") {
                            el("tr") {
                                el("th", [.init("scope", "col")], text: S.searchLogQuery(lang))
                                el("th", [.init("scope", "col"), .class("number")], text: S.searchLogSearches(lang))
                                el("th", [.init("scope", "col"), .class("number")], text: S.searchLogMisses(lang))
                                el("th", [.init("scope", "col"), .class("number")], text: S.searchLogClicks(lang))
                                el("th", [.init("scope", "col")]) { el("span", [.class("visually-hidden")], text: S.searchLogAddEntry(lang)) }
                            }
                        }
                        el("tbody") {
                            for line in lines {
                                el("tr") {
                                    el("th", [.init("scope", "row")]) {
                                        el("a", [.href(CatalogURL.search.path + "?" + Components.query([("q", line.query)]))], text: line.query)
                                    }
                                    el("td", [.class("number")], text: String(line.searches))
                                    el("td", [.class("number")], text: String(line.misses))
                                    el("td", [.class("number")], text: String(line.clicks))
                                    el("td") {
                                        el("a", [.href(CatalogURL.lexicon.path + "?" + Components.query([("cum-tu", line.query)]) + "#them")]) {
                                            HTMLNode.text(S.searchLogAddEntry(lang))
                                            el("span", [.class("visually-hidden")], text: ": \(line.query)")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
