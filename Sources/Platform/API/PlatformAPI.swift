import FluentKit
import Foundation
import Hummingbird

/// `/api/v1` for units, people and the audit log. Bearer tokens from `POST /api/v1/session`.
public enum PlatformAPI {
    public static func register(_ routes: Routes, _ services: Services) {
        routes.post(PlatformURL.apiSession.path) { request, context in try await createSession(request, context, services) }
        routes.staff.delete(PlatformURL.apiSession.path, requires: .manageOwnAccount) { _, context in
            try await SessionStore.delete(id: context.identity.sessionID, on: services.db)
            return Response(status: .noContent)
        }
        routes.staff.get(PlatformURL.apiUnits.path, requires: .viewUnits) { request, context in
            let q = request.queryFields
            var query = UnitListQuery()
            query.text = q["q"].map(InputText.clean)
            query.kind = q["kind"].flatMap { $0.isEmpty ? nil : UnitKind(rawValue: $0) }
            query.includeClosed = q["include_closed"] == "true"
            query.page = min(10_000, max(1, Int(q["page"] ?? "") ?? 1))
            query.perPage = min(200, max(1, Int(q["per_page"] ?? "") ?? 50))
            let (units, total) = try await UnitStore.list(query, today: context.localNow.date.iso, on: services.db)
            return try Responses.json(UnitListDTO(items: units.map(UnitDTO.init), total: total, page: query.page, perPage: query.perPage))
        }
        routes.staff.get(PlatformURL.apiUnit(":id").path, requires: .viewUnits) { _, context in
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            return try Responses.json(UnitDTO(try await UnitStore.require(id, on: services.db)))
        }
        routes.staff.post(PlatformURL.apiUnits.path, requires: .viewUnits) { request, context in
            var request = request
            let person = context.person
            let fields = try await jsonFields(&request)
            let (draft, reader) = try await UnitForm.read(fields, language: context.language, existingID: nil, on: services.db)
            guard let draft else { throw AppError.validation(reader.errors) }
            let parent = try await draft.parentID.asyncMap { try await UnitStore.find($0, on: services.db) } ?? nil
            try await Authorizer.check(person, .createUnit(parent: parent), on: services.db)
            return try Responses.json(UnitDTO(try await UnitStore.create(draft, actor: context.actor, on: services.db)), status: .created)
        }
        routes.staff.patch(PlatformURL.apiUnit(":id").path, requires: .viewUnits) { request, context in
            var request = request
            guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw AppError.notFound }
            let unit = try await UnitStore.require(id, on: services.db)
            try await Authorizer.check(context.person, .editUnit(unit), on: services.db)
            var fields = UnitForm.values(unit).map { ($0.key, $0.value) }
            let patch = try await jsonFields(&request)
            fields.removeAll { patch.values.keys.contains($0.0) }
            for (key, values) in patch.values { fields.append((key, values.first ?? "")) }
            let (draft, reader) = try await UnitForm.read(FormFields(fields), language: context.language, existingID: id, on: services.db)
            guard let draft else { throw AppError.validation(reader.errors) }
            return try Responses.json(UnitDTO(try await UnitStore.update(id, with: draft, actor: context.actor, on: services.db)))
        }
        routes.staff.get(PlatformURL.apiPeople.path, requires: .managePeople) { _, context in
            return try Responses.json(PersonListDTO(items: try await PersonStore.list(on: services.db).map(PersonDTO.init)))
        }
        routes.staff.get(PlatformURL.apiAudit.path, requires: .viewAudit) { request, context in
            let q = request.queryFields
            var query = AuditQuery()
            query.entityType = q["entity_type"].flatMap { $0.isEmpty ? nil : $0 }
            query.entityID = q["entity_id"].flatMap { $0.isEmpty ? nil : $0 }
            query.page = min(10_000, max(1, Int(q["page"] ?? "") ?? 1))
            let (entries, total) = try await Audit.list(on: services.db, query)
            return try Responses.json(AuditListDTO(items: entries.map(AuditDTO.init), total: total, page: query.page))
        }
    }

    static func createSession(_ request: Request, _ context: AppRequestContext, _ services: Services) async throws -> Response {
        var request = request
        let fields = try await jsonFields(&request)
        let db = services.db
        let model: PersonModel
        switch try await SignIn.check(username: fields["username"] ?? "", password: fields["password"] ?? "", address: context.clientAddress ?? "unknown", at: context.now, on: db) {
        case .missing: throw AppError.validation([FieldError(field: "username", message: S.signInMissing(context.language))])
        case .throttled: throw AppError.tooManyRequests(S.signInThrottled(context.language))
        case .failed: throw AppError.unauthorized
        case .success(let person): model = person
        }
        let token = try await SessionStore.create(for: model.id!, kind: .api, at: context.now, on: db)
        return try Responses.json(SessionDTO(token: token, expiresIn: Int(SessionStore.apiLifetime)), status: .created)
    }

    /// A JSON object body as fields: strings (or null, meaning empty) only.
    static func jsonFields(_ request: inout Request) async throws -> FormFields {
        let buffer = try await request.collectBody(upTo: 64 * 1024)
        guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: buffer)) as? [String: Any] else {
            throw AppError.badRequest("Body must be a JSON object.")
        }
        var pairs: [(String, String)] = []
        var errors: [FieldError] = []
        for (key, value) in object {
            if let string = value as? String { pairs.append((key, string)) } else if value is NSNull { pairs.append((key, "")) } else {
                errors.append(FieldError(field: key, message: "\(key): must be a string"))
            }
        }
        guard errors.isEmpty else { throw AppError.validation(errors) }
        return FormFields(pairs)
    }
}

import NIOFoundationCompat
