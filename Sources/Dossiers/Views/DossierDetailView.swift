import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

extension DossierViews {
    struct DetailModel: Sendable {
        var record: DossierRecord
        var units: DossierUnits
        var events: [DossierEventRow]
        var handovers: [HandoverRow]
        var appointment: Appointment?
        var actions: [String]
        var today: LocalDateTime
        /// The internal workflow's next step and its unit (the competent unit by default).
        var nextStep: String? = nil
        var nextUnitID: UUID? = nil
        var notice: String?
        /// The action whose form was refused, with its errors and what was typed.
        var failed: (name: String, errors: [FieldError], echo: [String: String])?
    }

    static func detail(_ m: DetailModel, _ lang: Language) -> Page {
        let r = m.record
        return Page(title: "\(S.dossierCode(lang)) \(r.code.text)", area: .staff,
                    breadcrumbs: staffCrumbs(lang) + [(S.dossiersTitle(lang), DossierURL.list.path)]) { ctx in
            fragment {
                Components.notice(m.notice)
                if let failed = m.failed { Components.errorSummary(failed.errors, ctx) }
                statusLine(m, ctx)
                facts(m, ctx)
                printsAndActions(m, ctx)
                handovers(m, ctx)
                if r.lifecycle.closure != nil { evaluation(m, ctx) }
                timeline(m, ctx)
            }
        }
    }

    /// The stage, and a warning once the legal deadline has passed.
    static func statusLine(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let r = m.record
        let lang = ctx.language
        let lifecycle = r.lifecycle
        return fragment {
            el("p", [.class("status-line")]) {
                el("strong", text: "\(S.dossierStatus(lang)): ")
                el("span", [.id("status")], text: "\(lifecycle.status.name(lang)) (\(lifecycle.status.code))")
                if lifecycle.status.clockRuns, Timeliness.pending(due: lifecycle.legalDue, on: m.today.date) == .overdue {
                    " "; el("span", [.class("badge warn")], text: S.overdueBadge(lang))
                }
            }
        }
    }

    /// The dossier's record: procedure, applicant, moments and units.
    static func facts(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let r = m.record
        let lang = ctx.language
        let lifecycle = r.lifecycle
        return fragment {
            el("h2", text: S.factsSection(lang))
            Components.definitionList([
                (S.dossierProcedure(lang), "\(r.procedureName) (\(r.snapshot.procedureCode))"),
                (S.fullName(lang), r.snapshot.applicant.fullName),
                (S.phone(lang), r.snapshot.applicant.phone),
                (S.address(lang), r.snapshot.applicant.address),
                (S.channelLabel(lang), S.channelNames[r.snapshot.channel.rawValue]?(lang)),
                (S.submittedAt(lang), lifecycle.submittedAt.vnFormat),
                (S.receivedAt(lang), lifecycle.receivedAt?.vnFormat),
                (S.firstAppointment(lang), lifecycle.firstDue?.vnFormat),
                (S.legalDue(lang), lifecycle.legalDue?.vnFormat),
                (S.dossierAppointment(lang), lifecycle.appointment?.vnFormat),
                (S.registerNumber(lang), r.registerNumber.map { "\($0)/\(r.registerYear ?? 0)" }),
                (S.receivingUnit(lang), m.units.name(r.receivingUnitID)),
                (S.competentUnit(lang), m.units.name(r.competentUnitID)),
                (S.dossierHolder(lang), m.units.name(r.holderUnitID)),
            ])
        }
    }

    /// The forms to print, the actions the person may take, and how the appointment was counted.
    static func printsAndActions(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let r = m.record
        let lang = ctx.language
        return fragment {
            el("h2", text: S.printSection(lang))
            el("ul", [.class("print-links")]) {
                for number in printable(r) {
                    el("li") { el("a", [.href(DossierURL.form(.id(r.id), "\(number)").path)], text: "\(S.formNumber(lang, String(format: "%02d", number))): \(S.formNames[number]!(lang))") }
                }
            }
            el("h2", text: S.actionsSection(lang))
            if m.actions.isEmpty { el("p", text: S.noActions(lang)) }
            for action in m.actions { actionForm(action, m, ctx) }
            if let appointment = m.appointment {
                el("h2", text: S.deadlineSection(lang))
                el("ol", [.class("explanation")]) { for line in appointment.explanation.map({ $0(lang) }) { el("li", text: line) } }
            }
        }
    }

    /// The control slip's rows (Mẫu 05) and the answers still owed by consulted units.
    static func handovers(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let r = m.record
        let lang = ctx.language
        return fragment {
            el("h2", text: S.handoverSection(lang))
            Components.tableWrap(ctx) {
                el("table", [.class("stack"), .id("handovers")]) {
                    el("thead") { el("tr") { for h in [S.colFrom, S.colTo, S.colHandedAt, S.colStepDue, S.colDone, S.colResult, S.colNote] { el("th", [.init("scope", "col")], text: h(lang)) } } }
                    el("tbody") {
                        for row in m.handovers {
                            el("tr") {
                                el("td", text: "\(m.units.name(row.fromUnitID))\(row.fromPerson.isEmpty ? "" : " – \(row.fromPerson)")")
                                el("td", text: "\(m.units.name(row.toUnitID))\(row.toPerson.isEmpty ? "" : " – \(row.toPerson)")\(row.kind == .consultation ? " " + S.consultationMark(lang) : "")")
                                el("td", text: row.handedAt.vnFormat)
                                el("td", text: row.stepDue.vnFormat)
                                el("td", text: row.completedAt?.vnFormat ?? "—")
                                el("td", text: row.result?.name(lang) ?? "—")
                                el("td", text: row.note ?? "")
                            }
                        }
                    }
                }
            }
            for row in m.handovers where row.kind == .consultation && row.completedAt == nil {
                el("form", [.class("consultation-answer"), .init("method", "post"), .init("action", DossierURL.action(.id(r.id), "consultationAnswered").path)]) {
                    Components.csrfField(ctx)
                    el("input", [.type("hidden"), .name("consultationAnswered-phieu"), .value(String(row.id))])
                    Components.field(.init("consultationAnswered-ghi-chu", label: S.consultationAnswer(lang, m.units.name(row.toUnitID), row.stepDue.vnFormat),
                                           value: nil, errors: m.failed?.name == "consultationAnswered" ? m.failed?.errors ?? [] : [],
                                           required: true, multiline: true, maxLength: 1000), ctx)
                    el("button", [.type("submit"), .class("button secondary")], text: S.actionLabels["consultationAnswered"]!(lang))
                }
            }
        }
    }

    /// Everything that happened to the dossier, oldest first.
    static func timeline(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return fragment {
            el("h2", text: S.timelineSection(lang))
            Components.tableWrap(ctx) {
                el("table", [.class("stack"), .id("history")]) {
                    el("thead") { el("tr") { for h in [S.colWhen, S.colWhat, S.dossierStatus, S.colWho, S.colNote] { el("th", [.init("scope", "col")], text: h(lang)) } } }
                    el("tbody") {
                        for event in m.events {
                            el("tr") {
                                el("td", text: event.at.vnFormat)
                                el("td", text: S.actionLabels[event.kind]?(lang) ?? event.kind)
                                el("td", text: DossierStatus(rawValue: event.status)?.name(lang) ?? String(event.status))
                                el("td", text: event.actorName)
                                el("td", text: event.note ?? "")
                            }
                        }
                    }
                }
            }
        }
    }

    /// Which forms exist for this dossier.
    static func printable(_ r: DossierRecord) -> [Int] {
        let l = r.lifecycle
        var forms: [Int] = []
        if l.receivedAt != nil { forms.append(1) }
        if !l.supplementRequests.isEmpty { forms.append(2) }
        if l.status == .refusedAtReception || l.status == .stopped { forms.append(3) }
        if l.apology != nil { forms.append(4) }
        if l.receivedAt != nil { forms.append(5) }
        return forms
    }

    static func actionForm(_ name: String, _ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let failed = m.failed?.name == name ? m.failed : nil
        let errors = failed?.errors ?? []
        func value(_ field: String) -> String? { failed?.echo["\(name)-\(field)"] }
        let unitOptions = m.units.competent.map { ($0.id.uuidString, $0.name) }
        return el("details", [.class("action"), .id("action-\(name)")] + (failed != nil ? [.flag("open")] : [])) {
            el("summary", text: S.actionLabels[name]?(lang) ?? name)
            el("form", [.init("method", "post"), .init("action", DossierURL.action(.id(m.record.id), "\(name)").path)]) {
                Components.csrfField(ctx)
                if let error = errors.first(where: { $0.field == "\(name)-submit" }) { el("p", [.class("error-message"), .init("role", "alert")], text: error.message) }
                switch name {
                case "startProcessing", "handover":
                    if let step = m.nextStep { el("p", [.class("hint")], text: S.nextStepHint(lang, step)) }
                    Components.select("\(name)-don-vi", label: S.colTo(lang), options: unitOptions,
                                      selected: value("don-vi") ?? m.nextUnitID?.uuidString, errors: errors, ctx)
                    Components.field(.init("\(name)-nguoi-nhan", label: S.toPerson(lang), value: value("nguoi-nhan"), errors: errors, maxLength: 100), ctx)
                    Components.field(.init("\(name)-ghi-chu", label: S.noteLabel(lang), value: value("ghi-chu"), errors: errors, multiline: true, maxLength: 1000), ctx)
                case "consult":
                    Components.select("consult-don-vi", label: S.colTo(lang), options: unitOptions, selected: value("don-vi"), errors: errors, ctx)
                    Components.field(.init("consult-nguoi-nhan", label: S.toPerson(lang), value: value("nguoi-nhan"), errors: errors, maxLength: 100), ctx)
                    Components.field(.init("consult-han", label: S.consultDue(lang), value: value("han"), errors: errors, required: true, type: "date"), ctx)
                    Components.field(.init("consult-ghi-chu", label: S.noteLabel(lang), value: value("ghi-chu"), errors: errors, required: true, multiline: true, maxLength: 1000), ctx)
                case "refuse", "stop", "requestSupplement":
                    Components.field(.init("\(name)-ly-do", label: S.reasonLabel(lang), value: value("ly-do"), errors: errors, required: true, multiline: true, maxLength: 2000), ctx)
                    if name == "requestSupplement" {
                        el("div", [.class("checkbox")]) {
                            el("input", [.type("checkbox"), .id("\(name)-loi-nguoi-nop"), .name("\(name)-loi-nguoi-nop"), .value("1")])
                            el("label", [.for("\(name)-loi-nguoi-nop")], text: S.applicantAtFault(lang))
                        }
                    }
                case "apologise":
                    Components.field(.init("apologise-ly-do", label: S.reasonLabel(lang), value: value("ly-do"), errors: errors, required: true, multiline: true, maxLength: 2000), ctx)
                    Components.field(.init("apologise-ngay", label: S.newDue(lang), value: value("ngay"), errors: errors, required: true, type: "date"), ctx)
                case "returnResult":
                    Components.field(.init("returnResult-nguoi-nhan", label: S.receivedBy(lang), value: value("nguoi-nhan"), errors: errors, required: true, maxLength: 100), ctx)
                case "requestPayment", "complete", "withdraw":
                    Components.field(.init("\(name)-ghi-chu", label: S.noteLabel(lang), value: value("ghi-chu"), errors: errors, multiline: true, maxLength: 1000), ctx)
                default:
                    HTMLNode.empty
                }
                el("button", [.type("submit"), .class("button"), .id("\(name)-submit")], text: S.actionLabels[name]?(lang) ?? name)
            }
        }
    }

    /// The dossier's own scores (Circular 01/2018 Art. 13–14): those the data supports.
    static func evaluation(_ m: DetailModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        var snapshot = m.record.snapshot
        snapshot.handovers = m.handovers.filter { $0.kind == .handover }.map {
            HandoverStep(fromUnit: $0.fromUnitID.uuidString, fromPerson: $0.fromPerson, toUnit: $0.toUnitID.uuidString, toPerson: $0.toPerson,
                         handedAt: $0.handedAt, stepDue: $0.stepDue, completedAt: $0.completedAt)
        }
        let scores = DossierScoring.evaluate(snapshot)
        return fragment {
            el("h2", text: S.dossierEvaluation(lang))
            el("ul", [.class("evaluation"), .id("dossier-evaluation")]) {
                for entry in scores.entries where entry.indicator.scoredPerDossier {
                    el("li", text: "\(entry.indicator.number). \(entry.indicator.title(lang)): \(entry.score.points.map { "\($0)/2" } ?? S.notAvailable(lang))")
                }
            }
        }
    }
}
