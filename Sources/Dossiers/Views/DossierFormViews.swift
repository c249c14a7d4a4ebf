import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// The paper forms of Circular 01/2018/TT-VPCP Art. 9 (A5; the register Mẫu 06 A4), in the
/// administrative document style: the issuing body and the national heading side by side,
/// the form's number, its title, the body, the place and date, and the signatures.
enum DossierFormViews {
    struct FormModel: Sendable {
        var number: Int
        var record: DossierRecord
        var units: DossierUnits
        var handovers: [HandoverRow]
        var events: [DossierEventRow]
        var officer: String
        var appointment: Appointment?
    }

    static func heading(_ body: String, _ lang: Language) -> HTMLNode {
        el("div", [.class("doc-heading")]) {
            el("div", [.class("doc-issuer")]) { el("p", [.class("issuer")], text: body.uppercased()) }
            el("div", [.class("doc-nation")]) {
                el("p", [.class("nation")], text: S.nation(lang))
                el("p", [.class("motto")], text: S.motto(lang))
            }
        }
    }

    /// "Diễn Châu, ngày … tháng … năm …": the place is the site's own (the deployment's People's
    /// Committee in Settings), as Decree 30/2020 writes it.
    static func placeDate(_ day: LocalDate, site: UnitRecord?, _ lang: Language) -> HTMLNode {
        let place = site.map { PlaceName.of($0.name) } ?? "……"
        return el("p", [.class("doc-date")], text: S.formPlaceDate(lang, place, String(day.day), String(day.month), String(day.year)))
    }

    static func form(_ m: FormModel, _ lang: Language) -> Page {
        let r = m.record
        let l = r.lifecycle
        let title = S.formNames[m.number]!(lang)
        let desk = m.units.name(r.receivingUnitID)
        return Page(title: "\(S.formNumber(lang, String(format: "%02d", m.number))): \(title)", area: .print, breadcrumbs: []) { ctx in
            el("div", [.class(m.number == 5 ? "admin-form a4" : "admin-form a5")]) {
                el("p", [.class("actions no-print")]) {
                    el("a", [.href(DossierURL.dossier(.id(r.id)).path)], text: "← \(r.code.text)")
                }
                heading(desk, lang)
                el("p", [.class("form-number")], text: S.formNumber(lang, String(format: "%02d", m.number)))
                el("h2", [.class("doc-title")], text: title.uppercased())
                el("p", [.class("doc-code")], text: "\(S.dossierCode(lang)): \(r.code.text)")
                switch m.number {
                case 1: receipt(m, lang)
                case 2:
                    el("p", text: "\(S.fullName(lang)): \(r.snapshot.applicant.fullName)")
                    el("p", text: "\(S.formContent(lang)): \(r.procedureName)")
                    el("p", text: S.formSupplementIntro(lang))
                    for request in l.supplementRequests { el("pre", [.class("doc-text")], text: request.reason) }
                case 3:
                    el("p", text: "\(S.fullName(lang)): \(r.snapshot.applicant.fullName)")
                    el("p", text: "\(S.formContent(lang)): \(r.procedureName)")
                    el("p", text: S.formRefusalIntro(lang))
                    el("pre", [.class("doc-text")], text: m.events.last { $0.kind == "refuse" || $0.kind == "stop" }?.note ?? "")
                case 4:
                    if let apology = l.apology {
                        el("p", text: "\(S.fullName(lang)): \(r.snapshot.applicant.fullName)")
                        el("p", text: S.formApologyIntro(lang))
                        el("pre", [.class("doc-text")], text: apology.reason)
                        el("p", text: S.formApologyNew(lang, apology.newDue.vnFormat, apology.originalDue.vnFormat))
                        el("p", text: S.formSorry(lang))
                    }
                default: controlSlip(m, lang)
                }
                placeDate((m.events.last?.at ?? l.lastChangeAt).date, site: ctx.site, lang)
                el("div", [.class("doc-signatures")]) {
                    el("div") { el("p", [.class("sign-title")], text: S.formApplicantSign(lang)); el("p", [.class("sign-space")], text: "") }
                    el("div") { el("p", [.class("sign-title")], text: S.formReceiver(lang)); el("p", [.class("sign-name")], text: m.officer) }
                }
            }
        }
    }

    static func receipt(_ m: FormModel, _ lang: Language) -> HTMLNode {
        let r = m.record
        let a = r.snapshot.applicant
        return fragment {
            el("p", text: S.formReceivedFrom(lang, m.units.name(r.receivingUnitID)))
            el("p", text: "\(S.fullName(lang)): \(a.fullName)")
            el("p", text: "\(S.address(lang)): \(a.address)")
            el("p", text: "\(S.phone(lang)): \(a.phone)\(a.email.map { " – \(S.email(lang)): \($0)" } ?? "")")
            el("p", text: "\(S.formContent(lang)): \(r.procedureName)")
            el("p", text: S.formDocuments(lang))
            el("ol", [.class("doc-list")]) {
                for d in r.documents where d.originalsReceived + d.copiesReceived > 0 {
                    el("li", text: "\(d.name): \(S.formDocCount(lang, String(d.originalsReceived), String(d.copiesReceived)))")
                }
            }
            if let received = r.lifecycle.receivedAt { el("p", text: "\(S.receivedAt(lang)): \(received.vnFormat)") }
            if let due = r.lifecycle.firstDue { el("p", [.class("doc-appointment")]) { el("strong", text: S.formAppointmentLine(lang, due.vnFormat)) } }
            if let explanation = m.appointment?.explanation, !explanation.isEmpty {
                el("ul", [.class("fineprint doc-explanation")]) { for line in explanation { el("li", text: line(lang)) } }
            }
            if let number = r.registerNumber { el("p", text: "\(S.registerNumber(lang)): \(number)/\(r.registerYear ?? 0)") }
            el("p", [.class("fineprint")], text: S.formLookupLine(lang))
        }
    }

    static func controlSlip(_ m: FormModel, _ lang: Language) -> HTMLNode {
        let r = m.record
        return fragment {
            el("p", text: "\(S.formContent(lang)): \(r.procedureName)")
            el("p", text: "\(S.receivedAt(lang)): \(r.lifecycle.receivedAt?.vnFormat ?? "—") – \(S.firstAppointment(lang)): \(r.lifecycle.firstDue?.vnFormat ?? "—")")
            el("table", [.class("doc-table")]) {
                el("thead") { el("tr") { for h in [S.colFrom, S.colTo, S.colHandedAt, S.colStepDue, S.colDone, S.colResult, S.colNote] { el("th", [.init("scope", "col")], text: h(lang)) } } }
                el("tbody") {
                    for row in m.handovers {
                        el("tr") {
                            el("td", text: "\(m.units.name(row.fromUnitID)) \(row.fromPerson)")
                            el("td", text: "\(m.units.name(row.toUnitID)) \(row.toPerson)")
                            el("td", text: row.handedAt.vnFormat)
                            el("td", text: row.stepDue.vnFormat)
                            el("td", text: row.completedAt?.vnFormat ?? "")
                            el("td", text: row.result?.name(lang) ?? "")
                            el("td", text: row.note ?? "")
                        }
                    }
                }
            }
        }
    }

    struct RegisterModel: Sendable {
        var unit: UnitRecord?
        var year: Int
        var records: [DossierRecord]
        var units: DossierUnits
        var desks: [UnitRecord]
    }

    /// Mẫu 06, the register: one book per receiving unit and year, numbered continuously.
    static func register(_ m: RegisterModel, _ lang: Language) -> Page {
        Page(title: "\(S.formNumber(lang, "06")): \(S.registerTitle(lang)) \(m.year)", area: .print, breadcrumbs: []) { ctx in
            el("div", [.class("admin-form a4")]) {
                el("form", [.class("search no-print"), .init("method", "get"), .init("action", DossierURL.register.path)]) {
                    Components.select("don-vi", label: S.registerUnit(lang), options: m.desks.map { ($0.id.uuidString, $0.name) }, selected: m.unit?.id.uuidString, ctx)
                    Components.field(.init("nam", label: S.registerYear(lang), value: String(m.year), errors: [], type: "number"), ctx)
                    Components.submit(S.statsShow(lang))
                }
                heading(m.unit?.name ?? "", lang)
                el("h2", [.class("doc-title")], text: "\(S.registerTitle(lang).uppercased()) \(m.year)")
                el("table", [.class("doc-table"), .id("register")]) {
                    el("thead") { el("tr") {
                        for h in [S.registerNo, S.dossierCode, S.dossierProcedure, S.registerApplicant, S.registerContact, S.receivedAt, S.dossierAppointment, S.competentUnit, S.registerReturned, S.registerSignature] {
                            el("th", [.init("scope", "col")], text: h(lang))
                        }
                    } }
                    el("tbody") {
                        for r in m.records {
                            el("tr") {
                                el("td", text: String(r.registerNumber ?? 0))
                                el("td", text: r.code.text)
                                el("td", text: r.procedureName)
                                el("td", text: r.snapshot.applicant.fullName)
                                el("td", text: "\(r.snapshot.applicant.address); \(r.snapshot.applicant.phone)")
                                el("td", text: r.lifecycle.receivedAt?.vnFormat ?? "")
                                el("td", text: r.lifecycle.appointment?.vnFormat ?? "")
                                el("td", text: m.units.name(r.competentUnitID))
                                el("td", text: r.lifecycle.timeline.last { $0.status == .resultReturned }?.at.vnFormat ?? "")
                                el("td", text: "")
                            }
                        }
                    }
                }
            }
        }
    }
}
