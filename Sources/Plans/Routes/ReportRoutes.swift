import FluentKit
import Foundation
import Hummingbird
import NIOCore
import Platform
import PlanRules
import WorkCalendar
import Localization

/// The unit's obligations, the report form (draft → submit, resubmit) and the office's review.
enum ReportRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        routes.staff.get(PlanURL.mine.path, requires: .viewPlans) { request, context in
            let person = context.person
            let model = try await MyObligations.load(person, today: context.localNow.date, feature, services)
            return try await services.render(ReportViews.mine(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.report(":id").path, requires: .viewPlans) { request, context in
            let access = try await ReportAccess.load(request, context, services)
            let model = try await pageModel(access, feature, services, notice: notice(request.queryFields["thong-bao"], context.language))
            return try await services.render(ReportViews.page(model, context.language), request, context)
        }
        routes.staff.post(PlanURL.report(":id").path, requires: .viewPlans) { request, context in
            var request = request
            return try await save(&request, context, services, feature)
        }
        routes.staff.post(PlanURL.review(":id").path, requires: .managePlans) { request, context in
            var request = request
            let access = try await ReportAccess.load(request, context, services)
            let fields = try await request.formFields(context: context)
            let comment = InputText.clean(fields["nhan-xet"] ?? "")
            let action: ReviewAction = fields["quyet-dinh"] == "return" ? .returnForRevision(comment: comment) : .accept(comment: comment)
            do {
                try await ReportStore.review(access.planID, access.key, action: action, person: access.person.id, actor: context.actor,
                                             taskNumber: access.task.number, on: services.database)
            } catch let refusal as Refusal {
                var model = try await pageModel(access, feature, services)
                model.reviewError = refusal.text(context.language)
                return try await services.render(ReportViews.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let code = fields["quyet-dinh"] == "return" ? "da-tra-lai" : "da-chap-nhan"
            return Responses.redirect(ReportAccess.path(access.planID, access.key) + "&thong-bao=\(code)")
        }
        routes.staff.get(PlanURL.file(":id").path, requires: .viewPlans) { _, context in
            let person = context.person
            guard let file = try await FileStore.find(try context.uuidParameter("id"), on: services.db) else { throw AppError.notFound }
            if let unit = file.unit, !(try await Authorizer.isAllowed(person, .managePlans, on: services.db)) {
                try await Authorizer.check(person, .reportForUnit(unit), on: services.db)
            }
            return download(file)
        }
    }

    /// A stored file as an attachment, its name kept in UTF-8 (RFC 6266).
    static func download(_ file: FileStore.StoredFile) -> Response {
        let ascii = String(file.name.unicodeScalars.map { $0.isASCII && $0 != "\"" && $0.value >= 0x20 ? Character($0) : "_" })
        let encoded = file.name.urlComponentEncoded
        return Response(status: .ok, headers: [
            .contentType: file.type, .cacheControl: "private, no-store",
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
        ], body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
    }

    /// Reads the multipart form, validates it through the rules, then saves (draft or handed in).
    static func save(_ request: inout Request, _ context: StaffRequestContext, _ services: Services, _ feature: PlansFeature) async throws -> Response {
        let access = try await ReportAccess.load(request, context, services)
        guard let unit = UUID(uuidString: access.key.unit.rawValue) else { throw AppError.notFound }
        try await Authorizer.check(access.person, .reportForUnit(unit), on: services.db)
        guard let boundary = MultipartForm.boundary(from: request.headers[.contentType] ?? "") else { throw AppError.badRequest("multipart") }
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let multipart = MultipartForm(body: Data(buffer: body), boundary: boundary) else { throw AppError.badRequest("multipart") }
        let read = ReportFormReader.read(multipart.fields, files: multipart.files, task: access.task, existing: access.report?.report.content)
        let lang = context.language
        var errors: [FieldError] = []
        switch read.form.validate(for: access.task, intent: read.submit ? .submission : .draft) {
        case .failure(let failure): errors = ReportFormReader.pageErrors(failure, lang)
        case .success(let content):
            do {
                try await ReportStore.save(access.planID, obligation: access.obligation, content: content, submit: read.submit,
                                           files: read.newFiles, person: access.person.id, actor: context.actor, on: services.database)
                return Responses.redirect(ReportAccess.path(access.planID, access.key) + "&thong-bao=\(read.submit ? "da-gui" : "da-luu")")
            } catch let refusal as Refusal {
                errors = [FieldError(field: "workStatus", message: refusal.text(lang))]
            }
        }
        var model = try await pageModel(access, feature, services)
        model.form = read.form
        model.errors = errors
        return try await services.render(ReportViews.page(model, lang), request, context, status: .unprocessableContent)
    }

    static func pageModel(_ access: ReportAccess, _ feature: PlansFeature, _ services: Services, notice: String? = nil) async throws -> ReportViews.PageModel {
        var events: [ReportEvent] = []
        if let report = access.report { events = try await ReportStore.events(report.id, on: services.db) }
        return ReportViews.PageModel(access: access, events: events,
                                     form: ReportForm(access.report?.report.content ?? ReportContent()), errors: [], notice: notice,
                                     links: feature.recordLinks)
    }

    static func notice(_ code: String?, _ lang: Language) -> String? {
        switch code {
        case "da-luu": S.noticeDraftSaved(lang)
        case "da-gui": S.noticeSubmitted(lang)
        case "da-tra-lai": S.noticeReturned(lang)
        case "da-chap-nhan": S.noticeAccepted(lang)
        case "da-don-doc": S.noticeUrged(lang)
        default: nil
        }
    }
}

/// The obligations of the person's unit in issued plans, with where each stands today.
enum MyObligations {
    struct Row: Sendable {
        var planID: UUID
        var planTitle: String
        var taskNumber: String
        var taskContent: String
        var cell: MonitoringCell
    }

    static func load(_ person: PersonRecord, today: LocalDate, _ feature: PlansFeature, _ services: Services) async throws -> [Row] {
        let db = services.db
        let calendar = try await feature.calendar.calendar(on: db)
        var plans: [UUID: (StoredPlan, [ObligationKey: UnitReport])] = [:]
        var rows: [Row] = []
        for (planID, obligation) in try await ObligationStore.ofUnit(person.unitID, on: db) {
            if plans[planID] == nil, let stored = try await PlanStore.find(planID, on: db) {
                let reports = try await ReportStore.all(planID, on: db)
                plans[planID] = (stored, Dictionary(reports.map { ($0.obligation, $0) }, uniquingKeysWith: { a, _ in a }))
            }
            guard let (stored, reports) = plans[planID], let task = stored.plan.task(obligation.occurrence.task) else { continue }
            let cell = Monitoring.cell(obligation, progress: ReportProgress(reports[obligation.key]), today: today, calendar: calendar)
            rows.append(Row(planID: planID, planTitle: stored.plan.title, taskNumber: task.number, taskContent: task.content, cell: cell))
        }
        return rows
    }
}
