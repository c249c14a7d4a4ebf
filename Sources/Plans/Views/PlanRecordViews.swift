import Foundation
import Platform
import PlanRules
import Localization

/// The record form of a plan: blank (create), a draft's (edit), or an issued plan's (read-only).
enum PlanRecordViews {
    struct Model: Sendable {
        /// Nil when creating.
        var planID: UUID?
        var planTitle: String?
        var status: PlanStatus = .draft
        var values: [String: String]
        var errors: [FieldError] = []
        var units: [PlanRecordForm.UnitOption]
        var notice: String?
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        let title = m.planID == nil ? S.createPlanTitle(lang) : (m.status.allowsEditing ? S.editRecord(lang) : S.viewRecord(lang))
        var crumbs = PlanViews.crumbs(lang)
        if let id = m.planID, let planTitle = m.planTitle { crumbs.append((planTitle, PlanURL.plan(.id(id)).path)) }
        return Page(title: title, area: .staff, breadcrumbs: crumbs) { ctx in
            let action = m.planID.map { PlanURL.edit(.id($0)).path } ?? PlanURL.new.path
            let readOnly = !m.status.allowsEditing
            return fragment {
                el("link", [.init("rel", "stylesheet"), .href("/static/plans.css")])
                Components.notice(m.notice)
                if readOnly { el("p", [.class("notice"), .id("read-only")], text: S.recordReadOnly(lang)) }
                Components.errorSummary(m.errors, ctx)
                el("form", [.id("plan-record-form"), .init("method", "post"), .init("action", action), .class("plan-form")]) {
                    Components.csrfField(ctx)
                    el("fieldset", [.class("plain")] + (readOnly ? [.flag("disabled")] : [])) {
                        el("legend", [.class("visually-hidden")], text: title)
                        fields(m, ctx)
                    }
                    if !readOnly { Components.submit(m.planID == nil ? S.createSubmit(lang) : S.saveRecord(lang)) }
                }
            }
        }
    }

    static func fields(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        func field(_ name: String, _ label: LocalizedText, required: Bool = false, hint: LocalizedText? = nil, multiline: Bool = false,
                   type: String = "text") -> HTMLNode {
            Components.field(.init(name, label: label(lang), value: m.values[name], errors: m.errors, required: required,
                                   hint: hint.map { $0(lang) }, type: type, multiline: multiline), ctx)
        }
        let unitOptions = [(value: "", label: S.issuingUnitNone(lang))] + m.units.map { (value: $0.id.uuidString, label: $0.name) }
        let frequencies = ReportingFrequency.allCases.map { (value: $0.rawValue, label: $0.name(lang)) }
        return fragment {
            field("tieu-de", S.planTitleLabel, required: true, multiline: true)
            field("nam", S.planYearLabel, required: true, type: "number")
            el("fieldset") {
                el("legend", text: S.documentLegend(lang))
                field("so", S.serialLabel, hint: S.serialHint)
                field("ky-hieu", S.symbolLabel)
                field("ngay", S.issueDateLabel, hint: S.partialDateHint)
                Components.select("don-vi-ban-hanh", label: S.issuingUnitLabel(lang), options: unitOptions,
                                  selected: m.values["don-vi-ban-hanh"], errors: m.errors, ctx)
                field("co-quan", S.issuerNameLabel, hint: S.issuerNameHint)
            }
            el("fieldset") {
                el("legend", text: S.implementsLegend(lang))
                field("cap-tren-co-quan", S.implementsIssuer)
                field("cap-tren-so", S.implementsNumber, hint: S.implementsNumberHint)
                field("cap-tren-ngay", S.implementsDate, hint: S.partialDateHint)
                field("cap-tren-trich-yeu", S.implementsSubject, multiline: true)
            }
            el("fieldset") {
                el("legend", text: S.contentLegend(lang))
                field("can-cu", S.legalBasesLabel, hint: S.onePerLine, multiline: true)
                field("muc-dich", S.purposesLabel, hint: S.onePerLine, multiline: true)
                field("yeu-cau", S.requirementsLabel, hint: S.onePerLine, multiline: true)
                field("kinh-phi", S.fundingLabel, hint: S.onePerLine, multiline: true)
                field("to-chuc", S.dutiesLabel, hint: S.dutiesHint, multiline: true)
                field("noi-nhan", S.recipientsLabel, hint: S.onePerLine, multiline: true)
            }
            el("fieldset") {
                el("legend", text: S.signerLegend(lang))
                field("ky-tm", S.signerOnBehalf)
                field("ky-thay", S.signerCapacity)
                field("ky-chuc-vu", S.signerTitle)
                field("ky-ten", S.signerName)
            }
            el("fieldset") {
                el("legend", text: S.reportingLegend(lang))
                Components.select("ky-bao-cao", label: S.planFrequency(lang), options: frequencies, selected: m.values["ky-bao-cao"],
                                  errors: m.errors, ctx)
                el("div", [.class("field checkbox")]) {
                    el("input", [.type("checkbox"), .id("phoi-hop-bao-cao"), .name("phoi-hop-bao-cao"), .value("1")]
                        + (m.values["phoi-hop-bao-cao"] == "1" ? [.flag("checked")] : []))
                    el("label", [.for("phoi-hop-bao-cao")], text: S.coordinatingReportLabel(lang))
                }
            }
        }
    }
}
