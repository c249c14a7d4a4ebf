import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar

/// The public pages: issued plans, their tasks and overall progress. No personal data: units
/// and figures only, never who wrote or reviewed a report.
enum PlanPublicRoutes {
    static func register(_ routes: Routes, _ services: Services) {
        routes.get(PlanURL.publicList.path) { request, context in
            let plans = try await PlanStore.list(issuedOnly: true, on: services.db)
            return try await services.render(PlanPublicViews.list(plans, context.language), request, context)
        }
        routes.get(PlanURL.publicPlan(":id").path) { request, context in
            let db = services.db
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: db)
            guard stored.plan.status != .draft else { throw AppError.notFound }
            let obligations = try await ObligationStore.list(stored.id, on: db)
            let accepted = Set(try await ReportStore.all(stored.id, on: db).filter { $0.status == .accepted }.map(\.obligation))
            let progress = PlanProgress(plan: stored.plan, obligations: obligations, accepted: accepted)
            let documents = try await FileStore.documents(stored.id, on: db)
            return try await services.render(PlanPublicViews.plan(stored, progress, documents, context.language), request, context)
        }
        routes.get(PlanURL.publicDocument(":id", ":file").path) { _, context in
            let id = try context.uuidParameter("id")
            let stored = try await PlanStore.require(id, on: services.db)
            guard stored.plan.status != .draft, let file = try await FileStore.find(try context.uuidParameter("file"), on: services.db),
                  file.unit == nil, file.planID == id.uuidString else { throw AppError.notFound }
            return ReportRoutes.download(file)
        }
    }
}

/// How far a plan has got: accepted reports over reports owed, overall and per task.
struct PlanProgress: Sendable, Codable {
    struct Task: Sendable, Codable {
        var owed: Int
        var accepted: Int
    }

    var owed: Int
    var accepted: Int
    var tasks: [String: Task]

    init(plan: Plan, obligations: [ReportingObligation], accepted: Set<ObligationKey>) {
        var tasks: [String: Task] = [:]
        for obligation in obligations {
            let id = obligation.occurrence.task.rawValue
            tasks[id, default: Task(owed: 0, accepted: 0)].owed += 1
            if accepted.contains(obligation.key) { tasks[id, default: Task(owed: 0, accepted: 0)].accepted += 1 }
        }
        self.tasks = tasks
        owed = obligations.count
        self.accepted = obligations.filter { accepted.contains($0.key) }.count
    }

    static func percent(_ accepted: Int, _ owed: Int) -> Int { owed == 0 ? 0 : accepted * 100 / owed }
}
