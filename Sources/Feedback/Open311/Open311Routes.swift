import Catalog
import FeedbackRules
import Foundation
import Hummingbird
import NIOFoundationCompat
import Platform
import SQLKit
import WorkCalendar

/// Open311 GeoReport v2 at `/open311/v2`: discovery, services, service definitions, requests
/// (POST with an API key, GET with filters, GET one) and tokens, in JSON and XML by suffix,
/// errors in the spec's format. The documents and checks are `FeedbackRules`'.
enum Open311Routes {
    static let base = FeedbackURL.open311.path
    static let endpoint = Open311Endpoint(
        jurisdictionID: ProcessInfo.processInfo.environment["MINHBACH_OPEN311_JURISDICTION"] ?? "minhbach.local")

    static func register(_ routes: Routes, _ services: Services, _ feature: FeedbackFeature) {
        routes.table.addAPIPrefix(base + "/")
        routes.get("\(base)/:resource") { request, context in
            let (name, format) = try split(context.parameters.get("resource") ?? "")
            let parameters = FormParameters(request.queryFields.values.flatMap { key, values in values.map { (name: key, value: $0) } })
            switch name {
            case "discovery":
                let url = services.config.absoluteURL(base, requestHost: request.head.authority)
                let discovery = Open311Discovery(changeset: "2026-11-29T00:00:00Z", contact: "Văn phòng HĐND và UBND",
                                                 keyService: "Liên hệ quản trị viên để được cấp api_key", endpointURL: url)
                return respond(discovery.document, format)
            case "services":
                return respond(endpoint.services(parameters, context.language), format)
            case "requests":
                return try await listRequests(parameters, format, services)
            default:
                return errors(Open311Errors([.badParameter("path", "không có tài nguyên \(name)")]), format, status: 404)
            }
        }
        routes.get("\(base)/services/:code") { _, context in
            let (code, format) = try split(context.parameters.get("code") ?? "")
            return respond(endpoint.checkServiceDefinition(code: code, FormParameters([]), context.language), format)
        }
        routes.get("\(base)/requests/:id") { request, context in
            let (id, format) = try split(context.parameters.get("id") ?? "")
            let parameters = FormParameters(request.queryFields.values.flatMap { key, values in values.map { (name: key, value: $0) } })
            if let error = endpoint.jurisdictionError(parameters, context.language) { return errors(Open311Errors([error]), format) }
            guard FeedbackCode.isValid(id), let view = try await publicView(code: id, services) else {
                return errors(Open311Errors([.requestNotFound(id, context.language)]), format)
            }
            return respond(Open311ServiceRequest.document([view]), format)
        }
        routes.get("\(base)/tokens/:token") { _, context in
            let (token, format) = try split(context.parameters.get("token") ?? "")
            return errors(Open311Errors([.tokenNotFound(token, context.language)]), format)
        }
        routes.post("\(base)/:resource") { request, context in
            let (name, format) = try split(context.parameters.get("resource") ?? "")
            guard name == "requests" else { return errors(Open311Errors([.badParameter("path", "POST requests only")]), format, status: 404) }
            return try await postRequest(request, format, context, services, feature)
        }
    }

    static func split(_ component: String) throws -> (String, Open311Format) {
        guard let parts = Open311Format.split(component) else { throw AppError.notFound }
        return parts
    }

    static func respond(_ result: Result<Open311Document, Open311Errors>, _ format: Open311Format) -> Response {
        switch result {
        case .success(let document): respond(document, format)
        case .failure(let failure): errors(failure, format)
        }
    }

    static func respond(_ document: Open311Document, _ format: Open311Format, status: HTTPResponse.Status = .ok) -> Response {
        Responses.text(document.render(format), contentType: format.contentType, status: status)
    }

    static func errors(_ failure: Open311Errors, _ format: Open311Format, status: Int? = nil) -> Response {
        respond(failure.document, format, status: HTTPResponse.Status(code: status ?? failure.status))
    }

    static func postRequest(_ request: Request, _ format: Open311Format, _ context: AppRequestContext, _ services: Services,
                            _ feature: FeedbackFeature) async throws -> Response {
        var request = request
        let body = try await request.collectBody(upTo: 64 * 1024)
        let parameters: FormParameters
        switch decode(String(buffer: body)) {
        case .success(let value): parameters = value
        case .failure(let failure): return errors(failure, format)
        }
        let parsed: Open311NewRequest
        switch Open311NewRequest.parse(parameters, endpoint: endpoint, language: context.language) {
        case .success(let value): parsed = value
        case .failure(let failure): return errors(failure, format)
        }
        guard try await APIKeys.isValid(parsed.apiKey, on: services.db) else {
            return errors(Open311Errors([.invalidAPIKey(context.language)]), format)
        }
        var procedureName: String?
        var field = parsed.submission.contentKind.shortName.vi
        if let code = parsed.submission.subject.procedureCode?.value {
            guard let procedure = try await ProcedureStore.find(code, on: services.db) else {
                return errors(Open311Errors([.badParameter("attribute[\(Open311Catalog.Code.procedureCode)]", S.fbErrUnknownProcedure(context.language, code))]), format)
            }
            procedureName = procedure.name
            field = procedure.field ?? field
        }
        let intake = FeedbackIntake(submission: parsed.submission, procedureName: procedureName, field: field, at: context.localNow,
                                    location: parsed.location)
        let calendar = try await feature.calendar.calendar(on: services.db)
        let code = try await FeedbackStore.submit(intake, by: .sender, actor: context.actor, calendar: calendar, on: services.database)
        return respond(Open311NewRequest.response(code: code, notice: SubmissionNotices.complaintsAndDenunciations(context.language)), format)
    }

    static func decode(_ text: String) -> Result<FormParameters, Open311Errors> {
        do throws(Open311Errors) { return .success(try FormParameters(encoded: text)) } catch { return .failure(error) }
    }

    static func listRequests(_ parameters: FormParameters, _ format: Open311Format, _ services: Services) async throws -> Response {
        let query: Open311RequestsQuery
        switch Open311RequestsQuery.parse(parameters, now: services.clock.now, endpoint: endpoint) {
        case .success(let value): query = value
        case .failure(let failure): return errors(failure, format)
        }
        let views: [Open311ServiceRequest]
        if let ids = query.ids {
            var found: [Open311ServiceRequest] = []
            let names = try await ResponsibleNames.load(services)
            for id in ids { if let view = try await publicView(code: id.text, services, names) { found.append(view) } }
            views = found
        } else {
            let sql = services.database.sql
            let from = LocalDateTime(query.start).iso, to = LocalDateTime(query.end).iso
            let rows = try await sql.raw("""
                SELECT code, lifecycle, location FROM feedback_cases WHERE received_at >= \(bind: from) AND received_at <= \(bind: to)
                ORDER BY received_at DESC LIMIT 5000
                """).all()
            let names = try await ResponsibleNames.load(services)
            views = try rows.map { try view($0, names) }
        }
        return respond(Open311ServiceRequest.document(query.select(views)), format)
    }

    /// The public view of one case: only the columns the rules' public representation reads.
    static func publicView(code: String, _ services: Services, _ names: ResponsibleNames? = nil) async throws -> Open311ServiceRequest? {
        guard let row = try await services.database.sql.raw("SELECT code, lifecycle, location FROM feedback_cases WHERE code = \(bind: code)").first()
        else { return nil }
        if let names { return try view(row, names) }
        return try view(row, try await ResponsibleNames.load(services))
    }

    static func view(_ row: any SQLRow, _ names: ResponsibleNames) throws -> Open311ServiceRequest {
        Open311ServiceRequest(
            code: try FeedbackCode.parse(try row.decode(column: "code", as: String.self)),
            feedback: try StoredJSON.decode(FeedbackCase.self, try row.decode(column: "lifecycle", as: String.self)),
            location: try row.decode(column: "location", as: String?.self).map { try StoredJSON.decode(Open311Location.self, $0) },
            receivingBody: names.site, unitName: names.unit)
    }

    /// Who `agency_responsible` names: a unit by its name, otherwise this site's committee.
    struct ResponsibleNames {
        var site: String
        var units: FeedbackUnits

        static func load(_ services: Services) async throws -> ResponsibleNames {
            ResponsibleNames(site: try await Settings.siteUnit(on: services.db)?.name ?? "UBND", units: try await FeedbackUnits.load(services))
        }

        func unit(_ id: String) -> String? { UUID(uuidString: id).flatMap { units.byID[$0]?.name } }
    }
}
