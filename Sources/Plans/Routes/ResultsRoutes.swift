import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar

/// The results report of a plan for a quarter, a half year or the year: page, A4 print, CSV.
enum ResultsRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        routes.staff.get(PlanURL.results(":id").path, requires: .managePlans) { request, context in
            let model = try await load(request, context, services, feature)
            return try await services.render(ResultsViews.page(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.resultsPrint(":id").path, requires: .managePlans) { request, context in
            let model = try await load(request, context, services, feature)
            return try await services.render(ResultsViews.print(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.resultsCSV(":id").path, requires: .managePlans) { request, context in
            let model = try await load(request, context, services, feature)
            let csv = model.report.csv { model.names.unit($0) }
            var response = Responses.text(csv, contentType: "text/csv; charset=utf-8")
            response.headers[.contentDisposition] = "attachment; filename=\"bao-cao-ket-qua-\(model.period).csv\""
            return response
        }
    }

    /// The period codes of the selector: quarters, halves, the year.
    static let periods = ["q1", "q2", "q3", "q4", "h1", "h2", "nam"]

    static func range(_ code: String, year: Int) -> DayRange? {
        switch code {
        case "q1", "q2", "q3", "q4": DayRange.quarter(Int(code.dropFirst())!, of: year)
        case "h1", "h2": DayRange.half(Int(code.dropFirst())!, of: year)
        default: DayRange.year(year)
        }
    }

    static func load(_ request: Request, _ context: StaffRequestContext, _ services: Services,
                     _ feature: PlansFeature) async throws -> ResultsViews.Model {
        let db = services.db
        let stored = try await PlanStore.require(try context.uuidParameter("id"), on: db)
        let query = request.queryFields
        let period = periods.contains(query["ky"] ?? "") ? query["ky"]! : "nam"
        guard let range = range(period, year: stored.plan.year) else { throw AppError.notFound }
        let asOf = query["ngay"].flatMap(LocalDate.init(iso:)) ?? context.localNow.date
        let report = ResultsReport.build(plan: stored.plan, obligations: try await ObligationStore.list(stored.id, on: db),
                                         reports: try await ReportStore.all(stored.id, on: db), range: range, asOf: asOf)
        return ResultsViews.Model(stored: stored, names: try await PlanNames.load(on: db), report: report, period: period, links: feature.recordLinks)
    }
}
