import FluentKit
import Foundation

/// Checks a username and password for the sign-in page and the API alike: throttling first,
/// then the password, recording the attempt either way.
public enum SignIn {
    public enum Outcome: Sendable {
        case success(PersonModel)
        case missing
        case throttled
        case failed
    }

    public static func check(username rawUsername: String, password: String, address: String, at now: Date, on db: any Database) async throws -> Outcome {
        let username = InputText.clean(rawUsername).lowercased()
        guard !username.isEmpty, !password.isEmpty, username.count <= 100, password.count <= 200 else { return .missing }
        if try await LoginThrottle.isLocked(username: username, address: address, at: now, on: db) { return .throttled }
        guard let model = try await PersonStore.find(username: username, on: db), !model.disabled,
              await Passwords.verify(password, hash: model.passwordHash)
        else {
            try await LoginThrottle.record(username: username, address: address, succeeded: false, at: now, on: db)
            return .failed
        }
        try await LoginThrottle.record(username: username, address: address, succeeded: true, at: now, on: db)
        return .success(model)
    }
}

/// Every cookie the site sets: path `/`, HttpOnly, SameSite=Lax, Secure in production.
public enum SiteCookies {
    public static func make(_ name: String, _ value: String, maxAge: Int?, config: AppConfig) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: config.isProduction, httpOnly: true, sameSite: .lax)
    }
}

import Hummingbird
