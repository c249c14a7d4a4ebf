import FluentKit
import Foundation
import Platform
import PlanRules

/// Communication plans (docs/LEGAL-READINGS.md §6): registers its migrations, routes and menu entries, and
/// offers the reminder job.
public struct PlansFeature: Sendable {
    public let calendar: CalendarStore
    /// Links from report evidence to other features' public pages.
    public let recordLinks: RecordLinks

    public init(calendar: CalendarStore, recordLinks: RecordLinks = RecordLinks()) {
        self.calendar = calendar
        self.recordLinks = recordLinks
    }

    /// This feature's part of the API's OpenAPI document (`Resources/openapi.json`).
    public static var openAPI: String { OpenAPIDocument.part(in: .module) }

    public static let migrations: [any Migration] = PlanMigrations.all

    public static let navigation = Navigation(
        publicItems: [.init(PlanURL.publicList.path, S.navPublicPlans)],
        staffItems: [
            .init(PlanURL.list.path, S.navPlans, requires: .viewPlans),
            .init(PlanURL.inbox.path, S.navInbox, requires: .viewPlans,
                  count: .init(label: S.navUnread) { person, db in
                      try await NotificationStore.unreadCount(unit: person.unitID, person: person.id, on: db)
                  }),
        ],
        publicCards: [.init(PlanURL.publicList.path, S.homePlansTitle, S.homePlansText)],
        staffCards: [.init(PlanURL.list.path, S.navPlans, S.staffPlansText, requires: .viewPlans)])

    public func register(_ routes: Routes, _ services: Services) {
        PlanEditRoutes.register(routes, services)
        PlanTaskRoutes.register(routes, services, self)
        ReportRoutes.register(routes, services, self)
        MonitoringRoutes.register(routes, services, self)
        ResultsRoutes.register(routes, services, self)
        PlanPublicRoutes.register(routes, services)
        PlanAPI.register(routes, services, self)
        PlanStaffRoutes.register(routes, services, self)
    }
}
