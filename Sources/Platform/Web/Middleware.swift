import FluentKit
import Foundation
import Hummingbird
import Logging
import Localization

/// Outermost: request id, security headers, one log line per request (no personal data:
/// no query string, no address), and a last-resort 500.
///
/// Pages get the full browser policy. JSON answers under the API prefixes get the part that
/// means something for a document no one renders (OWASP's advice for REST services): no
/// content sniffing, no framing, no active content. The fields are made once and appended as
/// they are, so a response pays for neither their validation nor a search-and-replace.
public struct HeadersMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    typealias Field = HTTPFields.Element
    let routes: RouteTable
    let page: [Field]
    let api: [Field]

    public init(production: Bool, routes: RouteTable) {
        self.routes = routes
        page = production ? Self.pageFields + [Self.strictTransport] : Self.pageFields
        api = production ? Self.apiFields + [Self.strictTransport] : Self.apiFields
    }

    static let requestID: HTTPFields.Element.Name = .init("X-Request-Id")!
    static let strictTransport = Field(name: .strictTransportSecurity, value: "max-age=31536000")
    static let pageFields: [Field] = [
        Field(
            name: .contentSecurityPolicy,
            value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"),
        Field(name: .init("X-Frame-Options")!, value: "DENY"),
        Field(name: .init("X-Content-Type-Options")!, value: "nosniff"),
        Field(name: .init("Referrer-Policy")!, value: "same-origin"),
        Field(name: .init("Permissions-Policy")!, value: "camera=(), microphone=(), geolocation=()"),
    ]
    static let apiFields: [Field] = [
        Field(name: .contentSecurityPolicy, value: "default-src 'none'; frame-ancestors 'none'"),
        Field(name: .init("X-Content-Type-Options")!, value: "nosniff"),
    ]

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        // Hummingbird's own request id (also in every log line of the request).
        context.requestID = context.id
        context.isAPI = routes.isAPI(request)
        let started = ContinuousClock.now
        var response: Response
        do {
            response = try await next(request, context)
        } catch {
            context.logger.error("unhandled error", metadata: ["type": .string("\(type(of: error))")])
            response = Responses.text("500 \(context.requestID)", status: .internalServerError)
        }
        response.headers.append(Field(name: Self.requestID, value: context.requestID))
        for field in context.isAPI ? api : page where !response.headers.contains(field.name) {
            response.headers.append(field)
        }
        let elapsed = ContinuousClock.now - started
        let ms = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code) \(String(format: "%.1f", ms))ms")
        return response
    }
}

/// Who is asking and in which language; the CSRF token for forms. Sets the cookies it needs.
public struct IdentityMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let database: DatabaseHandle
    let config: AppConfig
    let clock: WallClock

    public init(database: DatabaseHandle, config: AppConfig, clock: WallClock) {
        self.database = database
        self.config = config
        self.clock = clock
    }

    public static let sessionCookie = "mb_session"
    public static let csrfCookie = "mb_csrf"
    public static let languageCookie = "mb_lang"

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        context.now = clock.now
        if config.trustProxy, let forwarded = request.headers[.init("X-Forwarded-For")!]?.split(separator: ",").first {
            context.clientAddress = forwarded.trimmingCharacters(in: .whitespaces)
        }
        if context.isAPI {
            context.language = Language.preferred(acceptLanguage: request.headers[.acceptLanguage]) ?? .vi
            if let auth = request.headers[.authorization], auth.hasPrefix("Bearer ") {
                let token = String(auth.dropFirst(7))
                let db = database.db
                if let (id, person) = try await SessionStore.resolve(token: token, kind: .api, at: context.now, on: db) {
                    context.identity = try await Self.identity(person, sessionID: id, db: db)
                }
            }
            return try await next(request, context)
        }
        let cookies = request.cookies
        context.language = cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? .vi
        if let token = cookies[Self.sessionCookie]?.value {
            let db = database.db
            if let (id, person) = try await SessionStore.resolve(token: token, kind: .web, at: context.now, on: db) {
                context.identity = try await Self.identity(person, sessionID: id, db: db)
            }
        }
        let csrf = CSRFToken(cookie: cookies[Self.csrfCookie]?.value)
        context.csrf = csrf
        var response = try await next(request, context)
        if let made = csrf.toSet {
            response.setCookie(SiteCookies.make(Self.csrfCookie, made, maxAge: nil, config: config))
        }
        return response
    }

    static func identity(_ person: PersonRecord, sessionID: String, db: any Database) async throws -> Identity {
        let unit = try await UnitStore.find(person.unitID, on: db)
        return Identity(person: person, sessionID: sessionID, unitName: unit?.name ?? "")
    }
}

/// Refuses a state-changing form post whose `_csrf` field does not match the cookie
/// (double-submit; the cookie is HttpOnly and SameSite). The JSON API takes bearer
/// tokens only, never cookies, so it needs no token.
public struct CSRFMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let routes: RouteTable
    public init(routes: RouteTable) { self.routes = routes }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard ![.get, .head, .options].contains(request.method), !context.isAPI,
              routes.allowedMethods(for: request.uri.path).contains(request.method.rawValue)
        else {
            return try await next(request, context)
        }
        var request = request
        let cookie = request.cookies[IdentityMiddleware.csrfCookie]?.value ?? ""
        var submitted = request.headers[.init("X-CSRF-Token")!] ?? ""
        let contentType = request.headers[.contentType] ?? ""
        if submitted.isEmpty, contentType.hasPrefix("application/x-www-form-urlencoded") {
            let buffer = try await request.collectBody(upTo: context.maxUploadSize)
            submitted = FormFields(urlEncoded: String(buffer: buffer))["_csrf"] ?? ""
        }
        if submitted.isEmpty { submitted = request.queryFields["_csrf"] ?? "" }
        guard !cookie.isEmpty, Tokens.constantTimeEqual(cookie, submitted) else { throw AppError.csrf }
        return try await next(request, context)
    }
}
