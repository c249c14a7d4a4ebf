import Foundation
import Hummingbird
import Platform
import Localization

/// The page of `APIKeyRoutes`.
enum APIKeyViews {
    static func page(_ keys: [APIKeys.Key], issued: String?, _ lang: Language) -> Page {
        Page(title: S.fbKeysTitle(lang), area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), FeedbackURL.list.path)]) { ctx in
            fragment {
                if let issued {
                    el("p", [.class("notice"), .init("role", "status")], text: S.fbKeyIssued(lang))
                    el("p") { el("code", [.id("issued-key")], text: issued) }
                }
                el("form", [.id("issue-key"), .init("method", "post"), .init("action", FeedbackURL.apiKeys.path)]) {
                    Components.csrfField(ctx)
                    Components.field(.init("ten", label: S.fbKeyLabel(lang), value: nil, errors: [], required: true, maxLength: 200), ctx)
                    Components.submit(S.fbKeyIssue(lang))
                }
                Components.tableWrap(ctx) {
                    el("table") {
                        el("thead") { el("tr") { for h in [S.fbKeyLabel, S.fbReceived, S.fbStatus] { el("th", [.init("scope", "col")], text: h(lang)) } } }
                        el("tbody") {
                            for key in keys {
                                el("tr") {
                                    el("td", text: key.label)
                                    el("td", text: "\(key.createdAt.replacingOccurrences(of: "T", with: " ")) — \(key.createdBy)")
                                    el("td") {
                                        if let revoked = key.revokedAt {
                                            "\(S.fbKeyRevoked(lang)) \(revoked.replacingOccurrences(of: "T", with: " "))"
                                        } else {
                                            el("form", [.init("method", "post"), .init("action", FeedbackURL.revokeKey("\(key.id)").path)]) {
                                                Components.csrfField(ctx)
                                                el("button", [.type("submit"), .class("button")], text: S.fbKeyRevoke(lang))
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
