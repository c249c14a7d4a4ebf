import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar
import Localization

/// Sections and tasks of a draft plan: add, edit, remove; the task form previews the
/// occurrences its time produces and the units that will report on each.
enum PlanTaskRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        registerSections(routes, services)
        routes.staff.get(PlanURL.newTask(":id").path, requires: .managePlans) { request, context in
            let stored = try await draft(context, services)
            let section = request.queryFields["muc"] ?? stored.plan.sections.last?.number
            let (values, picks) = PlanTaskForm.values(nil, section: section)
            let model = PlanTaskViews.TaskModel(planID: stored.id, plan: stored.plan, values: values, picks: picks,
                                                options: try await .load(on: services.db))
            return try await services.render(PlanTaskViews.task(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.editTask(":id", ":task").path, requires: .managePlans) { request, context in
            let stored = try await draft(context, services)
            let task = try requireTask(stored, context)
            let (values, picks) = PlanTaskForm.values(task, section: stored.plan.section(of: task.id)?.number)
            var model = PlanTaskViews.TaskModel(planID: stored.id, plan: stored.plan, editing: task.id, values: values, picks: picks,
                                                options: try await .load(on: services.db))
            (model.preview, model.previewUnits) = try await preview(task.time, task, stored.plan, feature, services.db, context.language)
            return try await services.render(PlanTaskViews.task(model, context.language), request, context)
        }
        for path in [PlanURL.newTask(":id").path, PlanURL.editTask(":id", ":task").path] {
            routes.staff.post(path, requires: .managePlans) { request, context in
                var request = request
                let stored = try await draft(context, services)
                let existing = try path.hasSuffix("/sua") ? requireTask(stored, context) : nil
                let fields = try await request.formFields(context: context)
                return try await saveTask(fields, stored, existing, request, context, services, feature)
            }
        }
        routes.staff.post(PlanURL.removeTask(":id", ":task").path, requires: .managePlans) { _, context in
            let stored = try await draft(context, services)
            let task = try requireTask(stored, context)
            try await refusingConflicts(context) {
                try await PlanStore.edit(stored.id, action: "plan.task.remove", label: task.number, actor: context.actor,
                                         on: services.database) { plan in try plan.removeTask(task.id) }
            }
            return Responses.redirect(PlanURL.plan(.id(stored.id)).path + "?thong-bao=xoa-nhiem-vu")
        }
    }

    static func saveTask(_ fields: FormFields, _ stored: StoredPlan, _ existing: PlanTask?, _ request: Request,
                         _ context: StaffRequestContext, _ services: Services, _ feature: PlansFeature) async throws -> Response {
        let lang = context.language
        let options = try await PlanTaskForm.Options.load(on: services.db)
        let (task, _, reader) = PlanTaskForm.read(fields, language: lang, plan: stored.plan, existing: existing, options: options)
        var model = PlanTaskViews.TaskModel(planID: stored.id, plan: stored.plan, editing: existing?.id, values: reader.echo,
                                            picks: PlanTaskForm.picks(fields), errors: reader.errors, options: options)
        var scratch = FormReader(fields, language: lang)
        let lead = PlanTaskForm.cell(&scratch, .lead, options: options).assignees
        let coordinating = PlanTaskForm.cell(&scratch, .coordinating, options: options).assignees
        let draftTask = PlanTask(number: "", content: "", lead: lead, coordinating: coordinating, time: .ongoing)
        (model.preview, model.previewUnits) = try await preview(PlanTaskForm.time(fields, plan: stored.plan), draftTask, stored.plan,
                                                                feature, services.db, lang)
        if fields["y-dinh"] == "xem-truoc" {
            model.errors = model.errors.filter { $0.field == "thoi-gian" }
            return try await services.render(PlanTaskViews.task(model, lang), request, context)
        }
        guard let task, let section = fields["muc"] else {
            return try await services.render(PlanTaskViews.task(model, lang), request, context, status: .unprocessableContent)
        }
        do {
            try await PlanStore.edit(stored.id, action: existing == nil ? "plan.task.add" : "plan.task.edit", label: task.number,
                                     actor: context.actor, on: services.database) { plan in
                try plan.setTask(task, inSection: section)
            }
        } catch let error as PlanEditError {
            if case .notDraft = error { throw AppError.conflict(error.message(lang)) }
            var field = "so"
            if case .sectionNotFound = error { field = "muc" }
            model.errors = [FieldError(field: field, message: error.message(lang))]
            return try await services.render(PlanTaskViews.task(model, lang), request, context, status: .unprocessableContent)
        }
        return Responses.redirect(PlanURL.plan(.id(stored.id)).path + "?thong-bao=da-luu-nhiem-vu#task-\(task.number)")
    }

    static func registerSections(_ routes: Routes, _ services: Services) {
        routes.staff.get(PlanURL.newSection(":id").path, requires: .managePlans) { request, context in
            let stored = try await draft(context, services)
            let next = PlanSection.numeral(stored.plan.sections.count + 1)
            let model = PlanTaskViews.SectionModel(planID: stored.id, plan: stored.plan, values: ["so": next])
            return try await services.render(PlanTaskViews.section(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.editSection(":id", ":section").path, requires: .managePlans) { request, context in
            let stored = try await draft(context, services)
            let section = try requireSection(stored, context)
            let model = PlanTaskViews.SectionModel(planID: stored.id, plan: stored.plan, editing: section.number,
                                                   values: ["so": section.number, "ten": section.title])
            return try await services.render(PlanTaskViews.section(model, context.language), request, context)
        }
        for path in [PlanURL.newSection(":id").path, PlanURL.editSection(":id", ":section").path] {
            routes.staff.post(path, requires: .managePlans) { request, context in
                var request = request
                let stored = try await draft(context, services)
                let old = try path.hasSuffix("/sua") ? requireSection(stored, context).number : nil
                var reader = FormReader(try await request.formFields(context: context), language: context.language)
                let number = reader.text("so", label: S.sectionNumberLabel, required: true, maxLength: 20)
                let title = reader.text("ten", label: S.sectionTitleLabel, required: true, maxLength: 1000, multiline: true)
                var model = PlanTaskViews.SectionModel(planID: stored.id, plan: stored.plan, editing: old, values: reader.echo,
                                                       errors: reader.errors)
                if let number, let title {
                    do {
                        try await PlanStore.edit(stored.id, action: old == nil ? "plan.section.add" : "plan.section.edit", label: number,
                                                 actor: context.actor, on: services.database) { plan in
                            try plan.setSection(number: number, title: title, replacing: old)
                        }
                        return Responses.redirect(PlanURL.plan(.id(stored.id)).path + "?thong-bao=da-luu-muc")
                    } catch let error as PlanEditError {
                        if case .notDraft = error { throw AppError.conflict(error.message(context.language)) }
                        model.errors = [FieldError(field: "so", message: error.message(context.language))]
                    }
                }
                return try await services.render(PlanTaskViews.section(model, context.language), request, context, status: .unprocessableContent)
            }
        }
        routes.staff.post(PlanURL.removeSection(":id", ":section").path, requires: .managePlans) { _, context in
            let stored = try await draft(context, services)
            let section = try requireSection(stored, context)
            try await refusingConflicts(context) {
                try await PlanStore.edit(stored.id, action: "plan.section.remove", label: section.number, actor: context.actor,
                                         on: services.database) { plan in try plan.removeSection(section.number) }
            }
            return Responses.redirect(PlanURL.plan(.id(stored.id)).path + "?thong-bao=xoa-muc")
        }
    }

    /// The plan, for the office, when it is a draft; an issued or closed plan is refused (409).
    static func draft(_ context: StaffRequestContext, _ services: Services) async throws -> StoredPlan {
        let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
        do throws(PlanEditError) { try stored.plan.requireDraft() } catch { throw AppError.conflict(error.message(context.language)) }
        return stored
    }

    /// A refusal of the rules becomes a 409 page.
    static func refusingConflicts(_ context: StaffRequestContext, _ body: () async throws -> Void) async throws {
        do { try await body() } catch let error as PlanEditError { throw AppError.conflict(error.message(context.language)) }
    }

    static func requireTask(_ stored: StoredPlan, _ context: StaffRequestContext) throws -> PlanTask {
        guard let raw = context.parameters.get("task"), let task = stored.plan.task(TaskID(raw.removingPercentEncoding ?? raw)) else {
            throw AppError.notFound
        }
        return task
    }

    static func requireSection(_ stored: StoredPlan, _ context: StaffRequestContext) throws -> PlanSection {
        let raw = context.parameters.get("section") ?? ""
        guard let section = stored.plan.sections.first(where: { $0.number == (raw.removingPercentEncoding ?? raw) }) else {
            throw AppError.notFound
        }
        return section
    }

    /// The occurrences `time` produces in the plan's year, and the names of the units that would
    /// report on each (groups expanded as on 1 January of the plan's year).
    static func preview(_ time: TaskTime?, _ task: PlanTask, _ plan: Plan, _ feature: PlansFeature, _ db: any Database,
                        _ lang: Language) async throws -> ([PlanTaskViews.PreviewRow]?, [String]) {
        guard let time else { return (nil, []) }
        let calendar = try await feature.calendar.calendar(on: db)
        let occurrences = Schedule.occurrences(of: time, task: task.id, planYear: plan.year, settings: plan.settings, calendar: calendar)
        let units = task.reportingUnits(in: try await PlanDirectory.load(year: plan.year, on: db), settings: plan.settings)
        let names = try await PlanNames.load(on: db)
        return (occurrences.map { .init(label: $0.label(lang), period: $0.period, due: $0.due) }, units.map(names.unit))
    }
}
