import FeedbackRules
import Platform
import WorkCalendar
import Localization

/// The receipt and the follow-up page. Neither shows the sender's personal data: the follow-up
/// shows the status, the dated steps (without their internal details) and the answer.
enum FeedbackFollowView {
    enum Outcome: Sendable {
        case found(FeedbackRecord)
        case notFound
        case blocked
    }

    struct Model: Sendable {
        var code: String
        var lastFour: String
        var outcome: Outcome?
        var notice: String?
        var actionError: String?
        var resubmission: String?
    }

    static func receipt(_ record: FeedbackRecord, _ lang: Language) -> Page {
        Page(title: S.fbReceiptTitle(lang), breadcrumbs: [(S.navHome(lang), PlatformURL.home.path), (S.fbNavSubmit(lang), FeedbackURL.submit.path)]) { _ in
            fragment {
                el("p", [.class("lead")], text: S.fbReceiptLead(lang))
                el("p", [.class("code"), .id("feedback-code")]) { el("strong", text: record.code.text) }
                Components.definitionList([
                    (S.fbReceivedOn(lang), record.lifecycle.receivedAt.vnFormat),
                    (S.fbContentKind(lang), record.lifecycle.contentKind.name(lang)),
                    (S.fbAnswerDue(lang), record.lifecycle.deadline(.answer)?.due.vnFormat),
                ])
                el("p", text: S.fbReceiptKeep(lang))
                el("p") { el("a", [.href(FeedbackURL.follow.path + "?ma=\(record.code.text)")], text: S.fbFollowLink(lang)) }
            }
        }
    }

    static func page(_ m: Model, _ lang: Language) -> Page {
        Page(title: S.fbFollowTitle(lang), breadcrumbs: [(S.navHome(lang), PlatformURL.home.path), (S.fbNavSubmit(lang), FeedbackURL.submit.path)]) { ctx in
            fragment {
                el("form", [.id("follow"), .class("search"), .init("method", "get"), .init("action", FeedbackURL.follow.path)]) {
                    Components.field(.init("ma", label: S.fbCode(lang), value: m.code, errors: [], required: true, hint: S.fbCodeHint(lang), autocomplete: "off", maxLength: 20), ctx)
                    Components.field(.init("so", label: S.fbLastFour(lang), value: m.lastFour, errors: [], required: true, autocomplete: "off", maxLength: 4), ctx)
                    Components.submit(S.fbFollowSubmit(lang))
                }
                Components.notice(m.notice)
                if let error = m.actionError { el("p", [.class("error-message"), .init("role", "alert")], text: error) }
                switch m.outcome {
                case .none: HTMLNode.empty
                case .blocked: el("p", [.class("error-message"), .init("role", "alert")], text: S.fbBlocked(lang))
                case .notFound: el("p", [.class("error-message"), .init("role", "alert"), .id("follow-result")], text: S.fbNotFound(lang))
                case .found(let record): result(record, m, ctx)
                }
                el("p", [.class("fineprint")], text: S.fbPrivacy(lang))
            }
        }
    }

    static func result(_ record: FeedbackRecord, _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let c = record.lifecycle
        return el("section", [.class("result"), .id("follow-result"), .aria("labelledby", "follow-heading")]) {
            el("h2", [.id("follow-heading")], text: record.code.text)
            Components.definitionList([
                (S.fbStatus(lang), c.status.name(lang)),
                (S.fbReceivedOn(lang), c.receivedAt.vnFormat),
                (S.fbAnswerDue(lang), c.openDeadlines.isEmpty ? nil : c.deadline(.answer)?.due.vnFormat),
                (S.fbYourRating(lang), c.rating?.satisfaction.name(lang)),
            ])
            if let code = m.resubmission { el("p", [.class("notice")], text: S.fbResubmitted(lang, code)) }
            if let answer = c.answers.last {
                el("h3", text: S.fbAnswer(lang))
                el("p", [.class("answer")], text: answer.text)
            }
            if let reason = c.classification?.reason { el("p", text: reason) }
            if let forwarding = c.forwarding { el("p", text: "\(c.status.name(lang)): \(forwarding.to)") }
            el("h3", text: S.fbHistory(lang))
            el("ol", [.class("timeline")]) {
                for entry in c.history where !entry.isInternal {
                    el("li") {
                        el("time", [.init("datetime", entry.at.iso)], text: entry.at.vnFormat)
                        " — \(entry.event?.name(lang) ?? entry.status.name(lang))"
                    }
                }
            }
            if c.status == .awaitingSender { reply(record, m, ctx) }
            if c.status.isAnswered && !c.answers.isEmpty { rating(record, m, ctx) }
        }
    }

    /// The question staff asked (Art. 14) and the form to answer it.
    static func reply(_ record: FeedbackRecord, _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        let question = record.lifecycle.history.last { $0.event == .requestInformation }?.detail
        return el("form", [.id("reply"), .init("method", "post"), .init("action", FeedbackURL.followAction("bo-sung").path)]) {
            Components.csrfField(ctx)
            el("input", [.type("hidden"), .name("ma"), .value(record.code.text)])
            el("input", [.type("hidden"), .name("so"), .value(m.lastFour)])
            el("h3", text: S.fbAskedHeading(lang))
            el("p", [.id("asked")], text: question ?? "")
            Components.field(.init("bo-sung", label: S.fbReplyLabel(lang), value: nil, errors: [], required: true, multiline: true), ctx)
            Components.submit(S.fbReplySubmit(lang))
        }
    }

    static func rating(_ record: FeedbackRecord, _ m: Model, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        func hidden() -> HTMLNode {
            fragment {
                Components.csrfField(ctx)
                el("input", [.type("hidden"), .name("ma"), .value(record.code.text)])
                el("input", [.type("hidden"), .name("so"), .value(m.lastFour)])
            }
        }
        return fragment {
            el("form", [.id("rate"), .init("method", "post"), .init("action", FeedbackURL.followAction("danh-gia").path)]) {
                hidden()
                el("fieldset") {
                    el("legend", text: S.fbRateHeading(lang))
                    for option in Satisfaction.allCases {
                        el("div", [.class("checkbox")]) {
                            el("input", [.type("radio"), .id("muc-\(option.rawValue)"), .name("muc"), .value(option.rawValue)]
                                + (option == .satisfied ? [.flag("checked")] : []))
                            el("label", [.for("muc-\(option.rawValue)")], text: option.name(lang))
                        }
                    }
                }
                Components.submit(S.fbRateSubmit(lang))
            }
            el("form", [.id("disagree"), .init("method", "post"), .init("action", FeedbackURL.followAction("khong-dong-y").path)]) {
                hidden()
                el("h3", text: S.fbDisagreeHeading(lang))
                Components.field(.init("ly-do", label: S.fbDisagreeReason(lang), value: nil, errors: [], required: true, multiline: true), ctx)
                Components.submit(S.fbDisagreeSubmit(lang))
            }
        }
    }
}
