import Catalog
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

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

    /// Counts how often each procedure was received over the last year and hands the counts to
    /// the catalogue's search as its usage prior (`ProcedureUsage`); once a day, one instance.
    public func procedureUsageJob(database: DatabaseHandle) -> ScheduledJob {
        ScheduledJob(name: "dossiers.procedure-usage") { now in
            let today = LocalDateTime(now).date
            guard try await Settings.get(ProcedureUsage.countedOnKey, on: database.db) != today.iso else { return }
            try await ProcedureUsage.replace(try await Self.procedureUses(since: today.adding(days: -365), on: database.sql), countedOn: today.iso, on: database)
        }
    }

    /// Dossiers received per procedure code since `day` (inclusive).
    static func procedureUses(since day: LocalDate, on sql: any SQLDatabase) async throws -> [String: Int] {
        var uses: [String: Int] = [:]
        for row in try await sql.raw("""
            SELECT procedure_code, COUNT(*) AS uses FROM dossiers WHERE code_day >= \(bind: day.iso) GROUP BY procedure_code
            """).all() {
            uses[try row.decode(column: "procedure_code", as: String.self)] = try row.decode(column: "uses", as: Int.self)
        }
        return uses
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
