import FeedbackRules
import Foundation
import Hummingbird
import Platform
import WorkCalendar

/// `/phan-anh-kien-nghi/cong-khai` (published answers and statistics) and the staff page of the
/// Decision 766 rates. Nothing here reads the sender's data.
enum FeedbackPublishedRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.get(FeedbackURL.published.path) { request, context in
            let query = request.queryFields
            var filter = FeedbackPublished.Filter()
            filter.text = String((query["q"] ?? "").prefix(200))
            filter.field = query["linh-vuc"] ?? ""
            filter.unit = query["don-vi"] ?? ""
            filter.from = (query["tu"]).flatMap(LocalDate.init(iso:))
            filter.to = (query["den"]).flatMap(LocalDate.init(iso:))
            let all = try await FeedbackPublished.all(on: services.db)
            let items = FeedbackPublished.search(all, filter)
            let stats = try await statistics(filter.from, filter.to, services)
            let units = try await FeedbackUnits.load(services)
            let model = FeedbackPublishedViews.Model(filter: filter, items: items, fields: Array(Set(all.map(\.field))).sorted(),
                                                     units: units, statistics: stats)
            return try await services.render(FeedbackPublishedViews.page(model, context.language), request, context)
        }
        routes.staff.get(FeedbackURL.rates.path, requires: .viewFeedbackReports) { request, context in
            let query = request.queryFields
            let stats = try await statistics(query["tu"].flatMap(LocalDate.init(iso:)), query["den"].flatMap(LocalDate.init(iso:)), services)
            let units = try await FeedbackUnits.load(services)
            return try await services.render(FeedbackPublishedViews.rates(stats, units: units, context.language), request, context)
        }
    }

    /// The statistics by unit for [from, to] (default: this year to today).
    static func statistics(_ from: LocalDate?, _ to: LocalDate?, _ services: Services) async throws -> FeedbackStatistics? {
        let today = services.clock.today
        let start = from ?? LocalDate(year: today.year, month: 1, day: 1)!
        let end = to ?? today
        return try? FeedbackStatistics.compute(try await FeedbackStore.lifecycles(on: services.db), from: start, to: end, groupedBy: .unit)
    }
}

extension LocalDate {
    init?(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        self.init(year: parts[0], month: parts[1], day: parts[2])
    }
}
