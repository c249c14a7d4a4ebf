import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar

/// `/api/v1/plans…`: plans, their tasks, obligations (occurrence × unit, with where each stands
/// today) and unit reports, for signed-in staff (bearer token). Reports of other units are shown
/// only to the office. Keys are snake_case, as in the other APIs (`/api/v1/dossiers`,
/// `/api/v1/feedback`); the PlanRules values inside (the plan, report content) follow suit.
enum PlanAPI {
    struct PlanDTO: Codable, Sendable {
        var id: UUID
        var plan: Plan
    }

    struct TaskDTO: Codable, Sendable {
        var id: String
        var section: String
        var number: String
        var content: String
        var lead: [String]
        var coordinating: [String]
        var time: String
        var metrics: [Metric]
    }

    struct ObligationDTO: Codable, Sendable {
        var key: String
        var task: String
        var unit: String
        var unitName: String
        var period: DayRange
        var due: String
        var label: String
        var state: CellState
    }

    struct ReportDTO: Codable, Sendable {
        var key: String
        var task: String
        var unit: String
        var status: ReviewStatus
        var content: ReportContent
        var history: [ReportEvent]
    }

    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        routes.staff.get(PlanURL.apiPlans.path, requires: .viewPlans) { _, context in
            return try Responses.json(try await PlanStore.list(on: services.db))
        }
        routes.staff.get(PlanURL.apiPlan(":id").path, requires: .viewPlans) { _, context in
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            return try Responses.json(PlanDTO(id: stored.id, plan: stored.plan))
        }
        routes.staff.get(PlanURL.apiTasks(":id").path, requires: .viewPlans) { _, context in
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            let names = try await PlanNames.load(on: services.db)
            let tasks = stored.plan.sections.flatMap { section in
                section.tasks.map { task in
                    TaskDTO(id: task.id.rawValue, section: section.number, number: task.number, content: task.content,
                            lead: task.lead.map(names.describe), coordinating: task.coordinating.map(names.describe),
                            time: task.timeText, metrics: task.metrics)
                }
            }
            return try Responses.json(tasks)
        }
        routes.staff.get(PlanURL.apiObligations(":id").path, requires: .viewPlans) { request, context in
            let db = services.db
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: db)
            let unit = request.queryFields["unit"].flatMap(UUID.init(uuidString:))
            let obligations = try await ObligationStore.list(stored.id, unit: unit, on: db)
            let board = Monitoring.board(obligations: obligations, reports: try await ReportStore.all(stored.id, on: db),
                                         today: context.localNow.date, calendar: try await feature.calendar.calendar(on: db))
            let names = try await PlanNames.load(on: db)
            let lang = context.language
            return try Responses.json(board.cells.map { cell in
                let o = cell.obligation
                return ObligationDTO(key: o.key.text, task: stored.plan.task(o.occurrence.task)?.number ?? o.occurrence.task.rawValue,
                                     unit: o.unit.rawValue, unitName: names.unit(o.unit), period: o.occurrence.period, due: o.due.iso,
                                     label: o.occurrence.label(lang), state: cell.state)
            })
        }
        routes.staff.get(PlanURL.apiReports(":id").path, requires: .viewPlans) { request, context in
            let person = context.person
            let db = services.db
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: db)
            let office = try await Authorizer.isAllowed(person, .managePlans, on: db)
            let asked = request.queryFields["unit"].flatMap(UUID.init(uuidString:))
            let unit = office ? asked : person.unitID
            var result: [ReportDTO] = []
            for report in try await ReportStore.all(stored.id, on: db) where unit == nil || report.obligation.unit.rawValue == unit?.uuidString {
                guard let found = try await ReportStore.find(stored.id, report.obligation, on: db) else { continue }
                result.append(ReportDTO(key: report.obligation.text,
                                        task: stored.plan.task(report.obligation.occurrence.task)?.number ?? report.obligation.occurrence.task.rawValue,
                                        unit: report.obligation.unit.rawValue, status: report.status, content: report.content,
                                        history: try await ReportStore.events(found.id, on: db)))
            }
            return try Responses.json(result)
        }
    }
}
