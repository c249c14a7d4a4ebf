import Foundation
import Hummingbird
import NIOConcurrencyHelpers
import NIOCore
import Localization
import WorkCalendar

/// The signed-in person behind a request.
public struct Identity: Sendable {
    public var person: PersonRecord
    public var sessionID: String
    public var unitName: String
}

/// What middleware learned about a request, passed on to handlers.
public struct AppRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: String?
    public var identity: Identity?
    public var language: Language = .vi
    /// Set by `IdentityMiddleware` on page requests; nil on the API, which takes no cookies.
    public var csrf: CSRFToken?
    /// The token a form must send back (see `CSRFToken`); empty on the API.
    public var csrfToken: String { csrf?.value ?? "" }
    public var requestID: String = ""
    /// Whether the request is for the JSON API (decided once, by `HeadersMiddleware`, the
    /// outermost): the API takes no cookies and answers errors in JSON.
    public var isAPI = false
    /// Client address after the proxy rule; kept out of logs, stored only in audit records.
    public var clientAddress: String?
    /// The request's moment, read once from the application's clock by `IdentityMiddleware`:
    /// every rule, record and audit entry of one request sees the same time.
    public var now: Date = .distantPast
    /// The request's moment in Vietnam's time.
    public var localNow: LocalDateTime { LocalDateTime(now) }

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress?.ipAddress
        clientAddress = remoteAddress
    }

    /// Uploads are parsed by the features that take them, each with its own smaller limit.
    public var maxUploadSize: Int { 12 * 1024 * 1024 }

    public var actor: AuditActor {
        AuditActor(
            personID: identity?.person.id, name: identity.map { "\($0.person.fullName) (\($0.person.username))" } ?? "anonymous",
            address: clientAddress, requestID: requestID, at: now)
    }
}

/// The double-submit token of one page request: the one in the visitor's cookie when it is
/// well formed, otherwise a new one made the first time a page asks for it (to put in a form).
/// Responses that never ask (JSON, files, health checks) cost no randomness and set no cookie.
public final class CSRFToken: Sendable {
    public let cookie: String?
    private let made = NIOLockedValueBox<String?>(nil)

    public init(cookie: String?) {
        self.cookie = cookie.flatMap { $0.utf8.count == 43 ? $0 : nil }
    }

    public var value: String {
        if let cookie { return cookie }
        return made.withLockedValue { made in
            if let made { return made }
            let token = Tokens.random()
            made = token
            return token
        }
    }

    /// The new token to send as a cookie, when one was made.
    public var toSet: String? { made.withLockedValue { $0 } }
}
