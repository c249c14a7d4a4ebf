import FluentKit
import Foundation
import Hummingbird
import Localization

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
