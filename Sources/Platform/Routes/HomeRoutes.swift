import FluentKit
import Foundation
import Hummingbird
import Localization

/// The public home, the staff home, the audit log and the people list.
public enum HomeRoutes {
    public static func register(_ routes: Routes, _ services: Services) {
        routes.get(PlatformURL.home.path) { request, context in
            try await services.render(HomeViews.home(services.navigation.publicCards, context.language), request, context)
        }
        routes.staff.get(PlatformURL.staffHome.path, requires: .enterStaffArea) { request, context in
            let person = context.person
            let notice = request.queryFields["thong-bao"] == "mat-khau" ? S.passwordChanged(context.language) : nil
            let cards = try await services.navigation.staffCards(for: person, on: services.db)
            return try await services.render(HomeViews.staffHome(person: person, cards: cards, notice: notice, context.language), request, context)
        }
        routes.staff.get(PlatformURL.audit.path, requires: .viewAudit) { request, context in
            let q = request.queryFields
            var query = AuditQuery()
            query.entityType = q["loai"].flatMap { $0.isEmpty ? nil : $0 }
            query.entityID = q["ma"].flatMap { $0.isEmpty ? nil : $0 }
            query.text = q["q"].map(InputText.clean).flatMap { $0.isEmpty ? nil : $0 }
            query.page = max(1, Int(q["trang"] ?? "") ?? 1)
            let (entries, total) = try await Audit.list(on: services.db, query)
            return try await services.render(AuditViews.list(entries: entries, total: total, query: query, context.language), request, context)
        }
        routes.staff.get(PlatformURL.people.path, requires: .managePeople) { request, context in
            let people = try await PersonStore.list(on: services.db)
            var unitNames: [UUID: String] = [:]
            for id in Set(people.map(\.unitID)) { unitNames[id] = try await UnitStore.find(id, on: services.db)?.name }
            return try await services.render(PeopleViews.list(people: people, unitNames: unitNames, context.language), request, context)
        }
    }
}

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

enum AuditViews {
    static func list(entries: [AuditEntry], total: Int, query: AuditQuery, _ lang: Language) -> Page {
        Page(title: S.auditTitle(lang), area: .staff, breadcrumbs: [(S.navStaffHome(lang), PlatformURL.staffHome.path)]) { ctx in
            fragment {
                el("form", [.id("audit-search"), .init("method", "get"), .init("action", PlatformURL.audit.path), .class("search"), .init("role", "search")]) {
                    el("div", [.class("field")]) {
                        el("label", [.for("q")], text: S.auditSearchLabel(lang))
                        el("input", [.id("q"), .name("q"), .type("search")] + (query.text.map { [.value($0)] } ?? []))
                    }
                    Components.select("loai", label: S.auditEntityType(lang), options: [("", S.allKinds(lang))] + S.entityTypes.map { ($0.key, $0.value(lang)) }.sorted { $0.0 < $1.0 }, selected: query.entityType, ctx)
                    if let id = query.entityID { el("input", [.type("hidden"), .name("ma"), .value(id)]) }
                    Components.submit(S.search(lang))
                }
                el("p", [.class("count"), .init("role", "status")], text: S.resultCount(lang, String(total)))
                Components.tableWrap(ctx) {
                    el("table", [.id("audit")]) {
                        el("caption", [.class("visually-hidden")], text: S.auditTitle(lang))
                        el("thead") {
                            el("tr") {
                                for heading in [S.auditWhen(lang), S.auditWho(lang), S.auditAction(lang), S.auditRecord(lang), S.auditChanges(lang)] {
                                    el("th", [.init("scope", "col")], text: heading)
                                }
                            }
                        }
                        el("tbody") {
                            for entry in entries { row(entry, lang) }
                        }
                    }
                }
                Components.pagination(page: query.page, perPage: query.perPage, total: total, baseQuery: [("q", query.text ?? ""), ("loai", query.entityType ?? ""), ("ma", query.entityID ?? "")], path: PlatformURL.audit.path, ctx)
            }
        }
    }

    static func row(_ entry: AuditEntry, _ lang: Language) -> HTMLNode {
        el("tr") {
            el("td") { el("time", [.init("datetime", ISO8601DateFormatter().string(from: entry.at))], text: VNFormat.dateTime(entry.at)) }
            el("td") {
                entry.actorName
                if let address = entry.address { el("br"); el("small", text: address) }
            }
            el("td", text: S.auditActions[entry.action]?(lang) ?? entry.action)
            el("td") {
                if entry.entityType == "unit", let id = entry.entityID {
                    el("a", [.href(PlatformURL.unit(.text(id)).path)], text: entry.entityLabel ?? id)
                } else {
                    entry.entityLabel ?? entry.entityID ?? "—"
                }
            }
            el("td") {
                let keys = Set(entry.before.keys).union(entry.after.keys).sorted()
                if !keys.isEmpty {
                    el("ul", [.class("changes")]) {
                        for key in keys {
                            el("li") {
                                el("span", [.class("field-name")], text: "\(key): ")
                                if let old = entry.before[key] { el("del", text: old); " → " }
                                el("ins", text: entry.after[key] ?? "—")
                            }
                        }
                    }
                }
            }
        }
    }
}

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
