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

    /// The signed-in staff member allowed to do `action`; otherwise 401 (sign-in) or 403.
    /// In production a person still holding an initial password is sent to change it first.
    public func staff(_ context: AppRequestContext, _ action: StaffAction = .enterStaffArea) async throws -> PersonRecord {
        let person = try context.requirePerson()
        if config.isProduction, person.mustChangePassword { throw AppError.mustChangePassword }
        try await Authorizer.check(person, action, on: db)
        return person
    }
}
