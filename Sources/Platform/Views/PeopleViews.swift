import FluentKit
import Foundation
import Hummingbird
import Localization

enum PeopleViews {
    static func list(people: [PersonRecord], unitNames: [UUID: String], _ lang: Language) -> Page {
        Page(title: S.peopleTitle(lang), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                el("p", [.class("hint")], text: S.peopleHint(lang))
                Components.tableWrap(ctx) {
                    el("table", [.id("people")]) {
                        el("caption", [.class("visually-hidden")], text: S.peopleTitle(lang))
                        el("thead") {
                            el("tr") {
                                for heading in [S.username(lang), S.fullName(lang), S.unit(lang), S.roles(lang), S.unitStatus(lang)] {
                                    el("th", [.init("scope", "col")], text: heading)
                                }
                            }
                        }
                        el("tbody") {
                            for person in people {
                                el("tr") {
                                    el("td", text: person.username)
                                    el("td", text: person.fullName)
                                    el("td", text: unitNames[person.unitID] ?? "—")
                                    el("td", text: person.roles.map { S.roleNames[$0]?(lang) ?? $0.rawValue }.sorted().joined(separator: ", "))
                                    el("td", text: person.disabled ? S.accountDisabled(lang) : S.accountActive(lang))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
