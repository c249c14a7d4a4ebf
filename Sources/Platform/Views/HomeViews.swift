import FluentKit
import Foundation
import Hummingbird
import Localization

enum HomeViews {
    static func home(_ cards: [Navigation.Card], _ lang: Language) -> Page {
        Page(title: S.homeTitle(lang)) { ctx in
            fragment {
                el("p", [.class("lead")], text: S.homeIntro(lang, ctx.site?.name ?? S.productName(lang)))
                self.cards(cards, lang)
            }
        }
    }

    /// The features' cards, each a heading that links to its page and one sentence.
    static func cards(_ cards: [Navigation.Card], _ lang: Language) -> HTMLNode {
        el("ul", [.class("cards")]) {
            for card in cards {
                el("li") {
                    el("h2") { el("a", [.href(card.path)], text: card.title(lang)) }
                    el("p", text: card.text(lang))
                }
            }
        }
    }

    static func staffHome(person: PersonRecord, cards: [Navigation.Card], notice: String?, _ lang: Language) -> Page {
        Page(title: S.navStaffHome(lang), area: .staff) { ctx in
            fragment {
                Components.notice(notice)
                el("p", text: S.staffWelcome(lang, person.fullName, ctx.identity?.unitName ?? ""))
                el("p", text: S.staffRoles(lang, person.roles.sorted { $0.rawValue < $1.rawValue }.map { S.roleNames[$0]?(lang) ?? $0.rawValue }.joined(separator: ", ")))
                self.cards(cards, lang)
            }
        }
    }
}
