import Catalog
import FluentKit
import Foundation
import Platform

/// One-stop dossiers: registers migrations, routes and menu entries.
public struct DossiersFeature: Sendable {
    public let calendar: CalendarStore
    public let search: CatalogSearch
    public let lookup = LookupCache()
    public let guardian = LookupGuard()

    public init(calendar: CalendarStore, search: CatalogSearch) {
        self.calendar = calendar
        self.search = search
    }

    /// This feature's part of the API's OpenAPI document (`Resources/openapi.json`).
    public static var openAPI: String { OpenAPIDocument.part(in: .module) }

    public static let migrations = DossierMigrations.all

    public static let navigation = Navigation(
        publicItems: [.init(DossierURL.lookup.path, S.navLookup)],
        staffItems: [
            .init(DossierURL.list.path, S.navDossiers, requires: .viewDossiers),
            .init(DossierURL.statistics.path, S.navDossierStats, requires: .viewDossierReports),
        ],
        publicCards: [.init(DossierURL.lookup.path, S.homeDossierTitle, S.homeDossierText)],
        staffCards: [.init(DossierURL.list.path, S.navDossiers, S.staffDossiersText, requires: .viewDossiers)])

    /// The procedure's internal workflow, linked from the catalogue's staff page.
    public static let procedureLinks = [
        ProcedureLink(S.workflowLink, requires: .editWorkflow) { code in DossierURL.workflow("\(code)").path },
    ]

    /// The public lookup of a dossier by its code (linked from other features' pages).
    public static func publicLookupPath(code: String) -> String {
        DossierURL.lookup.path + "?ma=" + code.urlComponentEncoded
    }

    /// Deletes old lookup change notes; one instance a minute (see `LookupCache`).
    public func pruneChangesJob(database: DatabaseHandle) -> ScheduledJob {
        ScheduledJob(name: "dossiers.prune-changes") { now in try await LookupCache.pruneChanges(on: database.sql, now: now) }
    }

    public func register(_ routes: Routes, _ services: Services) {
        DossierStatsRoutes.register(routes, services, self)
        WorkflowRoutes.register(routes, services)
        DossierPrintRoutes.register(routes, services, self)
        DossierStaffRoutes.register(routes, services, self)
        DossierPublicRoutes.register(routes, services, self)
        DossierAPI.register(routes, services, self)
    }
}
