import FeedbackRules
import Foundation
import Hummingbird
import NIOFoundationCompat
import Platform
import WorkCalendar

/// The citizen's side: the form, the receipt, and the follow-up page with rating and disagreement.
enum FeedbackPublicRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        registerSubmission(routes, services, feature)
        registerFollowUp(routes, services, feature)
    }

    /// The public form and its receipt.
    static func registerSubmission(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.get(FeedbackURL.submit.path) { request, context in
            let model = FeedbackFormView.Model(values: ["loai": "individual", "loai-noi-dung": ContentKind.unsuitedToReality.rawValue], errors: [], staff: false)
            return try await services.render(FeedbackFormView.page(model, context.language), request, context)
        }
        routes.post(FeedbackURL.submit.path) { request, context in
            let address = context.clientAddress ?? "unknown"
            let (values, files) = try await readBody(request, context)
            var model = FeedbackFormView.Model(values: values, errors: [], staff: false)
            if try await FeedbackThrottle.isBlocked(.submission, address, on: services.db, now: context.now) {
                model.blocked = true
                return try await services.render(FeedbackFormView.page(model, context.language), request, context, status: .tooManyRequests)
            }
            let now = LocalDateTime(context.now)
            let read = try await FeedbackForm.read(values, files: files, channel: .webForm, at: now, language: context.language, db: services.db)
            guard let intake = read.intake else {
                model.values = read.echo
                model.errors = read.errors
                return try await services.render(FeedbackFormView.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let calendar = try await feature.calendar.calendar(on: services.db)
            let code = try await FeedbackStore.submit(intake, by: .sender, actor: context.actor, calendar: calendar, on: services.database)
            try await FeedbackThrottle.record(.submission, address, on: services.db, now: context.now)
            return Responses.redirect(FeedbackURL.submitted.path + "?ma=\(code.text)")
        }
        routes.get(FeedbackURL.submitted.path) { request, context in
            guard let code = request.queryFields["ma"], FeedbackCode.isValid(code),
                  let record = try await FeedbackStore.find(code: code, on: services.db) else { throw AppError.notFound }
            return try await services.render(FeedbackFollowView.receipt(record, context.language), request, context)
        }
    }

    /// Following a case with its code and phone digits: rating, disagreeing, adding information.
    static func registerFollowUp(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.get(FeedbackURL.follow.path) { request, context in
            let query = request.queryFields
            var model = FeedbackFollowView.Model(code: query["ma"] ?? "", lastFour: query["so"] ?? "")
            model.notice = switch query["thong-bao"] {
            case "da-danh-gia": S.fbRated(context.language)
            case "khong-dong-y": S.fbDisagreed(context.language)
            case "da-bo-sung": S.fbReplied(context.language)
            default: nil
            }
            if !model.code.isEmpty {
                model.outcome = try await lookup(model.code, model.lastFour, context, services)
                if case .found(let record) = model.outcome { model.resubmission = try await FeedbackStore.resubmission(of: record.code.text, on: services.db) }
            }
            let status: HTTPResponse.Status = if case .blocked = model.outcome { .tooManyRequests } else { .ok }
            return try await services.render(FeedbackFollowView.page(model, context.language), request, context, status: status)
        }
        routes.post(FeedbackURL.followAction(":action").path) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let code = fields["ma"] ?? "", digits = fields["so"] ?? ""
            var model = FeedbackFollowView.Model(code: code, lastFour: digits)
            model.outcome = try await lookup(code, digits, context, services)
            guard case .found(let record) = model.outcome else {
                return try await services.render(FeedbackFollowView.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let now = LocalDateTime(context.now)
            let action = context.parameters.get("action") ?? ""
            let event: FeedbackEvent
            switch action {
            case "danh-gia":
                event = .rate(at: now, Satisfaction(rawValue: fields["muc"] ?? "") ?? .satisfied)
            case "khong-dong-y":
                event = .disagree(at: now, reason: InputText.clean(fields["ly-do"] ?? ""))
            case "bo-sung":
                event = .receiveInformation(at: now, reply: InputText.clean(fields["bo-sung"] ?? ""))
            default: throw AppError.notFound
            }
            do {
                let calendar = try await feature.calendar.calendar(on: services.db)
                try await FeedbackStore.apply(.event(event), to: record.code.text, by: .sender, actor: context.actor, calendar: calendar, on: services.database)
            } catch let refusal as Refusal {
                model.actionError = refusal.text(context.language)
                return try await services.render(FeedbackFollowView.page(model, context.language), request, context, status: .unprocessableContent)
            }
            let notice = ["danh-gia": "da-danh-gia", "khong-dong-y": "khong-dong-y"][action] ?? "da-bo-sung"
            return Responses.redirect(FeedbackURL.follow.path + "?ma=\(record.code.text)&so=\(digits)&thong-bao=\(notice)")
        }
    }

    /// The case for the code and the last four phone digits; misses are counted per address.
    static func lookup(_ code: String, _ digits: String, _ context: AppRequestContext, _ services: Services) async throws -> FeedbackFollowView.Outcome {
        let address = context.clientAddress ?? "unknown"
        if try await FeedbackThrottle.isBlocked(.lookupMiss, address, on: services.db, now: context.now) { return .blocked }
        let code = code.trimmingCharacters(in: .whitespaces).uppercased()
        let digits = digits.filter { $0.isASCII && $0.isNumber }
        if FeedbackCode.isValid(code), digits.count == 4, let record = try await FeedbackStore.find(code: code, on: services.db),
           record.sender.phone?.lastFour == digits {
            return .found(record)
        }
        return try await FeedbackThrottle.record(.lookupMiss, address, on: services.db, now: context.now) ? .blocked : .notFound
    }

    /// The fields and files of a multipart form, or the fields of a URL-encoded one.
    static func readBody(_ request: Request, _ context: AppRequestContext) async throws -> ([String: String], [MultipartForm.File]) {
        var request = request
        let type = request.headers[.contentType] ?? ""
        if let boundary = MultipartForm.boundary(from: type) {
            let body = try await request.collectBody(upTo: context.maxUploadSize)
            guard let form = MultipartForm(body: Data(buffer: body), boundary: boundary) else { throw AppError.badRequest("multipart") }
            return (form.fields, form.files.filter { $0.fieldName == "tep" })
        }
        let fields = try await request.formFields(context: context)
        return (fields.values.compactMapValues(\.first), [])
    }
}
