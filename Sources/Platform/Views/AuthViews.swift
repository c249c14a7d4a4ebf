import FluentKit
import Foundation
import Hummingbird
import Localization

enum AuthViews {
    static func signIn(username: String, next: String?, errors: [FieldError], _ lang: Language) -> Page {
        Page(title: S.signInTitle(lang), content: .fragment([]))
            .with { ctx in
                fragment {
                    Components.errorSummary(errors, ctx)
                    el("p", text: S.signInIntro(lang))
                    el("form", [.id("login-form"), .init("method", "post"), .init("action", PlatformURL.signIn.path), .class("narrow")]) {
                        Components.csrfField(ctx)
                        if let next { el("input", [.type("hidden"), .name("next"), .value(next)]) }
                        Components.field(.init("username", label: S.username(lang), value: username, errors: errors, required: true, autocomplete: "username", maxLength: 100), ctx)
                        Components.field(.init("password", label: S.password(lang), value: nil, errors: [], required: true, type: "password", autocomplete: "current-password", maxLength: 200), ctx)
                        Components.submit(S.signIn(lang))
                    }
                }
            }
    }

    static func changePassword(errors: [FieldError], notice: String?, _ lang: Language) -> Page {
        Page(title: S.changePassword(lang), area: .staff, content: .empty).with { ctx in
            fragment {
                Components.errorSummary(errors, ctx)
                if ctx.identity?.person.mustChangePassword == true { el("p", [.class("notice")], text: S.passwordMustChange(lang)) }
                el("form", [.id("password-form"), .init("method", "post"), .init("action", PlatformURL.password.path), .class("narrow")]) {
                    Components.csrfField(ctx)
                    Components.field(.init("current_password", label: S.currentPassword(lang), value: nil, errors: errors, required: true, type: "password", autocomplete: "current-password"), ctx)
                    Components.field(.init("new_password", label: S.newPassword(lang), value: nil, errors: errors, required: true, hint: S.passwordHint(lang, String(Passwords.minimumLength)), type: "password", autocomplete: "new-password"), ctx)
                    Components.field(.init("repeat_password", label: S.repeatPassword(lang), value: nil, errors: errors, required: true, type: "password", autocomplete: "new-password"), ctx)
                    Components.submit(S.save(lang))
                }
            }
        }
    }
}
