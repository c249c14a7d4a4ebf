import FluentKit
import Foundation
import Hummingbird

/// What every feature's handlers share: the database, the configuration, the clock, and page
/// rendering.
public struct Services: Sendable {
    public let database: DatabaseHandle
    public let config: AppConfig
    public let clock: WallClock
    public let navigation: Navigation

    public init(database: DatabaseHandle, config: AppConfig, clock: WallClock, navigation: Navigation = .platform) {
        self.database = database
        self.config = config
        self.clock = clock
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
}
