import Foundation
import Hummingbird
import NIOConcurrencyHelpers

public typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

/// Remembers which methods each path pattern answers, so that a known path asked with the
/// wrong method gets 405 with `Allow` instead of 404.
public final class RouteTable: Sendable {
    private let entries = NIOLockedValueBox<[(method: String, segments: [Substring])]>([])
    private let staff = NIOLockedValueBox<[StaffRoute]>([])
    /// Paths under which requests are API calls: JSON (or the API's own format) errors, bearer
    /// tokens, no cookies and no CSRF form token. Platform's is `/api/`; a feature adds its own
    /// (Open311's `/open311/`) when it registers its routes.
    private let apiPrefixes = NIOLockedValueBox<[String]>(["/api/"])

    /// A staff route as registered: its method, path pattern and the permission it declares.
    public struct StaffRoute: Sendable {
        public let method: String
        public let path: String
        public let action: StaffAction
    }

    public init() {}

    func add(method: String, path: String, staffAction: StaffAction? = nil) {
        entries.withLockedValue { $0.append((method, path.split(separator: "/"))) }
        if let staffAction { staff.withLockedValue { $0.append(.init(method: method, path: path, action: staffAction)) } }
    }

    public func addAPIPrefix(_ prefix: String) {
        apiPrefixes.withLockedValue { $0.append(prefix) }
    }

    /// Whether `request` is an API call (see `addAPIPrefix`).
    public func isAPI(_ request: Request) -> Bool {
        let path = request.uri.path
        return apiPrefixes.withLockedValue { $0.contains { path.hasPrefix($0) } }
    }

    /// Every registered path pattern.
    public var allPaths: [String] {
        entries.withLockedValue { $0.map { "/" + $0.segments.joined(separator: "/") } }
    }

    /// Every route registered through `StaffRouter`, in order.
    public var staffRoutes: [StaffRoute] { staff.withLockedValue { $0 } }

    public func allowedMethods(for path: String) -> [String] {
        let parts = path.split(separator: "/")
        let methods = entries.withLockedValue { entries in
            entries.filter { entry in
                entry.segments.count == parts.count
                    && zip(entry.segments, parts).allSatisfy { $0.0.hasPrefix(":") || $0.0 == $0.1 }
            }.map(\.method)
        }
        var result = Set(methods)
        if result.contains("GET") { result.insert("HEAD") }
        return result.sorted()
    }
}

/// Registers handlers on the Hummingbird router and in the route table at once.
/// Public routes are registered here directly; staff routes through `staff`, which admits only
/// signed-in people holding the permission each route declares.
public struct Routes {
    public let router: Router<AppRequestContext>
    public let table: RouteTable
    public let staff: StaffRouter

    public init(router: Router<AppRequestContext>, table: RouteTable, services: Services) {
        self.router = router
        self.table = table
        self.staff = StaffRouter(router: router, table: table, services: services)
    }

    public func get(_ path: String, _ handler: @escaping Handler) {
        table.add(method: "GET", path: path)
        router.get(RouterPath(path)) { request, context in try await handler(request, context) }
    }

    public func post(_ path: String, _ handler: @escaping Handler) {
        table.add(method: "POST", path: path)
        router.post(RouterPath(path)) { request, context in try await handler(request, context) }
    }

    public func patch(_ path: String, _ handler: @escaping Handler) {
        table.add(method: "PATCH", path: path)
        router.patch(RouterPath(path)) { request, context in try await handler(request, context) }
    }

    public func delete(_ path: String, _ handler: @escaping Handler) {
        table.add(method: "DELETE", path: path)
        router.delete(RouterPath(path)) { request, context in try await handler(request, context) }
    }
}

extension RequestContext {
    public func uuidParameter(_ name: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else { throw AppError.notFound }
        return id
    }
}
