import FeedbackRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// Published answers, their statistics, and the staff page of the Decision 766 rates.
enum FeedbackPublishedViews {
    struct Model: Sendable {
        var filter: FeedbackPublished.Filter
        var items: [FeedbackPublished.Item]
        var fields: [String]
        var units: FeedbackUnits
        var statistics: FeedbackStatistics?
    }

    static func unitName(_ key: String, _ units: FeedbackUnits) -> String {
        UUID(uuidString: key).map { units.name($0) } ?? key
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        Page(title: S.fbPublishedTitle(lang), breadcrumbs: [(S.navHome(lang), PlatformURL.home.path)]) { ctx in
            fragment {
                el("form", [.id("published-search"), .class("filters"), .init("method", "get"), .init("action", FeedbackURL.published.path)]) {
                    Components.field(.init("q", label: S.fbSearch(lang), value: m.filter.text, errors: [], type: "search", autocomplete: "off"), ctx)
                    Components.select("linh-vuc", label: S.fbField(lang), options: [("", S.fbAllOption(lang))] + m.fields.map { ($0, $0) }, selected: m.filter.field, ctx)
                    Components.select("don-vi", label: S.fbUnit(lang), options: [("", S.fbAllOption(lang))] + m.units.handling.map { ($0.id.uuidString, $0.name) },
                                      selected: m.filter.unit, ctx)
                    Components.field(.init("tu", label: S.fbFrom(lang), value: m.filter.from?.iso, errors: [], type: "date"), ctx)
                    Components.field(.init("den", label: S.fbTo(lang), value: m.filter.to?.iso, errors: [], type: "date"), ctx)
                    Components.submit(S.fbFilter(lang))
                }
                if m.items.isEmpty { el("p", [.id("published-none")], text: S.fbNoResults(lang)) }
                el("div", [.id("published-list")]) {
                    for item in m.items.prefix(100) {
                        el("article", [.class("published")]) {
                            el("h2", text: "\(item.code) — \(item.field)")
                            el("p", [.class("meta")], text: "\(S.fbPublishedOn(lang)) \(item.publishedAt.date.vnFormat) · \(m.units.name(item.unitID)) · \(item.contentKind.shortName(lang))")
                            el("h3", text: S.fbQuestion(lang))
                            el("p", text: item.question)
                            el("h3", text: S.fbAnswer(lang))
                            el("p", text: item.answer)
                        }
                    }
                }
                if let stats = m.statistics { statistics(stats, m.units, rates: false, ctx) }
            }
        }
    }

    static func rates(_ stats: FeedbackStatistics?, units: FeedbackUnits, _ lang: Language) -> Page {
        Page(title: S.fbRatesTitle(lang), area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), FeedbackURL.list.path)]) { ctx in
            fragment {
                el("form", [.class("filters"), .init("method", "get"), .init("action", FeedbackURL.rates.path)]) {
                    Components.field(.init("tu", label: S.fbFrom(lang), value: stats?.from.iso, errors: [], type: "date"), ctx)
                    Components.field(.init("den", label: S.fbTo(lang), value: stats?.to.iso, errors: [], type: "date"), ctx)
                    Components.submit(S.fbFilter(lang))
                }
                if let stats {
                    Components.definitionList([
                        (S.fbOnTimeRate(lang), percent(stats.total.onTimeRate)),
                        (S.fbSatisfaction(lang), percent(stats.total.satisfactionRate)),
                    ])
                    statistics(stats, units, rates: true, ctx)
                }
            }
        }
    }

    static func percent(_ rate: FeedbackStatistics.Rate) -> String {
        guard let value = rate.value else { return "—" }
        return String(format: "%.1f %% (%d/%d)", value * 100, rate.numerator, rate.denominator)
    }

    static func statistics(_ stats: FeedbackStatistics, _ units: FeedbackUnits, rates: Bool, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let headers = [S.fbUnit, S.fbStatsReceived, S.fbStatsOnTime, S.fbStatsLate, S.fbStatsNotAccepted, S.fbStatsPending]
            + (rates ? [S.fbOnTimeRate, S.fbSatisfaction] : [])
        func cells(_ row: FeedbackStatistics.Row, _ label: String) -> HTMLNode {
            el("tr") {
                el("th", [.init("scope", "row")], text: label)
                for value in [row.received, row.handledOnTime, row.handledLate, row.notAccepted, row.pending] { el("td", text: String(value)) }
                if rates {
                    el("td", text: percent(row.onTimeRate))
                    el("td", text: percent(row.satisfactionRate))
                }
            }
        }
        return el("section", [.id("feedback-statistics"), .aria("labelledby", "stats-heading")]) {
            el("h2", [.id("stats-heading")], text: "\(S.fbStatsHeading(lang)) \(stats.from.vnFormat)–\(stats.to.vnFormat)")
            Components.tableWrap(ctx) {
                el("table") {
                    el("thead") { el("tr") { for h in headers { el("th", [.init("scope", "col")], text: h(lang)) } } }
                    el("tbody") {
                        for row in stats.rows { cells(row, unitName(row.key, units)) }
                        cells(stats.total, S.fbTotal(lang))
                    }
                }
            }
        }
    }
}
