import FluentKit
import Foundation
import Platform

/// The procedure catalogue: registers its migrations, routes and menu entries.
public struct CatalogFeature: Sendable {
    public let search = CatalogSearch()

    public init() {}

    public static let migrations = CatalogMigrations.all

    public static let navigation = Navigation(
        publicItems: [.init(CatalogURL.search.path, S.navProcedures)],
        staffItems: [.init(CatalogURL.staffSearch.path, S.navCatalogStaff, requires: .editCatalog)])

    public func register(_ routes: Routes, _ services: Services) {
        CatalogRoutes.register(routes, services, search)
        CatalogAPI.register(routes, services, search)
        CatalogStaffRoutes.register(routes, services, search)
        ProcedureFormRoutes.register(routes, services)
    }
}
