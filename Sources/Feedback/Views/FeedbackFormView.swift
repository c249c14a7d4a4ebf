import FeedbackRules
import Platform
import Localization

/// The submission form: the public one, and the staff entry for phone, letter and in-person.
enum FeedbackFormView {
    struct Model: Sendable {
        var values: [String: String]
        var errors: [FieldError]
        var staff: Bool
        var blocked = false
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        let title = m.staff ? S.fbEntryTitle(lang) : S.fbFormTitle(lang)
        let crumbs = m.staff ? [(S.fbStaffTitle(lang), FeedbackURL.list.path)] : [(S.navHome(lang), PlatformURL.home.path)]
        return Page(title: title, area: m.staff ? .staff : .publicSite, breadcrumbs: crumbs) { ctx in
            fragment {
                if !m.staff {
                    el("p", [.class("notice"), .id("complaints-notice")], text: SubmissionNotices.complaintsAndDenunciations(lang))
                    el("p", [.class("lead")], text: SubmissionNotices.requirements(lang))
                }
                if m.blocked { el("p", [.class("error-message"), .init("role", "alert")], text: S.fbErrTooMany(lang)) }
                Components.errorSummary(m.errors, ctx)
                form(m, ctx)
            }
        }
    }

    static func form(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let action = (m.staff ? FeedbackURL.enter.path : FeedbackURL.submit.path) + "?_csrf=\(ctx.csrfToken)"
        func field(_ name: String, _ label: LocalizedText, required: Bool = false, hint: String? = nil, type: String = "text",
                   autocomplete: String? = nil, multiline: Bool = false, maxLength: Int? = nil) -> HTMLNode {
            Components.field(.init(name, label: label(lang), value: m.values[name], errors: m.errors, required: required, hint: hint,
                                   type: type, autocomplete: autocomplete, multiline: multiline, maxLength: maxLength), ctx)
        }
        return el("form", [.id("feedback-form"), .init("method", "post"), .init("enctype", "multipart/form-data"), .init("action", action)]) {
            if m.staff {
                let channels: [FeedbackChannel] = [.phone, .post, .inPerson, .email, .portal]
                Components.select("kenh", label: S.fbChannel(lang), options: channels.map { ($0.rawValue, $0.name(lang)) },
                                  selected: m.values["kenh"], errors: m.errors, ctx)
                field("thoi-diem", S.fbReceivedAt, required: true, autocomplete: "off", maxLength: 16)
            }
            el("fieldset") {
                el("legend", text: S.fbSender(lang))
                Components.select("loai", label: S.fbSenderKind(lang),
                                  options: [("individual", S.fbIndividual(lang)), ("organisation", S.fbOrganisation(lang))],
                                  selected: m.values["loai"], errors: m.errors, ctx)
                field("ho-ten", S.fbName, required: true, autocomplete: "name", maxLength: 150)
                field("to-chuc", S.fbOrganisationName, autocomplete: "organization", maxLength: 200)
                field("dia-chi", S.fbAddress, required: true, maxLength: 300)
                field("dien-thoai", S.fbPhone, required: !m.staff, type: "tel", autocomplete: "tel", maxLength: 20)
                field("email", S.fbEmail, type: "email", autocomplete: "email", maxLength: 120)
            }
            el("fieldset") {
                el("legend", text: S.fbAboutHeading(lang))
                field("ma-thu-tuc", S.fbProcedureCode, hint: S.fbProcedureHint(lang), autocomplete: "off", maxLength: 20)
                field("quy-dinh", S.fbRegulation, autocomplete: "off", maxLength: 500)
                Components.select("loai-noi-dung", label: S.fbContentKind(lang),
                                  options: ContentKind.allCases.map { ($0.rawValue, "\($0.name(lang)) \($0.citation(lang))") },
                                  selected: m.values["loai-noi-dung"], errors: m.errors, ctx)
                field("noi-dung", S.fbContent, required: true, multiline: true)
            }
            fileField(m, ctx)
            consent(m, ctx)
            el("div", [.init("hidden", nil)]) {
                el("label", [.for("website")], text: S.fbHoneypot(lang))
                el("input", [.type("text"), .id("website"), .name("website"), .init("tabindex", "-1"), .init("autocomplete", "off")])
            }
            Components.submit(S.fbSubmit(lang))
        }
    }

    static func fileField(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let error = m.errors.first { $0.field == "tep" }
        return el("div", [.class(error == nil ? "field" : "field field-error")]) {
            el("label", [.for("tep")], text: S.fbAttachments(lang))
            el("p", [.class("hint"), .id("tep-hint")], text: S.fbAttachmentsHint(lang))
            for e in m.errors where e.field == "tep" { el("p", [.class("error-message")], text: e.message) }
            el("input", [.type("file"), .id("tep"), .name("tep"), .flag("multiple"), .aria("describedby", "tep-hint"),
                         .init("accept", ".pdf,.doc,.docx,.xls,.xlsx,.odt,.jpg,.jpeg,.png")])
        }
    }

    static func consent(_ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let error = m.errors.first { $0.field == "dong-y" }
        return el("div", [.class(error == nil ? "field checkbox" : "field checkbox field-error")]) {
            if let error { el("p", [.class("error-message"), .id("dong-y-error")], text: error.message) }
            el("input", [.type("checkbox"), .id("dong-y"), .name("dong-y"), .value("1")]
                + (m.values["dong-y"] == "1" ? [.flag("checked")] : []) + (m.staff ? [] : [.flag("required")]))
            el("label", [.for("dong-y")], text: m.staff ? S.fbConsentStaff(lang) : SubmissionNotices.consent(lang))
        }
    }
}
