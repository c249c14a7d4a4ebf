import Foundation
import Hummingbird
import Platform
import Localization

/// `/quan-tri/phan-anh/khoa-api`: administrators issue and revoke Open311 API keys.
enum APIKeyRoutes {
    static func register(_ routes: Routes, _ services: Services) {
        routes.staff.get(FeedbackURL.apiKeys.path, requires: .manageAPIKeys) { request, context in
            let keys = try await APIKeys.list(on: services.db)
            return try await services.render(page(keys, issued: nil, context.language), request, context)
        }
        routes.staff.post(FeedbackURL.apiKeys.path, requires: .manageAPIKeys) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let label = InputText.clean(fields["ten"] ?? "")
            guard !label.isEmpty, label.count <= 200 else { throw AppError.badRequest(S.fbErrRequired(context.language, S.fbKeyLabel(context.language))) }
            let key = try await APIKeys.issue(label: label, actor: context.actor, on: services.database)
            let keys = try await APIKeys.list(on: services.db)
            return try await services.render(page(keys, issued: key, context.language), request, context)
        }
        routes.staff.post(FeedbackURL.revokeKey(":id").path, requires: .manageAPIKeys) { _, context in
            try await APIKeys.revoke(context.parameters.get("id") ?? "", actor: context.actor, on: services.database)
            return Responses.redirect(FeedbackURL.apiKeys.path)
        }
    }

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
