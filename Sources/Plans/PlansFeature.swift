import FluentKit
import Foundation
import Platform
import PlanRules

/// Communication plans (DOMAIN.md §1): registers its migrations, routes and menu entries.
public struct PlansFeature: Sendable {
    public let calendar: CalendarStore

    public init(calendar: CalendarStore) {
        self.calendar = calendar
    }

    public static let migrations: [any Migration] = []

    public static let navigation = Navigation()

    public func register(_ routes: Routes, _ services: Services) {}
}
