import Foundation
import WorkCalendar
import Localization

enum CalendarViews {
    static func unitOptions(_ lang: Language) -> [(value: String, label: String)] {
        Period.Unit.allCases.map { ($0.rawValue, S.periodUnits[$0]?(lang) ?? $0.rawValue) }
    }

    static func calculator(input: CalendarForms.CalculatorInput, result: (Deadline, [String])?, _ lang: Language) -> Page {
        Page(title: S.calcTitle(lang)) { ctx in
            let v = input.values
            return fragment {
                el("p", [.class("lead")], text: S.calcIntro(lang))
                Components.errorSummary(input.errors, ctx)
                if let (deadline, lines) = result {
                    el("section", [.class("result"), .aria("labelledby", "due-heading")]) {
                        el("h2", [.id("due-heading")], text: S.calcDueHeading(lang))
                        el("p", [.class("due"), .id("due")]) {
                            el("strong", text: S.calcDueValue(lang, deadline.due.timeText, deadline.due.date.weekdayName(lang.calendarLanguage), deadline.due.date.vnFormat))
                        }
                        el("h3", text: S.calcHowComputed(lang))
                        el("ol", [.class("explanation"), .id("explanation")]) {
                            for line in lines { el("li", text: line) }
                        }
                        el("p", [.class("hint")], text: S.calcLegalNote(lang))
                    }
                }
                el("form", [.id("calculator"), .init("method", "get"), .init("action", PlatformURL.calculator.path), .init("novalidate", nil)]) {
                    Components.field(.init("ngay", label: S.calcDay(lang), value: v["ngay"], errors: input.errors, required: true, hint: S.dateHint(lang), maxLength: 10), ctx)
                    Components.field(.init("gio", label: S.calcTime(lang), value: v["gio"], errors: input.errors, hint: S.timeHint(lang), maxLength: 5), ctx)
                    Components.field(.init("so", label: S.calcAmount(lang), value: v["so"], errors: input.errors, type: "text", maxLength: 4), ctx)
                    Components.select("don-vi", label: S.calcUnit(lang), options: unitOptions(lang), selected: v["don-vi"], errors: input.errors, ctx)
                    Components.field(.init("gio-chot", label: S.calcCutoff(lang), value: v["gio-chot"], errors: input.errors, hint: S.calcCutoffHint(lang), maxLength: 5), ctx)
                    Components.submit(S.calcSubmit(lang))
                }
            }
        }
    }

    struct YearModel: Sendable {
        var year: Int
        var calendar: HolidayCalendar
        var decisions: [(UUID, YearDecision)]
        var canEdit: Bool
        var swappedCount: Bool
        var changed: Int?
        var notice: String?
    }

    static func year(_ m: YearModel, _ lang: Language) -> Page {
        let notice: String? = switch m.notice {
        case "da-luu": S.calendarSaved(lang, String(m.changed ?? 0))
        case "da-xoa": S.calendarDeleted(lang, String(m.changed ?? 0))
        case "cau-hinh": S.noticeSaved(lang)
        default: nil
        }
        return Page(title: S.calendarTitle(lang, String(m.year)), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                Components.notice(notice)
                el("p", [.class("actions")]) {
                    el("a", [.href(PlatformURL.calendar.path + "?nam=\(m.year - 1)"), .class("button secondary")], text: S.calendarYearLink(lang, String(m.year - 1)))
                    el("a", [.href(PlatformURL.calendar.path + "?nam=\(m.year + 1)"), .class("button secondary")], text: S.calendarYearLink(lang, String(m.year + 1)))
                    el("a", [.href(PlatformURL.calculator.path), .class("button secondary")], text: S.calcTitle(lang))
                }
                el("p", text: S.calendarTet(lang, LunarCalendar.tet(m.year).vnFormat))
                el("h2", text: S.calendarSpecialDays(lang))
                specialDays(m, ctx)
                decisions(m, ctx)
                if m.canEdit { settings(m, ctx) }
            }
        }
    }

    /// The year's days that are not plain weekdays or weekends: holidays, compensatory days,
    /// swapped days, with their lunar date and reason.
    static func specialDays(_ m: YearModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let cl = lang.calendarLanguage
        let days = (0..<366).compactMap { offset -> DayInfo? in
            let date = LocalDate(year: m.year, month: 1, day: 1)!.adding(days: offset)
            guard date.year == m.year else { return nil }
            let info = m.calendar.dayInfo(date)
            return info.reasons.contains(where: { $0 != .weekend }) ? info : nil
        }
        return fragment {
            Components.tableWrap(ctx) {
                el("table", [.id("special-days")]) {
                    el("caption", [.class("visually-hidden")], text: S.calendarSpecialDays(lang))
                    el("thead") {
                        el("tr") {
                            for heading in [S.calendarDate(lang), S.calendarLunar(lang), S.calendarStatus(lang), S.calendarReason(lang)] {
                                el("th", [.init("scope", "col")], text: heading)
                            }
                        }
                    }
                    el("tbody") {
                        for info in days {
                            el("tr") {
                                el("td", text: "\(info.date.weekdayName(cl)), \(info.date.vnFormat)")
                                el("td", text: LunarCalendar.lunar(from: info.date).describe(cl))
                                el("td", text: info.isWorkingDay ? S.calendarWorking(lang) : S.calendarOff(lang))
                                el("td", text: info.reasons.filter { $0 != .weekend }.map { $0.describe(on: info.date, language: cl) }.joined(separator: "; "))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The government's decisions on the year's days off and working days.
    static func decisions(_ m: YearModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return fragment {
            el("h2", text: S.calendarDecisions(lang))
            if m.decisions.isEmpty { el("p", text: S.calendarNoDecisions(lang)) }
            el("ul", [.class("decisions")]) {
                for (id, decision) in m.decisions {
                    el("li") {
                        el("strong", text: decision.reference)
                        el("br")
                        S.calendarDecisionSummary(lang, String(decision.daysOff.count), String(decision.workingDays.count))
                        if let note = decision.note { el("br"); el("small", text: note) }
                        if m.canEdit {
                            el("div", [.class("actions")]) {
                                el("a", [.href(PlatformURL.editDecision(.id(id)).path), .class("button secondary")], text: S.edit(lang))
                                el("form", [.init("method", "post"), .init("action", PlatformURL.deleteDecision(.id(id)).path)]) {
                                    Components.csrfField(ctx)
                                    el("button", [.type("submit"), .class("button secondary"), .aria("label", S.calendarDeleteLabel(lang, decision.reference))], text: S.delete(lang))
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Adding a decision, and whether swapped Saturdays count as working days.
    static func settings(_ m: YearModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return fragment {
            el("p") { el("a", [.href(PlatformURL.newDecision.path + "?nam=\(m.year)"), .class("button"), .id("add-decision")], text: S.calendarAddDecision(lang)) }
            el("h2", text: S.calendarSettings(lang))
            el("form", [.id("calendar-settings"), .init("method", "post"), .init("action", PlatformURL.calendarSettings.path)]) {
                Components.csrfField(ctx)
                el("input", [.type("hidden"), .name("year"), .value(String(m.year))])
                el("div", [.class("field checkbox")]) {
                    el("input", [.type("checkbox"), .id("swapped_saturdays"), .name("swapped_saturdays"), .value("1")] + (m.swappedCount ? [.flag("checked")] : []))
                    el("label", [.for("swapped_saturdays")], text: S.calendarSwappedCount(lang))
                }
                Components.submit(S.save(lang))
            }
        }
    }

    static func values(_ d: YearDecision) -> [String: String] {
        var v = [
            "year": String(d.year), "reference": d.reference,
            "days_off": d.daysOff.map(\.vnFormat).joined(separator: "\n"),
            "working_days": d.workingDays.map(\.vnFormat).joined(separator: "\n"),
        ]
        v["note"] = d.note
        return v
    }

    static func decisionForm(id: UUID?, values: [String: String], errors: [FieldError], _ lang: Language) -> Page {
        let action = id.map { PlatformURL.editDecision(.id($0)).path } ?? PlatformURL.newDecision.path
        let year = values["year"] ?? ""
        return Page(title: id == nil ? S.calendarAddDecision(lang) : S.calendarEditDecision(lang), area: .staff,
                    breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path), (S.calendarTitle(lang, year), PlatformURL.calendar.path + "?nam=\(year)")]) { ctx in
            fragment {
                Components.errorSummary(errors, ctx)
                el("form", [.id("decision-form"), .init("method", "post"), .init("action", action), .init("novalidate", nil)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("year", label: S.calendarYear(lang), value: values["year"], errors: errors, required: true, maxLength: 4), ctx)
                    Components.field(.init("reference", label: S.calendarReference(lang), value: values["reference"], errors: errors, required: true, hint: S.calendarReferenceHint(lang), maxLength: 300), ctx)
                    Components.field(.init("days_off", label: S.calendarDaysOff(lang), value: values["days_off"], errors: errors, hint: S.calendarDatesHint(lang), multiline: true, maxLength: 2000), ctx)
                    Components.field(.init("working_days", label: S.calendarWorkingDays(lang), value: values["working_days"], errors: errors, hint: S.calendarWorkingHint(lang), multiline: true, maxLength: 2000), ctx)
                    Components.field(.init("note", label: S.calendarNote(lang), value: values["note"], errors: errors, multiline: true, maxLength: 1000), ctx)
                    Components.submit(S.save(lang))
                }
            }
        }
    }
}
