import Catalog
import FeedbackRules
import FluentKit
import Foundation
import Platform
import WorkCalendar

/// Feedback and petitions (PAKN; Decree 20/2008): registers its migrations, routes and menu entries.
public struct FeedbackFeature: Sendable {
    public let calendar: CalendarStore
    public let search: CatalogSearch

    public init(calendar: CalendarStore, search: CatalogSearch) {
        self.calendar = calendar
        self.search = search
    }

    /// This feature's part of the API's OpenAPI document (`Resources/openapi.json`).
    public static var openAPI: String { OpenAPIDocument.part(in: .module) }

    public static let migrations: [any Migration] = FeedbackMigrations.all

    public static let navigation = Navigation(
        publicItems: [.init(FeedbackURL.submit.path, S.fbNavSubmit), .init(FeedbackURL.published.path, S.fbNavPublished)],
        staffItems: [
            .init(FeedbackURL.list.path, S.fbNavStaff, requires: .viewFeedback),
            .init(FeedbackURL.rates.path, S.fbNavRates, requires: .viewFeedbackReports),
            .init(FeedbackURL.apiKeys.path, S.fbNavKeys, requires: .manageAPIKeys),
        ],
        publicCards: [.init(FeedbackURL.submit.path, S.homeFeedbackTitle, S.homeFeedbackText)],
        staffCards: [.init(FeedbackURL.list.path, S.fbNavStaff, S.staffFeedbackText, requires: .viewFeedback)])

    /// Records due and overdue reminders (`FeedbackReminders`), run by the leased job runner
    /// that `minhbach serve` starts, so several instances never record them twice.
    public func reminderJob(database: DatabaseHandle) -> ScheduledJob {
        ScheduledJob(name: "feedback.reminders") { now in
            let calendar = try await self.calendar.calendar(on: database.db)
            try await FeedbackReminders.record(on: database, calendar: calendar, now: LocalDateTime(now))
        }
    }

    public func register(_ routes: Routes, _ services: Services) {
        FeedbackPublishedRoutes.register(routes, services, self)
        FeedbackStaffRoutes.register(routes, services, self)
        FeedbackPublicRoutes.register(routes, services, self)
        Open311Routes.register(routes, services, self)
        FeedbackAPI.register(routes, services, self)
        APIKeyRoutes.register(routes, services)
        FeedbackRuleRoutes.register(routes, services)
    }
}
