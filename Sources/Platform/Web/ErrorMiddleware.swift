import FluentKit
import Foundation
import Hummingbird
import Localization

/// Turns every error into a Vietnamese (or English) page, or a JSON error under `/api`.
/// A refusal for scope is audited here, so no handler can forget it.
public struct ErrorMiddleware: RouterMiddleware {
    public typealias Context = AppRequestContext
    let database: DatabaseHandle
    let routes: RouteTable
    let navigation: Navigation

    public init(database: DatabaseHandle, routes: RouteTable, navigation: Navigation) {
        self.database = database
        self.routes = routes
        self.navigation = navigation
    }

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as AppError {
            if case .forbidden(let what) = error { await auditRefusal(request, context, what) }
            if case .unauthorized = error, !context.isAPI {
                let next = request.uri.path.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "/-_"))) ?? "/"
                return Responses.redirect(PlatformURL.signIn.path + "?next=\(next)")
            }
            if case .mustChangePassword = error, !context.isAPI { return Responses.redirect(PlatformURL.password.path) }
            return try await render(error, request, context)
        } catch let refusal as Refusal {
            return try await renderStatus(.unprocessableContent, "refused", refusal.text, request, context)
        } catch let error as any HTTPResponseError {
            // Hummingbird's own errors and NIO's (a body over `collectBody(upTo:)`'s limit is
            // `NIOTooManyBytesError`, status 413).
            if error.status == .notFound {
                let allowed = routes.allowedMethods(for: request.uri.path)
                if !allowed.isEmpty {
                    var response = try await renderStatus(.methodNotAllowed, "method_not_allowed", S.errorMethodNotAllowed, request, context)
                    response.headers[.allow] = allowed.joined(separator: ", ")
                    return response
                }
                return try await render(.notFound, request, context)
            }
            if error.status == .contentTooLarge { return try await render(.payloadTooLarge, request, context) }
            if error.status.code >= 500 {
                context.logger.error("request failed", metadata: ["error": .string(String(describing: type(of: error)))])
                return try await renderStatus(.internalServerError, "internal_error", S.errorInternal, request, context)
            }
            return try await renderStatus(error.status, "http_\(error.status.code)", S.errorBadRequest, request, context)
        } catch {
            context.logger.error("request failed", metadata: ["error": .string(String(describing: type(of: error)))])
            context.logger.debug("request failed detail", metadata: ["error": .string(String(describing: error))])
            return try await renderStatus(.internalServerError, "internal_error", S.errorInternal, request, context)
        }
    }

    func auditRefusal(_ request: Request, _ context: Context, _ what: String) async {
        do {
            try await Audit.record(
                on: database.db, actor: context.actor, action: "access.denied", entityType: "request",
                entityID: nil, label: "\(request.method) \(request.uri.path)", after: ["wanted": what])
        } catch {
            context.logger.error("could not audit a refusal")
        }
    }

    func render(_ error: AppError, _ request: Request, _ context: Context) async throws -> Response {
        let message: LocalizedText
        switch error {
        case .notFound: message = S.errorNotFound
        case .forbidden: message = S.errorForbidden
        case .unauthorized: message = S.errorUnauthorized
        case .csrf: message = S.errorCSRF
        case .tooManyRequests: message = S.errorTooManyRequests
        case .payloadTooLarge: message = S.errorPayloadTooLarge
        case .conflict: message = S.errorConflict
        case .mustChangePassword: message = S.errorMustChangePassword
        case .badRequest(let text):
            return try await renderStatus(error.status, error.code, LocalizedText(text, text), request, context)
        case .validation(let fields):
            if context.isAPI {
                let body = APIErrorBody(error: .init(
                    code: error.code, message: fields.map(\.message).joined(separator: "; "),
                    fields: Dictionary(fields.map { ($0.field, $0.message) }, uniquingKeysWith: { a, _ in a })))
                return try Responses.json(body, status: error.status)
            }
            message = S.errorBadRequest
        }
        return try await renderStatus(error.status, error.code, message, request, context)
    }

    func renderStatus(_ status: HTTPResponse.Status, _ code: String, _ message: LocalizedText, _ request: Request, _ context: Context) async throws -> Response {
        if context.isAPI {
            return try Responses.json(APIErrorBody(error: .init(code: code, message: message(context.language))), status: status)
        }
        // A signed-in person's error page is a staff page, with their menu (as `ErrorPage` lays it out).
        let area: PageArea = context.identity == nil ? .publicSite : .staff
        let ctx = (try? await PageContext.load(request, context, db: database.db, navigation: navigation, area: area))
            ?? PageContext(language: context.language, identity: context.identity, csrfToken: context.csrfToken, path: request.uri.path, site: nil, requestID: context.requestID, navigation: navigation)
        let page = ErrorPage.page(status: status, message: message, ctx)
        return Responses.html(Layout.render(page, ctx), status: status)
    }
}

enum ErrorPage {
    static func page(status: HTTPResponse.Status, message: LocalizedText, _ ctx: PageContext) -> Page {
        let lang = ctx.language
        let title: String = switch status.code {
        case 404: S.titleNotFound(lang)
        case 403: S.titleForbidden(lang)
        case 500: S.titleServerError(lang)
        default: S.titleError(lang, String(status.code))
        }
        return Page(title: title, area: ctx.identity == nil ? .publicSite : .staff, content: fragment {
            el("p", [.class("lead")], text: message(lang))
            if status.code >= 500 {
                el("p", text: S.errorRequestID(lang, ctx.requestID))
            }
            el("p") { el("a", [.href(PlatformURL.home.path)], text: S.backHome(lang)) }
        })
    }
}
