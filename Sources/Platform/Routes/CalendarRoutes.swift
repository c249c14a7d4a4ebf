import FluentKit
import Foundation
import Hummingbird
import WorkCalendar

/// The staff calendar (`/quan-tri/lich`), its decisions, and the public deadline calculator.
public enum CalendarRoutes {
    public static func register(_ routes: Routes, _ services: Services, _ store: CalendarStore) {
        routes.get(PlatformURL.calculator.path) { request, context in
            let q = request.queryFields
            var result: (Deadline, [String])?
            var input = CalendarForms.CalculatorInput(values: ["gio": "08:00", "gio-chot": "15:00", "don-vi": "workingDays"], request: nil, errors: [])
            if q["ngay"] != nil {
                input = CalendarForms.readCalculator(q, language: context.language)
                if let deadlineRequest = input.request {
                    let calendar = try await store.calendar(on: services.db)
                    let deadline = calendar.due(deadlineRequest)
                    result = (deadline, calendar.describe(deadline, language: context.language.calendarLanguage))
                }
            }
            let status: HTTPResponse.Status = input.errors.isEmpty ? .ok : .unprocessableContent
            return try await services.render(CalendarViews.calculator(input: input, result: result, context.language), request, context, status: status)
        }
        routes.staff.get(PlatformURL.calendar.path, requires: .viewCalendar) { request, context in
            let person = context.person
            let year = Int(request.queryFields["nam"] ?? "").flatMap { (1900...2199).contains($0) ? $0 : nil } ?? currentYear(services.clock)
            let db = services.db
            let model = CalendarViews.YearModel(
                year: year, calendar: try await store.calendar(on: db),
                decisions: try await CalendarStore.decisions(year: year, on: db),
                canEdit: try await Authorizer.isAllowed(person, .editCalendar, on: db),
                swappedCount: try await Settings.get(CalendarStore.swappedSaturdaysKey, on: db) != "false",
                changed: request.queryFields["doi"].flatMap(Int.init), notice: request.queryFields["thong-bao"])
            return try await services.render(CalendarViews.year(model, context.language), request, context)
        }
        routes.staff.post(PlatformURL.calendarSettings.path, requires: .editCalendar) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            try await CalendarStore.setSwappedSaturdaysCount(fields["swapped_saturdays"] == "1", actor: context.actor, on: services.db)
            return Responses.redirect(PlatformURL.calendar.path + "?nam=\(Int(fields["year"] ?? "") ?? currentYear(services.clock))&thong-bao=cau-hinh")
        }
        routes.staff.get(PlatformURL.newDecision.path, requires: .editCalendar) { request, context in
            let year = request.queryFields["nam"] ?? String(currentYear(services.clock))
            return try await services.render(CalendarViews.decisionForm(id: nil, values: ["year": year], errors: [], context.language), request, context)
        }
        routes.staff.post(PlatformURL.newDecision.path, requires: .editCalendar) { request, context in try await saveDecision(request, context, services, store, id: nil) }
        routes.staff.get(PlatformURL.editDecision(":id").path, requires: .editCalendar) { request, context in
            let id = try context.uuidParameter("id")
            let decision = try await CalendarStore.decision(id, on: services.db)
            return try await services.render(CalendarViews.decisionForm(id: id, values: CalendarViews.values(decision), errors: [], context.language), request, context)
        }
        routes.staff.post(PlatformURL.editDecision(":id").path, requires: .editCalendar) { request, context in
            try await saveDecision(request, context, services, store, id: try context.uuidParameter("id"))
        }
        routes.staff.post(PlatformURL.deleteDecision(":id").path, requires: .editCalendar) { request, context in
            let id = try context.uuidParameter("id")
            let db = services.db
            let year = try await CalendarStore.decision(id, on: db).year
            let before = try await store.calendar(on: db)
            try await CalendarStore.delete(id, actor: context.actor, on: db)
            let changed = CalendarStore.changedDays(year: year, from: before, to: try await store.calendar(on: db)).count
            return Responses.redirect(PlatformURL.calendar.path + "?nam=\(year)&thong-bao=da-xoa&doi=\(changed)")
        }
    }

    static func saveDecision(_ request: Request, _ context: StaffRequestContext, _ services: Services, _ store: CalendarStore, id: UUID?) async throws -> Response {
        var request = request
        let fields = try await request.formFields(context: context)
        let (draft, reader) = CalendarForms.readDecision(fields, language: context.language)
        guard let draft else {
            return try await services.render(CalendarViews.decisionForm(id: id, values: reader.echo, errors: reader.errors, context.language), request, context, status: .unprocessableContent)
        }
        let db = services.db
        let before = try await store.calendar(on: db)
        try await CalendarStore.save(draft, id: id, actor: context.actor, on: db)
        let changed = CalendarStore.changedDays(year: draft.year, from: before, to: try await store.calendar(on: db)).count
        return Responses.redirect(PlatformURL.calendar.path + "?nam=\(draft.year)&thong-bao=da-luu&doi=\(changed)")
    }

    static func currentYear(_ clock: WallClock) -> Int {
        clock.today.year
    }
}
