import FeedbackRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// The staff list and the register.
enum FeedbackStaffViews {
    struct ListModel: Sendable {
        var filter: FeedbackList.Filter
        var rows: [FeedbackRow]
        var total: Int
        var units: FeedbackUnits
        var canEnter: Bool
        var calendar: HolidayCalendar
        var now: LocalDateTime
        var reminders: [FeedbackReminders.Entry]
    }

    static func flag(_ due: LocalDateTime?, _ calendar: HolidayCalendar, _ now: LocalDateTime, _ lang: Language) -> HTMLNode {
        guard let due else { return .text("—") }
        let flag = DeadlineFlag.of(due: due, now: now, nearWorkingDays: FeedbackRuleSet.standard.nearWorkingDays, calendar: calendar)
        let css = flag.isOverdue || flag.isNear ? "badge warn" : "badge"
        return el("span", [.class(css)], text: flag.name(lang))
    }

    static func list(_ m: ListModel, _ lang: Language) -> Page {
        Page(title: S.fbStaffTitle(lang), area: .staff) { ctx in
            fragment {
                if m.canEnter {
                    el("p") {
                        el("a", [.class("button"), .href(FeedbackURL.enter.path)], text: S.fbNewEntry(lang))
                        " "
                        el("a", [.href(FeedbackURL.register.path)], text: S.fbRegisterTitle(lang))
                        " · "
                        el("a", [.href(FeedbackURL.rules.path)], text: S.fbRulesTitle(lang))
                    }
                }
                el("form", [.class("filters"), .init("method", "get"), .init("action", FeedbackURL.list.path)]) {
                    Components.select("trang-thai", label: S.fbStatus(lang),
                                      options: [("open", S.fbFilterOpen(lang)), ("all", S.fbFilterAll(lang))]
                                        + FeedbackStatus.allCases.map { ($0.rawValue, $0.name(lang)) },
                                      selected: m.filter.status, ctx)
                    Components.field(.init("ma", label: S.fbCode(lang), value: m.filter.code, errors: [], autocomplete: "off", maxLength: 20), ctx)
                    Components.submit(S.fbFilter(lang))
                }
                if !m.reminders.isEmpty {
                    el("section", [.class("reminders"), .aria("labelledby", "reminders-heading")]) {
                        el("h2", [.id("reminders-heading")], text: S.fbDeadlines(lang))
                        el("ul") { for r in m.reminders { el("li") { el("a", [.href(FeedbackURL.feedbackCase("\(r.caseCode)").path)], text: r.message) } } }
                    }
                }
                if m.rows.isEmpty { el("p", text: S.fbNone(lang)) } else {
                    Components.tableWrap(ctx) {
                        el("table", [.id("feedback-list")]) {
                            el("thead") { el("tr") {
                                for h in [S.fbCode, S.fbReceived, S.fbSender, S.fbKind, S.fbStatus, S.fbUnit, S.fbDue, S.fbFlag] { el("th", [.init("scope", "col")], text: h(lang)) }
                            } }
                            el("tbody") {
                                for row in m.rows {
                                    el("tr") {
                                        el("td") { el("a", [.href(FeedbackURL.feedbackCase("\(row.code)").path)], text: row.code) }
                                        el("td", text: row.receivedAt.vnFormat)
                                        el("td", text: row.senderName)
                                        el("td", text: row.contentKind.shortName(lang))
                                        el("td", text: row.status.name(lang))
                                        el("td", text: m.units.name(row.unitID))
                                        el("td", text: row.dueAt?.vnFormat ?? "—")
                                        el("td") { flag(row.dueAt, m.calendar, m.now, lang) }
                                    }
                                }
                            }
                        }
                    }
                    Components.pagination(page: m.filter.page, perPage: FeedbackList.perPage, total: m.total,
                                          baseQuery: [("trang-thai", m.filter.status), ("ma", m.filter.code)], path: FeedbackURL.list.path, ctx)
                }
            }
        }
    }

    static func register(_ rows: [FeedbackRow], year: Int, units: FeedbackUnits, _ lang: Language) -> Page {
        Page(title: "\(S.fbRegisterTitle(lang)) \(year)", area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), FeedbackURL.list.path)]) { ctx in
            fragment {
                el("form", [.class("filters"), .init("method", "get"), .init("action", FeedbackURL.register.path)]) {
                    Components.field(.init("nam", label: S.fbYear(lang), value: String(year), errors: [], type: "number"), ctx)
                    Components.submit(S.fbFilter(lang))
                }
                Components.tableWrap(ctx) {
                    el("table", [.id("feedback-register")]) {
                        el("thead") { el("tr") {
                            for h in [S.fbRegisterNo, S.fbRegisterDate, S.fbCode, S.fbChannel, S.fbSender, S.fbKind, S.fbClass, S.fbStatus] {
                                el("th", [.init("scope", "col")], text: h(lang))
                            }
                        } }
                        el("tbody") {
                            for row in rows {
                                el("tr") {
                                    el("td", text: row.registerNumber.map(String.init) ?? "—")
                                    el("td", text: VNFormat.isoDay(row.registerDate))
                                    el("td") { el("a", [.href(FeedbackURL.feedbackCase("\(row.code)").path)], text: row.code) }
                                    el("td", text: row.channel.name(lang))
                                    el("td", text: row.senderName)
                                    el("td", text: row.contentKind.shortName(lang))
                                    el("td", text: row.caseClass?.name(lang) ?? "—")
                                    el("td", text: row.status.name(lang))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
