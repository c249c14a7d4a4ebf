import FeedbackRules
import Foundation
import Platform
import Localization

/// One small form per action allowed on a case.
enum FeedbackActionViews {
    static func title(_ name: FeedbackActionForm.Name, _ lang: Language) -> String {
        let text = name.kind.name(lang)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static func form(_ name: FeedbackActionForm.Name, _ m: FeedbackStaffViews.DetailModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let errors = m.failed?.0 == name.rawValue ? m.failed?.1 ?? [] : []
        let id = "action-\(name.rawValue)"
        func text(_ key: String, multiline: Bool = true, value: String? = nil, required: Bool = true) -> HTMLNode {
            let label = FeedbackActionForm.labels[key]?(lang) ?? key
            return Components.field(.init("\(name.rawValue)-\(key)", label: label.prefix(1).uppercased() + label.dropFirst(), value: value, errors: errors,
                                          required: required, multiline: multiline), ctx)
        }
        return el("form", [.id(id), .class("action"), .init("method", "post"), .init("action", FeedbackURL.caseAction("\(m.record.code.text)", "\(name.rawValue)").path)]) {
            Components.csrfField(ctx)
            el("h3", text: title(name, lang))
            for error in errors where error.field.hasSuffix("-submit") { el("p", [.class("error-message"), .init("role", "alert")], text: error.message) }
            switch name {
            case .classify:
                Components.select("\(name.rawValue)-lop", label: S.fbClass(lang), options: CaseClass.allCases.map { ($0.rawValue, "\($0.name(lang)) \($0.citation(lang))") },
                                  selected: m.record.lifecycle.caseClass?.rawValue ?? CaseClass.withinCompetence.rawValue, errors: errors, ctx)
                text("ly-do", required: false)
                text("co-quan", multiline: false, required: false)
            case .forward:
                text("co-quan", multiline: false, value: m.record.lifecycle.classification?.competentBody)
                text("so-van-ban", multiline: false, required: false)
            case .assign:
                Components.select("\(name.rawValue)-don-vi", label: S.fbUnit(lang), options: m.units.handling.map { ($0.id.uuidString, $0.name) },
                                  selected: m.record.unitID?.uuidString, errors: errors, ctx)
            case .note: text("ghi-chu")
            case .ask: text("cau-hoi")
            case .reply: text("bo-sung")
            case .draft:
                Components.select("\(name.rawValue)-mau", label: S.fbTemplate(lang), options: [("", S.fbNoTemplate(lang))]
                    + AnswerTemplate.standard.filter { $0.id == "tra-loi" }.map { ($0.id, $0.title(lang)) }, selected: "tra-loi", errors: errors, ctx)
                text("tra-loi")
            case .returnDraft: text("y-kien")
            case .publish:
                let redactor = Redactor(known: KnownPersonalData(sender: m.record.sender))
                let preview = redactor.preview(m.record.content)
                el("p", text: S.fbPreview(lang))
                el("p", [.class("redaction-preview"), .id("redaction-preview")]) {
                    for segment in preview.segments {
                        if segment.kind != nil { el("mark", text: segment.text) } else { HTMLNode.text(segment.text) }
                    }
                }
                text("cau-hoi-cong-khai", value: preview.redacted)
            case .register, .approve, .send, .close: HTMLNode.empty
            }
            el("button", [.type("submit"), .class("button"), .id("\(name.rawValue)-submit")], text: title(name, lang))
        }
    }
}
