import FluentKit
import Foundation
import Platform

/// The procedure catalogue: registers its migrations, routes and menu entries.
public struct CatalogFeature: Sendable {
    public let search = CatalogSearch()
    /// Pages other features keep about a procedure (the dossiers' internal workflow), linked from
    /// the procedure's staff page for the people whose role allows them.
    public let procedureLinks: [ProcedureLink]

    public init(procedureLinks: [ProcedureLink] = []) {
        self.procedureLinks = procedureLinks
    }

    /// This feature's part of the API's OpenAPI document (`Resources/openapi.json`).
    public static var openAPI: String { OpenAPIDocument.part(in: .module) }

    public static let migrations = CatalogMigrations.all

    public static let navigation = Navigation(
        publicItems: [.init(CatalogURL.search.path, S.navProcedures)],
        staffItems: [.init(CatalogURL.staffSearch.path, S.navCatalogStaff, requires: .editCatalog)],
        publicCards: [.init(CatalogURL.search.path, S.homeProceduresTitle, S.homeProceduresText)],
        staffCards: [.init(CatalogURL.staffSearch.path, S.navCatalogStaff, S.staffCatalogText, requires: .editCatalog)])

    public func register(_ routes: Routes, _ services: Services) {
        CatalogRoutes.register(routes, services, search)
        CatalogAPI.register(routes, services, search)
        CatalogStaffRoutes.register(routes, services, search, procedureLinks)
        LexiconRoutes.register(routes, services, search)
        ProcedureFormRoutes.register(routes, services)
    }
}
