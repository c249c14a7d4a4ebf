import Catalog
import FeedbackRules
import FluentKit
import Foundation
import Platform

/// Feedback and petitions (PAKN; Decree 20/2008): registers its migrations, routes and menu entries.
public struct FeedbackFeature: Sendable {
    public let calendar: CalendarStore
    public let search: CatalogSearch

    public init(calendar: CalendarStore, search: CatalogSearch) {
        self.calendar = calendar
        self.search = search
    }

    public static let migrations: [any Migration] = []

    public static let navigation = Navigation()

    public func register(_ routes: Routes, _ services: Services) {}
}
