import Foundation
import Localization

enum UnitViews {
    static func kindLabel(_ kind: UnitKind, _ lang: Language) -> String {
        S.unitKinds[kind]?(lang) ?? kind.rawValue
    }

    static func staffCrumbs(_ lang: Language) -> [(String, String)] { [(S.navStaffHome(lang), PlatformURL.staffHome.path)] }

    static func list(units: [UnitRecord], total: Int, query: UnitListQuery, today: String, _ lang: Language) -> Page {
        Page(title: S.unitsTitle(lang), area: .staff, breadcrumbs: staffCrumbs(lang)) { ctx in
            fragment {
                el("form", [.id("unit-search"), .init("method", "get"), .init("action", PlatformURL.units.path), .class("search"), .init("role", "search")]) {
                    el("div", [.class("field")]) {
                        el("label", [.for("q")], text: S.unitSearchLabel(lang))
                        el("input", [.id("q"), .name("q"), .type("search")] + (query.text.map { [.value($0)] } ?? []))
                    }
                    Components.select(
                        "loai", label: S.unitKind(lang),
                        options: [("", S.allKinds(lang))] + UnitKind.allCases.map { ($0.rawValue, kindLabel($0, lang)) },
                        selected: query.kind?.rawValue, ctx)
                    el("div", [.class("field checkbox")]) {
                        el("input", [.type("checkbox"), .id("da-dong"), .name("da-dong"), .value("1")] + (query.includeClosed ? [.flag("checked")] : []))
                        el("label", [.for("da-dong")], text: S.includeClosed(lang))
                    }
                    Components.submit(S.search(lang))
                }
                el("p") { el("a", [.href(PlatformURL.newUnit.path), .class("button secondary")], text: S.unitCreate(lang)) }
                el("p", [.class("count"), .init("role", "status")], text: S.resultCount(lang, String(total)))
                Components.tableWrap(ctx) {
                    el("table", [.id("units")]) {
                        el("caption", [.class("visually-hidden")], text: S.unitsTitle(lang))
                        el("thead") {
                            el("tr") {
                                el("th", [.init("scope", "col")], text: S.unitName(lang))
                                el("th", [.init("scope", "col")], text: S.unitKind(lang))
                                el("th", [.init("scope", "col")], text: S.unitAgencyCode(lang))
                                el("th", [.init("scope", "col")], text: S.unitStatus(lang))
                            }
                        }
                        el("tbody") {
                            for unit in units {
                                el("tr") {
                                    el("td") { el("a", [.href(PlatformURL.unit(.id(unit.id)).path)], text: unit.name) }
                                    el("td", text: kindLabel(unit.kind, lang))
                                    el("td", text: unit.agencyCode ?? unit.gsoCode ?? "—")
                                    el("td", text: unit.isActive(on: today) ? S.unitActive(lang) : S.unitClosedOn(lang, VNFormat.isoDay(unit.validTo)))
                                }
                            }
                        }
                    }
                }
                Components.pagination(
                    page: query.page, perPage: query.perPage, total: total,
                    baseQuery: [("q", query.text ?? ""), ("loai", query.kind?.rawValue ?? ""), ("da-dong", query.includeClosed ? "1" : "")],
                    path: PlatformURL.units.path, ctx)
            }
        }
    }

    struct Details: Sendable {
        var unit: UnitRecord
        var parent: UnitRecord?
        var children: [UnitRecord]
        var successors: [UnitRecord]
        var predecessors: [UnitRecord]
        var canEdit: Bool
        var canClose: Bool
        var notice: String?
    }

    static func detail(_ d: Details, _ lang: Language) -> Page {
        let unit = d.unit
        let notice: String? = switch d.notice {
        case "da-luu": S.noticeSaved(lang)
        case "da-tao": S.noticeCreated(lang)
        case "da-dong": S.noticeClosed(lang)
        default: nil
        }
        return Page(title: unit.name, area: .staff, breadcrumbs: staffCrumbs(lang) + [(S.unitsTitle(lang), PlatformURL.units.path)]) { _ in
            fragment {
                Components.notice(notice)
                if d.canEdit || d.canClose {
                    el("p", [.class("actions")]) {
                        if d.canEdit { el("a", [.id("edit-unit"), .href(PlatformURL.editUnit(.id(unit.id)).path), .class("button")], text: S.edit(lang)) }
                        if d.canClose && unit.validTo == nil { el("a", [.id("close-unit"), .href(PlatformURL.closeUnit(.id(unit.id)).path), .class("button secondary")], text: S.unitClose(lang)) }
                        el("a", [.href(PlatformURL.history(of: "unit", unit.id.uuidString)), .class("button secondary")], text: S.viewHistory(lang))
                    }
                }
                Components.definitionList([
                    (S.unitKind(lang), kindLabel(unit.kind, lang)),
                    (S.unitParent(lang), d.parent?.name),
                    (S.unitAgencyCode(lang), unit.agencyCode),
                    (S.unitGSOCode(lang), unit.gsoCode),
                    (S.unitAddress(lang), unit.address),
                    (S.unitPhone(lang), unit.phone),
                    (S.unitEmail(lang), unit.email),
                    (S.unitFeedbackAddress(lang), unit.feedbackAddress),
                    (S.unitFeedbackPhone(lang), unit.feedbackPhone),
                    (S.unitValidFrom(lang), unit.validFrom.map(VNFormat.isoDay)),
                    (S.unitValidTo(lang), unit.validTo.map(VNFormat.isoDay)),
                ])
                unitLinks(S.unitSuccessors(lang), d.successors)
                unitLinks(S.unitPredecessors(lang), d.predecessors)
                unitLinks(S.unitChildren(lang), d.children)
            }
        }
    }

    static func unitLinks(_ title: String, _ units: [UnitRecord]) -> HTMLNode {
        guard !units.isEmpty else { return .empty }
        return fragment {
            el("h2", text: title)
            el("ul", [.class("unit-links")]) {
                for unit in units { el("li") { el("a", [.href(PlatformURL.unit(.id(unit.id)).path)], text: unit.name) } }
            }
        }
    }

    static func form(unit: UnitRecord?, values: [String: String], parents: [UnitRecord], errors: [FieldError], _ lang: Language) -> Page {
        let title = unit.map { S.unitEditTitle(lang, $0.name) } ?? S.unitCreate(lang)
        let action = unit.map { PlatformURL.editUnit(.id($0.id)).path } ?? PlatformURL.newUnit.path
        var crumbs = staffCrumbs(lang) + [(S.unitsTitle(lang), PlatformURL.units.path)]
        if let unit { crumbs.append((unit.name, PlatformURL.unit(.id(unit.id)).path)) }
        return Page(title: title, area: .staff, breadcrumbs: crumbs) { ctx in
            fragment {
                Components.errorSummary(errors, ctx)
                el("form", [.id("unit-form"), .init("method", "post"), .init("action", action), .init("novalidate", nil)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("name", label: S.unitName(lang), value: values["name"], errors: errors, required: true, maxLength: 200), ctx)
                    Components.select("kind", label: S.unitKind(lang), options: UnitKind.allCases.map { ($0.rawValue, kindLabel($0, lang)) }, selected: values["kind"], errors: errors, ctx)
                    Components.select("parent_id", label: S.unitParent(lang), options: [("", S.noParent(lang))] + parents.map { ($0.id.uuidString, $0.name) }, selected: values["parent_id"], errors: errors, ctx)
                    Components.field(.init("agency_code", label: S.unitAgencyCode(lang), value: values["agency_code"], errors: errors, hint: S.agencyCodeHint(lang), maxLength: 20), ctx)
                    Components.field(.init("gso_code", label: S.unitGSOCode(lang), value: values["gso_code"], errors: errors, maxLength: 10), ctx)
                    Components.field(.init("address", label: S.unitAddress(lang), value: values["address"], errors: errors, maxLength: 300), ctx)
                    Components.field(.init("phone", label: S.unitPhone(lang), value: values["phone"], errors: errors, type: "tel", maxLength: 30), ctx)
                    Components.field(.init("email", label: S.unitEmail(lang), value: values["email"], errors: errors, type: "email", maxLength: 120), ctx)
                    el("fieldset") {
                        el("legend", text: S.feedbackContact(lang))
                        el("p", [.class("hint")], text: S.feedbackContactHint(lang))
                        Components.field(.init("feedback_address", label: S.unitFeedbackAddress(lang), value: values["feedback_address"], errors: errors, maxLength: 300), ctx)
                        Components.field(.init("feedback_phone", label: S.unitFeedbackPhone(lang), value: values["feedback_phone"], errors: errors, type: "tel", maxLength: 30), ctx)
                    }
                    Components.field(.init("valid_from", label: S.unitValidFrom(lang), value: values["valid_from"], errors: errors, hint: S.dateHint(lang), maxLength: 10), ctx)
                    Components.submit(S.save(lang))
                }
            }
        }
    }

    static func close(unit: UnitRecord, values: [String: String], errors: [FieldError], _ lang: Language) -> Page {
        Page(title: S.unitCloseTitle(lang, unit.name), area: .staff, breadcrumbs: staffCrumbs(lang) + [(S.unitsTitle(lang), PlatformURL.units.path), (unit.name, PlatformURL.unit(.id(unit.id)).path)]) { ctx in
            fragment {
                Components.errorSummary(errors, ctx)
                el("p", text: S.unitCloseIntro(lang))
                el("form", [.id("close-form"), .init("method", "post"), .init("action", PlatformURL.closeUnit(.id(unit.id)).path), .init("novalidate", nil)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("valid_to", label: S.unitValidTo(lang), value: values["valid_to"], errors: errors, required: true, hint: S.dateHint(lang), maxLength: 10), ctx)
                    Components.field(.init("successors", label: S.unitSuccessors(lang), value: values["successors"], errors: errors, hint: S.successorsHint(lang), maxLength: 400), ctx)
                    Components.field(.init("note", label: S.unitSuccessionNote(lang), value: values["note"], errors: errors, multiline: true, maxLength: 500), ctx)
                    Components.submit(S.unitClose(lang))
                }
            }
        }
    }
}
