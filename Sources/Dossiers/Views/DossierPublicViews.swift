import DossierRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// The public lookup page: the code alone, or the code and the last four phone digits.
enum DossierPublicViews {
    struct LookupModel: Sendable {
        var code: String
        var lastFour: String
        var outcome: DossierPublicRoutes.Outcome?
        var rating: Int?
        var notice: String?
        var rateError: String?
    }

    static func lookup(_ m: LookupModel, _ lang: Language) -> Page {
        Page(title: S.lookupTitle(lang), breadcrumbs: [(S.navHome(lang), PlatformURL.home.path)]) { ctx in
            fragment {
                el("p", [.class("lead")], text: S.lookupIntro(lang))
                el("form", [.id("lookup"), .class("search"), .init("method", "get"), .init("action", DossierURL.lookup.path)]) {
                    Components.field(.init("ma", label: S.lookupCode(lang), value: m.code, errors: [], required: true, hint: S.lookupCodeHint(lang), autocomplete: "off", maxLength: 40), ctx)
                    Components.field(.init("so", label: S.lookupLastFour(lang), value: m.lastFour, errors: [], type: "text", autocomplete: "off", maxLength: 4), ctx)
                    Components.submit(S.lookupSubmit(lang))
                }
                Components.notice(m.notice)
                switch m.outcome {
                case .none: HTMLNode.empty
                case .blocked: el("p", [.class("error-message"), .init("role", "alert")], text: S.lookupBlocked(lang))
                case .notFound: el("p", [.class("error-message"), .init("role", "alert"), .id("lookup-result")], text: S.lookupNotFound(lang))
                case .found(let view, _, let wrongDigits):
                    result(view, wrongDigits: wrongDigits, m, ctx)
                }
                el("p", [.class("fineprint")], text: S.lookupPrivacy(lang))
            }
        }
    }

    static func result(_ view: PublicDossierView, wrongDigits: Bool, _ m: LookupModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        return el("section", [.class("result"), .id("lookup-result"), .aria("labelledby", "lookup-heading")]) {
            el("h2", [.id("lookup-heading")], text: view.code)
            if wrongDigits { el("p", [.class("notice")], text: S.lookupWrongDigits(lang)) }
            Components.definitionList([
                (S.lookupStage(lang), view.stage(lang)),
                (S.lookupOnTimeLabel(lang), view.onTime.map { $0 ? S.lookupOnTime(lang) : S.lookupLate(lang) }),
                (S.dossierAppointment(lang), view.detail?.appointment?.vnFormat),
                (S.lookupOriginal(lang), view.detail?.originalAppointment?.vnFormat),
            ].filter { $0.1 != nil })
            if let detail = view.detail {
                el("ol", [.class("timeline")]) {
                    for step in detail.timeline {
                        el("li") {
                            el("time", [.init("datetime", step.at.iso)], text: step.at.vnFormat)
                            " — \(step.event?(lang) ?? step.stage(lang))"
                        }
                    }
                }
                if view.status == DossierStatus.resultReturned.code { rating(view, m, ctx) }
            }
        }
    }

    static func rating(_ view: PublicDossierView, _ m: LookupModel, _ ctx: PageContext) -> HTMLNode {
        let lang = ctx.language
        if let rating = m.rating, let level = Satisfaction(rawValue: rating) {
            return el("p", [.id("rating-done")], text: S.rateDone(lang, level.name(lang)))
        }
        return el("form", [.id("rating"), .init("method", "post"), .init("action", DossierURL.rate.path)]) {
            el("h3", text: S.rateTitle(lang))
            el("p", text: S.rateIntro(lang))
            if let error = m.rateError { el("p", [.class("error-message"), .init("role", "alert")], text: error) }
            Components.csrfField(ctx)
            el("input", [.type("hidden"), .name("ma"), .value(view.code)])
            el("input", [.type("hidden"), .name("so"), .value(m.lastFour)])
            DossierViews.radios("muc", S.rateLevel(lang), Satisfaction.allCases.reversed().map { (String($0.rawValue), $0.name(lang)) }, nil)
            Components.field(.init("so-co-quan", label: S.rateContacts(lang), value: nil, errors: [], type: "number"), ctx)
            Components.submit(S.rateSubmit(lang))
        }
    }
}
