import Foundation
import Hummingbird
import Platform
import Localization

/// `/quan-tri/phan-anh/khoa-api`: administrators issue and revoke Open311 API keys.
enum APIKeyRoutes {
    static func register(_ routes: Routes, _ services: Services) {
        routes.staff.get(FeedbackURL.apiKeys.path, requires: .manageAPIKeys) { request, context in
            let keys = try await APIKeys.list(on: services.db)
            return try await services.render(APIKeyViews.page(keys, issued: nil, context.language), request, context)
        }
        routes.staff.post(FeedbackURL.apiKeys.path, requires: .manageAPIKeys) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let label = InputText.clean(fields["ten"] ?? "")
            if let problem = label.isEmpty ? .missing : InputText.problem(label, maxLength: 200) {
                throw AppError.badRequest(S.fieldProblem(S.fbKeyLabel, problem, context.language))
            }
            let key = try await APIKeys.issue(label: label, actor: context.actor, on: services.database)
            let keys = try await APIKeys.list(on: services.db)
            return try await services.render(APIKeyViews.page(keys, issued: key, context.language), request, context)
        }
        routes.staff.post(FeedbackURL.revokeKey(":id").path, requires: .manageAPIKeys) { _, context in
            try await APIKeys.revoke(context.parameters.get("id") ?? "", actor: context.actor, on: services.database)
            return Responses.redirect(FeedbackURL.apiKeys.path)
        }
    }
}
