import FluentKit
import Foundation
import Hummingbird
import Localization

/// Sign-in, sign-out, password change, language switch.
public enum AuthRoutes {
    public static func register(_ routes: Routes, _ services: Services) {
        routes.get(PlatformURL.signIn.path) { request, context in
            if context.identity != nil { return Responses.redirect(PlatformURL.staffHome.path) }
            let next = safeNext(request.queryFields["next"])
            return try await services.render(AuthViews.signIn(username: "", next: next, errors: [], context.language), request, context)
        }
        routes.post(PlatformURL.signIn.path) { request, context in try await signIn(request, context, services) }
        routes.post(PlatformURL.signOut.path) { request, context in
            if let identity = context.identity { try await SessionStore.delete(id: identity.sessionID, on: services.db) }
            var response = Responses.redirect(PlatformURL.home.path)
            response.setCookie(SiteCookies.make(IdentityMiddleware.sessionCookie, "", maxAge: 0, config: services.config))
            return response
        }
        routes.staff.get(PlatformURL.password.path, requires: .manageOwnAccount, initialPasswordAllowed: true) { request, context in
            return try await services.render(AuthViews.changePassword(errors: [], notice: nil, context.language), request, context)
        }
        routes.staff.post(PlatformURL.password.path, requires: .manageOwnAccount, initialPasswordAllowed: true) { request, context in try await changePassword(request, context, services) }
        routes.get(PlatformURL.language(":lang").path) { request, context in
            let language = Language(rawValue: context.parameters.get("lang") ?? "") ?? .vi
            var response = Responses.redirect(safeNext(request.queryFields["next"]) ?? PlatformURL.home.path)
            response.setCookie(SiteCookies.make(IdentityMiddleware.languageCookie, language.rawValue, maxAge: 365 * 86400, config: services.config))
            return response
        }
    }

    /// Only local paths, so a link cannot send someone to another site after signing in.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return nil }
        return next
    }

    static func signIn(_ request: Request, _ context: AppRequestContext, _ services: Services) async throws -> Response {
        var request = request
        let fields = try await request.formFields(context: context)
        let lang = context.language
        let username = InputText.clean(fields["username"] ?? "").lowercased()
        let next = safeNext(fields["next"])
        let db = services.db
        func refuse(_ message: LocalizedText, status: HTTPResponse.Status) async throws -> Response {
            let page = AuthViews.signIn(username: username, next: next, errors: [FieldError(field: "username", message: message(lang))], lang)
            return try await services.render(page, request, context, status: status)
        }
        let model: PersonModel
        switch try await SignIn.check(username: username, password: fields["password"] ?? "", address: context.clientAddress ?? "unknown", at: context.now, on: db) {
        case .missing: return try await refuse(S.signInMissing, status: .unprocessableContent)
        case .throttled: return try await refuse(S.signInThrottled, status: .tooManyRequests)
        case .failed: return try await refuse(S.signInFailed, status: .unauthorized)
        case .success(let person): model = person
        }
        let token = try await db.transaction { tx in
            model.lastLoginAt = context.now
            try await model.update(on: tx)
            let token = try await SessionStore.create(for: model.id!, kind: .web, at: context.now, on: tx)
            var actor = context.actor
            actor.personID = model.id
            actor.name = "\(model.fullName) (\(model.username))"
            try await Audit.record(on: tx, actor: actor, action: "session.sign_in", entityType: "person", entityID: model.id!.uuidString, label: model.username)
            return token
        }
        let destination = services.config.isProduction && model.mustChangePassword ? PlatformURL.password.path : (next ?? PlatformURL.staffHome.path)
        var response = Responses.redirect(destination)
        response.setCookie(SiteCookies.make(IdentityMiddleware.sessionCookie, token, maxAge: Int(SessionStore.webLifetime), config: services.config))
        // A new CSRF token for the new session.
        response.setCookie(SiteCookies.make(IdentityMiddleware.csrfCookie, Tokens.random(), maxAge: nil, config: services.config))
        return response
    }

    static func changePassword(_ request: Request, _ context: StaffRequestContext, _ services: Services) async throws -> Response {
        var request = request
        let person = context.person
        let fields = try await request.formFields(context: context)
        let lang = context.language
        let current = fields["current_password"] ?? ""
        let new = fields["new_password"] ?? ""
        let repeated = fields["repeat_password"] ?? ""
        var errors: [FieldError] = []
        guard let model = try await PersonModel.find(person.id, on: services.db) else { throw AppError.unauthorized }
        if !(await Passwords.verify(current, hash: model.passwordHash)) {
            errors.append(FieldError(field: "current_password", message: S.passwordCurrentWrong(lang)))
        }
        if !Passwords.isStrongEnough(new) {
            errors.append(FieldError(field: "new_password", message: S.passwordTooWeak(lang, String(Passwords.minimumLength))))
        } else if new == current {
            errors.append(FieldError(field: "new_password", message: S.passwordSameAsOld(lang)))
        }
        if new != repeated { errors.append(FieldError(field: "repeat_password", message: S.passwordRepeatMismatch(lang))) }
        guard errors.isEmpty else {
            return try await services.render(AuthViews.changePassword(errors: errors, notice: nil, lang), request, context, status: .unprocessableContent)
        }
        try await PersonStore.setPassword(person.id, to: new, mustChange: false, cost: services.config.bcryptCost, actor: context.actor, on: services.db)
        // Setting the password ended every session; open a fresh one for this browser.
        let token = try await SessionStore.create(for: person.id, kind: .web, at: context.now, on: services.db)
        var response = Responses.redirect(PlatformURL.staffHome.path + "?thong-bao=mat-khau")
        response.setCookie(SiteCookies.make(IdentityMiddleware.sessionCookie, token, maxAge: Int(SessionStore.webLifetime), config: services.config))
        return response
    }
}
