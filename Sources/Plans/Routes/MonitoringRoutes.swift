import FluentKit
import Foundation
import Hummingbird
import NIOCore
import Platform
import PlanRules
import WorkCalendar

/// The coordinator's monitoring matrix, urging a unit (đôn đốc), and everyone's inbox.
enum MonitoringRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        routes.staff.get(PlanURL.monitoring(":id").path, requires: .managePlans) { request, context in
            let query = request.queryFields
            let filter = MonitoringViews.Filter(unit: query["don-vi"] ?? "", section: query["muc"] ?? "",
                                                day: query["ngay"].flatMap(LocalDate.init(iso:)) ?? context.localNow.date)
            let model = try await model(try context.uuidParameter("id"), filter, feature, services)
            var page = model
            if query["thong-bao"] == "da-don-doc" { page.notice = S.noticeUrged(context.language) }
            return try await services.render(MonitoringViews.page(page, context.language), request, context)
        }
        routes.staff.post(PlanURL.urge(":id").path, requires: .managePlans) { request, context in
            var request = request
            let planID = try context.uuidParameter("id")
            let fields = try await request.formFields(context: context)
            guard let key = ObligationKey(text: fields["k"] ?? ""),
                  let obligation = try await ObligationStore.find(planID, key, on: services.db) else { throw AppError.notFound }
            let stored = try await PlanStore.require(planID, on: services.db)
            let number = stored.plan.task(key.occurrence.task)?.number ?? key.occurrence.task.rawValue
            try await NotificationStore.urge(planID, obligation, taskNumber: number, note: InputText.clean(fields["ghi-chu"] ?? ""),
                                             actor: context.actor, on: services.database)
            if fields["ve"] == "bao-cao" { return Responses.redirect(ReportAccess.path(planID, key) + "&thong-bao=da-don-doc") }
            return Responses.redirect(PlanURL.monitoring(.id(planID)).path + "?thong-bao=da-don-doc")
        }
        routes.staff.get(PlanURL.inbox.path, requires: .viewPlans) { request, context in
            let person = context.person
            let items = try await NotificationStore.inbox(unit: person.unitID, person: person.id, language: context.language, on: services.db)
            let notice = request.queryFields["thong-bao"] == "da-doc" ? S.noticeMarkedRead(context.language) : nil
            return try await services.render(MonitoringViews.inbox(items, notice: notice, context.language), request, context)
        }
        // Opening a notification marks it as read and goes to the report it is about.
        routes.staff.get(PlanURL.notice(":n").path, requires: .viewPlans) { _, context in
            let person = context.person
            guard let id = context.parameters.get("n").flatMap({ Int($0) }),
                  let item = try await NotificationStore.markRead(id, unit: person.unitID, person: person.id, at: context.localNow, on: services.database) else {
                throw AppError.notFound
            }
            guard let planID = UUID(uuidString: item.planID), let key = ObligationKey(text: item.obligation) else {
                return Responses.redirect(PlanURL.inbox.path)
            }
            return Responses.redirect(ReportAccess.path(planID, key))
        }
        routes.staff.post(PlanURL.inboxMarkRead.path, requires: .viewPlans) { request, context in
            var request = request
            let person = context.person
            let fields = try await request.formFields(context: context)
            let id = fields["n"].flatMap { Int($0) }
            try await NotificationStore.markRead(id, unit: person.unitID, person: person.id, at: context.localNow, on: services.database)
            return Responses.redirect(PlanURL.inbox.path + "?thong-bao=da-doc")
        }
        routes.get("/static/plans.css") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/css; charset=utf-8", .cacheControl: "public, max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: MonitoringViews.css)))
        }
    }

    static func model(_ planID: UUID, _ filter: MonitoringViews.Filter, _ feature: PlansFeature,
                      _ services: Services) async throws -> MonitoringViews.Model {
        let db = services.db
        let stored = try await PlanStore.require(planID, on: db)
        let calendar = try await feature.calendar.calendar(on: db)
        let all = try await ObligationStore.list(planID, on: db)
        let sectionTasks = Set(stored.plan.sections.filter { filter.section.isEmpty || $0.number == filter.section }.flatMap(\.tasks).map(\.id))
        let shown = all.filter { sectionTasks.contains($0.occurrence.task) && (filter.unit.isEmpty || $0.unit.rawValue == filter.unit) }
        let board = Monitoring.board(obligations: shown, reports: try await ReportStore.all(planID, on: db), today: filter.day,
                                     calendar: calendar)
        var seen = Set<String>()
        let units = all.map(\.unit).filter { seen.insert($0.rawValue).inserted }
        return MonitoringViews.Model(stored: stored, names: try await PlanNames.load(on: db), board: board, filter: filter, units: units)
    }
}
