import FeedbackRules
import FluentKit
import Foundation
import Hummingbird
import Platform
import WorkCalendar

/// Staff pages under `/quan-tri/phan-anh`: the list, the register, entries typed by staff, a case with its actions.
enum FeedbackStaffRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        registerRegister(routes, services, feature)
        registerCase(routes, services, feature)
    }

    /// The register, the list and the entry of cases received by phone, post or in person.
    static func registerRegister(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.staff.get(FeedbackURL.list.path, requires: .viewFeedback) { request, context in
            let person = context.person
            let query = request.queryFields
            let filter = FeedbackList.Filter(status: query["trang-thai"] ?? "open", code: query["ma"] ?? "", page: max(1, Int(query["trang"] ?? "") ?? 1))
            let all = try await Authorizer.isAllowed(person, .registerFeedback, on: services.db)
            let result = try await FeedbackList.load(filter, units: all ? nil : [person.unitID], on: services.db)
            let calendar = try await feature.calendar.calendar(on: services.db)
            let model = FeedbackStaffViews.ListModel(filter: filter, rows: result.rows, total: result.total, units: try await FeedbackUnits.load(services),
                                                     canEnter: all, calendar: calendar, now: context.localNow,
                                                     reminders: try await FeedbackReminders.recent(units: all ? nil : [person.unitID], on: services.db))
            return try await services.render(FeedbackStaffViews.list(model, context.language), request, context)
        }
        routes.staff.get(FeedbackURL.register.path, requires: .registerFeedback) { request, context in
            let year = Int(request.queryFields["nam"] ?? "") ?? context.localNow.date.year
            let rows = try await FeedbackList.register(year: year, on: services.db)
            return try await services.render(FeedbackStaffViews.register(rows, year: year, units: try await FeedbackUnits.load(services), context.language), request, context)
        }
        routes.staff.get(FeedbackURL.enter.path, requires: .registerFeedback) { request, context in
            let values = ["kenh": FeedbackChannel.phone.rawValue, "loai": "individual", "thoi-diem": context.localNow.vnFormatInput,
                          "loai-noi-dung": ContentKind.unsuitedToReality.rawValue]
            return try await services.render(FeedbackFormView.page(.init(values: values, errors: [], staff: true), context.language), request, context)
        }
        routes.staff.post(FeedbackURL.enter.path, requires: .registerFeedback) { request, context in
            let (values, files) = try await FeedbackPublicRoutes.readBody(request, context.app)
            let channel = FeedbackChannel(rawValue: values["kenh"] ?? "").flatMap { $0.isSelfService ? nil : $0 } ?? .phone
            let at = LocalDateTime.parseInput(values["thoi-diem"] ?? "")
            var read = try await FeedbackForm.read(values, files: files, channel: channel, at: at ?? context.localNow, language: context.language, db: services.db)
            read.echo["thoi-diem"] = values["thoi-diem"] ?? ""
            if at == nil || at! > context.localNow {
                read.errors.insert(FieldError(field: "thoi-diem", message: S.fbErrReceivedAt(context.language)), at: 0)
            }
            guard read.errors.isEmpty, let intake = read.intake else {
                let model = FeedbackFormView.Model(values: read.echo, errors: read.errors, staff: true)
                return try await services.render(FeedbackFormView.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let calendar = try await feature.calendar.calendar(on: services.db)
            let code = try await FeedbackStore.submit(intake, by: .staff(context.person.username), actor: context.actor,
                                                      calendar: calendar, on: services.database)
            return Responses.redirect(FeedbackURL.feedbackCase("\(code.text)").path + "?thong-bao=da-tiep-nhan")
        }
    }

    /// One case: its page, its attachments and its actions.
    static func registerCase(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.staff.get(FeedbackURL.feedbackCase(":code").path, requires: .viewFeedback) { request, context in
            let (person, record) = try await authorized(context, services)
            var model = try await detailModel(record, person: person, feature, services)
            model.notice = switch request.queryFields["thong-bao"] {
            case "da-tiep-nhan": S.fbCreated(context.language, record.code.text)
            case "da-cap-nhat": S.fbDone(context.language)
            default: nil
            }
            return try await services.render(FeedbackStaffViews.detail(model, context.language), request, context)
        }
        routes.staff.get(FeedbackURL.attachment(":code", ":id").path, requires: .viewFeedback) { _, context in
            let (_, record) = try await authorized(context, services)
            let file = try await FeedbackStore.attachment(context.parameters.get("id") ?? "", of: record.id, on: services.db)
            return Response(status: .ok, headers: [.contentType: file.contentType, .contentDisposition: "attachment; filename=\"tep\"",
                                                   .init("X-Content-Type-Options")!: "nosniff"],
                            body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
        routes.staff.post(FeedbackURL.caseAction(":code", ":action").path, requires: .viewFeedback) { request, context in
            var request = request
            let (person, record) = try await authorized(context, services)
            let fields = try await request.formFields(context: context)
            guard let name = FeedbackActionForm.Name(rawValue: context.parameters.get("action") ?? "") else { throw AppError.notFound }
            try await Authorizer.check(context.person, name.permission(record), on: services.db)
            let units = try await FeedbackUnits.load(services)
            let read = FeedbackActionForm.read(name, fields, record: record, units: units, at: context.localNow, language: context.language)
            var model = try await detailModel(record, person: person, feature, services)
            guard let step = read.step else {
                model.failed = (name.rawValue, read.errors)
                return try await services.render(FeedbackStaffViews.detail(model, context.language), request, context, status: .unprocessableContent)
            }
            do {
                let calendar = try await feature.calendar.calendar(on: services.db)
                try await FeedbackStore.apply(step, to: record.code.text, by: .staff(person.username), actor: context.actor, calendar: calendar, on: services.database)
            } catch let refusal as Refusal {
                model.failed = (name.rawValue, [FieldError(field: "\(name.rawValue)-submit", message: refusal.text(context.language))])
                return try await services.render(FeedbackStaffViews.detail(model, context.language), request, context, status: .unprocessableContent)
            }
            return Responses.redirect(FeedbackURL.feedbackCase("\(record.code.text)").path + "?thong-bao=da-cap-nhat")
        }
    }

    /// The signed-in person and the case, when that person may see it; else 403/404.
    static func authorized(_ context: StaffRequestContext, _ services: Services) async throws -> (PersonRecord, FeedbackRecord) {
        let record = try await FeedbackStore.require(code: context.parameters.get("code") ?? "", on: services.db)
        try await Authorizer.check(context.person, .handleFeedback(units: record.unitID.map { [$0] } ?? []), on: services.db)
        return (context.person, record)
    }

    static func detailModel(_ record: FeedbackRecord, person: PersonRecord, _ feature: FeedbackFeature, _ services: Services) async throws -> FeedbackStaffViews.DetailModel {
        let db = services.db
        var allowed: [FeedbackActionForm.Name] = []
        for name in FeedbackActionForm.available(record) where try await Authorizer.isAllowed(person, name.permission(record), on: db) {
            allowed.append(name)
        }
        return FeedbackStaffViews.DetailModel(
            record: record, units: try await FeedbackUnits.load(services), calendar: try await feature.calendar.calendar(on: db),
            now: services.clock.localNow, actions: allowed, attachments: try await FeedbackStore.attachments(of: record.id, on: db))
    }
}

extension LocalDateTime {
    /// `dd/mm/yyyy hh:mm`, as the staff entry form shows and reads it.
    var vnFormatInput: String { "\(date.vnFormat) \(timeText)" }

    /// Reads `dd/mm/yyyy hh:mm` (or `dd/mm/yyyy`, at 08:00).
    static func parseInput(_ text: String) -> LocalDateTime? {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: " ", omittingEmptySubsequences: true)
        guard let first = parts.first else { return nil }
        let d = first.split(separator: "/").compactMap { Int($0) }
        guard d.count == 3, let day = LocalDate(year: d[2], month: d[1], day: d[0]) else { return nil }
        guard parts.count > 1 else { return LocalDateTime(date: day, hour: 8, minute: 0) }
        let t = parts[1].split(separator: ":").compactMap { Int($0) }
        guard t.count == 2 else { return nil }
        return LocalDateTime(date: day, hour: t[0], minute: t[1])
    }
}
