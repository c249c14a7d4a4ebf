import Catalog
import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// Staff pages of the one-stop desk.
enum DossierViews {
    static let staffCrumbs: @Sendable (Language) -> [(String, String)] = { lang in [(S.navStaffHome(lang), PlatformURL.staffHome.path)] }

    struct ListModel: Sendable {
        var filter: DossierList.Filter
        var result: DossierList.Result
        var units: DossierUnits
        var canReceive: Bool
    }

    static func list(_ m: ListModel, _ lang: Language) -> Page {
        Page(title: S.dossiersTitle(lang), area: .staff, breadcrumbs: staffCrumbs(lang)) { ctx in
            fragment {
                if m.canReceive {
                    el("p", [.class("actions")]) { el("a", [.href(DossierURL.receive.path), .class("button"), .id("new-dossier")], text: S.newDossier(lang)) }
                }
                el("form", [.class("search"), .init("method", "get"), .init("action", DossierURL.list.path), .init("role", "search")]) {
                    Components.field(.init("ma", label: S.dossierCode(lang), value: m.filter.code, errors: []), ctx)
                    Components.select("trang-thai", label: S.dossierStatus(lang), options: [
                        ("open", S.dossierFilterOpen(lang)), ("overdue", S.dossierFilterOverdue(lang)), ("due-soon", S.dossierFilterDueSoon(lang)),
                        ("finished", S.dossierFilterFinished(lang)), ("all", S.dossierFilterAll(lang)),
                    ], selected: m.filter.status, ctx)
                    Components.submit(S.dossierFilter(lang))
                }
                el("p", [.class("count"), .init("role", "status")], text: S.dossierCount(lang, String(m.result.total)))
                if m.result.items.isEmpty { el("p", text: S.dossierNone(lang)) }
                if !m.result.items.isEmpty {
                    Components.tableWrap(ctx) {
                        el("table", [.class("stack"), .id("dossiers")]) {
                            el("thead") { el("tr") {
                                for h in [S.dossierCode, S.dossierProcedure, S.dossierStatus, S.dossierAppointment, S.dossierHolder] { el("th", [.init("scope", "col")], text: h(lang)) }
                            } }
                            el("tbody") {
                                for item in m.result.items {
                                    el("tr") {
                                        el("td") { el("a", [.href(DossierURL.dossier(.id(item.id)).path)], text: item.code) }
                                        el("td", text: item.procedureName)
                                        el("td") {
                                            item.status.name(lang)
                                            if item.overdue { " "; el("span", [.class("badge warn")], text: S.overdueBadge(lang)) }
                                        }
                                        el("td", text: item.appointment?.vnFormat ?? "—")
                                        el("td", text: m.units.name(item.holderUnitID))
                                    }
                                }
                            }
                        }
                    }
                }
                Components.pagination(page: m.filter.page, perPage: DossierList.perPage, total: m.result.total,
                                      baseQuery: [("trang-thai", m.filter.status), ("ma", m.filter.code)], path: DossierURL.list.path, ctx)
            }
        }
    }

    static func pickProcedure(_ query: String, _ page: CatalogPage?, _ lang: Language) -> Page {
        Page(title: S.receptionPickTitle(lang), area: .staff, breadcrumbs: staffCrumbs(lang) + [(S.dossiersTitle(lang), DossierURL.list.path)]) { ctx in
            fragment {
                el("form", [.class("search"), .id("procedure-pick"), .init("method", "get"), .init("action", DossierURL.receive.path), .init("role", "search")]) {
                    Components.field(.init("q", label: S.catalogSearchLabelShort(lang), value: query, errors: [], hint: S.pickProcedureHint(lang)), ctx)
                    Components.submit(S.search(lang))
                }
                if let page {
                    el("ol", [.class("results"), .id("results")]) {
                        for (card, _) in page.cards {
                            el("li", [.class("result-item")]) {
                                el("p", [.class("result-title")]) { el("strong", text: card.name) }
                                el("p", [.class("facts-inline")]) {
                                    el("span", text: card.code)
                                    if let time = card.time { el("span", text: time) }
                                }
                                el("a", [.href(DossierURL.receive.path + "?thu-tuc=\(card.code)"), .class("button secondary"), .aria("label", "\(S.pickThis(lang)): \(card.name)")], text: S.pickThis(lang))
                            }
                        }
                    }
                }
            }
        }
    }

    struct ReceptionModel: Sendable {
        var context: ReceptionForm.Context
        var values: [String: String]
        var errors: [FieldError]
    }

    static func reception(_ m: ReceptionModel, _ lang: Language) -> Page {
        let p = m.context.procedure
        return Page(title: S.receptionTitle(lang), area: .staff, breadcrumbs: staffCrumbs(lang) + [(S.dossiersTitle(lang), DossierURL.list.path)]) { ctx in
            fragment {
                Components.errorSummary(m.errors, ctx)
                el("p", [.class("lead")]) { el("strong", text: p.name); " (\(p.code))" }
                el("form", [.id("reception"), .init("method", "post"), .init("action", DossierURL.receive.path), .init("novalidate", "")]) {
                    Components.csrfField(ctx)
                    el("input", [.type("hidden"), .name("thu-tuc"), .value(p.code)])
                    el("fieldset") {
                        el("legend", text: S.applicantSection(lang))
                        radios("loai", S.applicantKind(lang), [("individual", S.applicantIndividual(lang)), ("organisation", S.applicantOrganisation(lang))], m.values["loai"])
                        Components.field(.init("to-chuc", label: S.organisationName(lang), value: m.values["to-chuc"], errors: m.errors, autocomplete: "organization"), ctx)
                        Components.field(.init("ho-ten", label: S.fullName(lang), value: m.values["ho-ten"], errors: m.errors, required: true, autocomplete: "off", maxLength: 100), ctx)
                        Components.field(.init("cccd", label: S.citizenID(lang), value: m.values["cccd"], errors: m.errors, type: "text", autocomplete: "off", maxLength: 20), ctx)
                        Components.field(.init("dien-thoai", label: S.phone(lang), value: m.values["dien-thoai"], errors: m.errors, required: true, type: "tel", autocomplete: "off", maxLength: 20), ctx)
                        Components.field(.init("email", label: S.email(lang), value: m.values["email"], errors: m.errors, type: "email", autocomplete: "off", maxLength: 120), ctx)
                        el("div", [.class("field checkbox")]) {
                            el("input", [.type("checkbox"), .id("thong-bao-email"), .name("thong-bao-email"), .value("1")]
                               + (m.values["thong-bao-email"] == "1" ? [.flag("checked")] : []))
                            el("label", [.for("thong-bao-email")], text: S.noticeConsent(lang))
                        }
                        Components.field(.init("dia-chi", label: S.address(lang), value: m.values["dia-chi"], errors: m.errors, required: true, autocomplete: "off", maxLength: 300), ctx)
                    }
                    Components.select("kenh", label: S.channelLabel(lang), options: ["inPerson", "postal", "online"].map { ($0, S.channelNames[$0]!(lang)) }, selected: m.values["kenh"], ctx)
                    el("fieldset", [.id("documents")]) {
                        el("legend", text: S.documentsSection(lang))
                        el("p", [.class("hint")], text: S.documentsHint(lang))
                        for (index, document) in p.documents.enumerated() {
                            el("div", [.class("document-row")]) {
                                el("p", [.class("document-name")]) {
                                    document.name
                                    el("span", [.class("hint")], text: " — " + S.required(lang, document.originals.map(String.init) ?? S.notStated(lang), document.copies.map(String.init) ?? S.notStated(lang)))
                                }
                                Components.field(.init("ban-chinh-\(index)", label: S.originals(lang), value: m.values["ban-chinh-\(index)"], errors: m.errors, type: "number"), ctx)
                                Components.field(.init("ban-sao-\(index)", label: S.copies(lang), value: m.values["ban-sao-\(index)"], errors: m.errors, type: "number"), ctx)
                            }
                        }
                    }
                    Components.field(.init("le-phi", label: S.feeLabel(lang), value: m.values["le-phi"], errors: m.errors, type: "text", maxLength: 15), ctx)
                    el("div", [.class("period")]) {
                        Components.field(.init("thoi-han", label: S.periodLabel(lang), value: m.values["thoi-han"], errors: m.errors, hint: S.periodHint(lang), type: "number"), ctx)
                        Components.select("don-vi-thoi-han", label: S.periodLabel(lang) + " – " + S.unitWord(lang), options: S.periodUnits.map { ($0.0, $0.1(lang)) }, selected: m.values["don-vi-thoi-han"], ctx)
                    }
                    Components.select("noi-tiep-nhan", label: S.receivingUnit(lang), options: m.context.receivingUnits.map { ($0.id.uuidString, $0.name) }, selected: m.values["noi-tiep-nhan"], errors: m.errors, ctx)
                    Components.select("co-quan", label: S.competentUnit(lang), options: m.context.competentUnits.map { ($0.id.uuidString, $0.name) }, selected: m.values["co-quan"], errors: m.errors, ctx)
                    radios("ket-qua", S.outcomeLabel(lang), [("accept", S.outcomeAccept(lang)), ("supplement", S.outcomeSupplement(lang)), ("refuse", S.outcomeRefuse(lang))], m.values["ket-qua"], errors: m.errors)
                    Components.field(.init("ly-do", label: S.reasonLabel(lang), value: m.values["ly-do"], errors: m.errors, hint: S.reasonHint(lang), multiline: true, maxLength: 2000), ctx)
                    Components.submit(S.receiveSubmit(lang))
                }
            }
        }
    }

    static func radios(_ name: String, _ legend: String, _ options: [(String, String)], _ selected: String?, errors: [FieldError] = []) -> HTMLNode {
        let error = errors.first { $0.field == name }
        return el("fieldset", [.class(error == nil ? "radios" : "radios field-error"), .id(name)]) {
            el("legend", text: legend)
            if let error { el("p", [.class("error-message")], text: error.message) }
            for (index, option) in options.enumerated() {
                el("div", [.class("radio")]) {
                    el("input", [.type("radio"), .id("\(name)-\(index)"), .name(name), .value(option.0)] + (option.0 == selected ? [.flag("checked")] : []))
                    el("label", [.for("\(name)-\(index)")], text: option.1)
                }
            }
        }
    }
}

extension S {
    static let catalogSearchLabelShort = LocalizedText("Tên thủ tục", "Procedure name")
    static let unitWord = LocalizedText("đơn vị tính", "unit")
}
