import FluentKit
import Foundation
import Hummingbird

/// What every feature's handlers share: the database, the configuration, and page rendering.
public struct Services: Sendable {
    public let database: DatabaseHandle
    public let config: AppConfig
    public let navigation: Navigation

    public init(database: DatabaseHandle, config: AppConfig, navigation: Navigation = .platform) {
        self.database = database
        self.config = config
        self.navigation = navigation
    }

    public var db: any Database { database.db }

    public func render(_ page: Page, _ request: Request, _ context: AppRequestContext, status: HTTPResponse.Status = .ok) async throws -> Response {
        let ctx = try await PageContext.load(request, context, db: db, navigation: navigation, area: page.area)
        return Responses.html(Layout.render(page, ctx), status: status)
    }

    public func render(_ page: Page, _ request: Request, _ context: StaffRequestContext, status: HTTPResponse.Status = .ok) async throws -> Response {
        try await render(page, request, context.app, status: status)
    }

    /// A rule that depends on a record the handler has loaded (the route's own permission was
    /// checked before the handler ran): allows or throws `AppError.forbidden`.
    public func check(_ context: StaffRequestContext, _ action: StaffAction) async throws {
        try await Authorizer.check(context.person, action, on: db)
    }

    /// Whether the signed-in person may do `action` (to show or hide a link or a form).
    public func allows(_ context: StaffRequestContext, _ action: StaffAction) async throws -> Bool {
        try await Authorizer.isAllowed(context.person, action, on: db)
    }
}
