import FeedbackRules
import Foundation
import Hummingbird
import Platform
import WorkCalendar

/// `/api/v1/feedback`: published answers (filterable), the statistics, and one case's public
/// view. Nothing here carries the sender's data.
enum FeedbackAPI {
    struct PublishedDTO: Codable, Sendable {
        var code: String
        var field: String
        var unit: String?
        var contentKind: String
        var publishedAt: String
        var question: String
        var answer: String
    }

    struct CaseDTO: Codable, Sendable {
        var code: String
        var status: String
        var statusName: String
        var contentKind: String
        var receivedAt: String
        var answerDue: String?
        var publishedQuestion: String?
        var publishedAnswer: String?
    }

    struct StatisticsRowDTO: Codable, Sendable {
        var unit: String
        var received: Int
        var handledOnTime: Int
        var handledLate: Int
        var notAccepted: Int
        var pending: Int
        var onTimeRate: Double?
        var satisfactionRate: Double?
    }

    static func register(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.get(FeedbackURL.apiList.path) { request, _ in
            let query = request.queryFields
            var filter = FeedbackPublished.Filter()
            filter.text = String((query["q"] ?? "").prefix(200))
            filter.field = query["field"] ?? ""
            filter.unit = query["unit"] ?? ""
            filter.from = query["from"].flatMap(LocalDate.init(iso:))
            filter.to = query["to"].flatMap(LocalDate.init(iso:))
            let units = try await FeedbackUnits.load(services)
            let items = FeedbackPublished.search(try await FeedbackPublished.all(on: services.db), filter).prefix(200).map { item in
                PublishedDTO(code: item.code, field: item.field, unit: item.unitID.map { units.name($0) }, contentKind: item.contentKind.rawValue,
                             publishedAt: item.publishedAt.iso, question: item.question, answer: item.answer)
            }
            return try Responses.json(Array(items))
        }
        routes.get(FeedbackURL.apiStatistics.path) { request, _ in
            let query = request.queryFields
            guard let stats = try await FeedbackPublishedRoutes.statistics(query["from"].flatMap(LocalDate.init(iso:)), query["to"].flatMap(LocalDate.init(iso:)), services) else {
                throw AppError.badRequest("from/to")
            }
            let units = try await FeedbackUnits.load(services)
            let rows = (stats.rows + [stats.total]).map { row in
                StatisticsRowDTO(unit: row.key.isEmpty ? "total" : FeedbackPublishedViews.unitName(row.key, units), received: row.received,
                                 handledOnTime: row.handledOnTime, handledLate: row.handledLate, notAccepted: row.notAccepted, pending: row.pending,
                                 onTimeRate: row.onTimeRate.value, satisfactionRate: row.satisfactionRate.value)
            }
            return try Responses.json(rows)
        }
        routes.get(FeedbackURL.apiCase(":code").path) { _, context in
            let code = context.parameters.get("code") ?? ""
            guard FeedbackCode.isValid(code), let record = try await FeedbackStore.find(code: code, on: services.db) else { throw AppError.notFound }
            let c = record.lifecycle
            return try Responses.json(CaseDTO(
                code: record.code.text, status: c.status.rawValue, statusName: c.status.name.vi, contentKind: c.contentKind.rawValue,
                receivedAt: c.receivedAt.iso, answerDue: c.openDeadlines.isEmpty ? nil : c.deadline(.answer)?.due.iso,
                publishedQuestion: c.publication?.question, publishedAnswer: c.publication?.answer))
        }
    }
}
