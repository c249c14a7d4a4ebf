import Foundation
import Hummingbird

/// A request made by a signed-in staff member. Staff handlers take this context, and it can
/// only be made from a request that carries a session: Hummingbird builds it in the router
/// group's transform (`init(context:)`), before the handler runs, and refuses with 401 (a
/// sign-in redirect on pages) otherwise. So no handler under `/quan-tri` can forget the check.
///
/// What the page context knows (language, CSRF token, the audit actor…) is read through to the
/// parent context, so a handler writes `context.language` as on a public route.
@dynamicMemberLookup
public struct StaffRequestContext: ChildRequestContext {
    public typealias ParentContext = AppRequestContext
    public var coreContext: CoreRequestContextStorage
    /// The request's context before the staff check (for helpers shared with public routes).
    public let app: AppRequestContext
    public let identity: Identity

    public init(context: AppRequestContext) throws {
        guard let identity = context.identity else { throw AppError.unauthorized }
        self.coreContext = context.coreContext
        self.app = context
        self.identity = identity
    }

    /// The signed-in person.
    public var person: PersonRecord { identity.person }

    public var maxUploadSize: Int { app.maxUploadSize }

    public subscript<Value>(dynamicMember keyPath: KeyPath<AppRequestContext, Value>) -> Value {
        app[keyPath: keyPath]
    }
}

public typealias StaffHandler = @Sendable (Request, StaffRequestContext) async throws -> Response

/// Registers the staff area's handlers. Each route declares the permission it needs where it
/// is registered; the person is checked against it (`Authorizer`) before the handler runs.
/// Rules that depend on the record (a dossier's units, a unit's place in the tree) are checked
/// again by the handler once it has loaded the record, through `Authorizer.check`.
public struct StaffRouter {
    let group: RouterGroup<StaffRequestContext>
    let table: RouteTable
    let services: Services

    public init(router: Router<AppRequestContext>, table: RouteTable, services: Services) {
        self.group = router.group(context: StaffRequestContext.self)
        self.table = table
        self.services = services
    }

    public func get(_ path: String, requires action: StaffAction, initialPasswordAllowed: Bool = false, _ handler: @escaping StaffHandler) {
        add(.get, path, action, initialPasswordAllowed, handler)
    }

    public func post(_ path: String, requires action: StaffAction, initialPasswordAllowed: Bool = false, _ handler: @escaping StaffHandler) {
        add(.post, path, action, initialPasswordAllowed, handler)
    }

    public func patch(_ path: String, requires action: StaffAction, _ handler: @escaping StaffHandler) {
        add(.patch, path, action, false, handler)
    }

    public func delete(_ path: String, requires action: StaffAction, _ handler: @escaping StaffHandler) {
        add(.delete, path, action, false, handler)
    }

    private func add(_ method: HTTPRequest.Method, _ path: String, _ action: StaffAction, _ initialPasswordAllowed: Bool,
                     _ handler: @escaping StaffHandler) {
        table.add(method: method.rawValue, path: path, staffAction: action)
        let services = services
        group.on(RouterPath(path), method: method, use: { request, context in
            if !initialPasswordAllowed, services.config.isProduction, context.person.mustChangePassword {
                throw AppError.mustChangePassword
            }
            try await Authorizer.check(context.person, action, on: services.db)
            return try await handler(request, context)
        })
    }
}
