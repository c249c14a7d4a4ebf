import FluentKit
import Foundation
import Platform

/// Uploaded forms of procedures: added and removed by staff (audited), downloaded by anyone.
public enum ProcedureForms {
    public struct Info: Sendable, Equatable {
        public var id: UUID
        public var templateName: String
        public var fileName: String
        public var size: Int
    }

    public static func list(_ code: String, on db: any Database) async throws -> [Info] {
        // Only the columns a list needs; the file bytes stay in the database.
        try await ProcedureFormModel.query(on: db).filter(\.$procedureCode == code)
            .field(\.$id).field(\.$templateName).field(\.$fileName).field(\.$size).sort(\.$templateName).all()
            .map { Info(id: $0.id!, templateName: $0.templateName, fileName: $0.fileName, size: $0.size) }
    }

    public static func file(_ id: UUID, of code: String, on db: any Database) async throws -> (name: String, type: String, data: Data) {
        guard let model = try await ProcedureFormModel.find(id, on: db), model.procedureCode == code else { throw AppError.notFound }
        return (model.fileName, model.contentType, model.data)
    }

    @discardableResult
    public static func add(
        _ code: String, templateName: String, fileName: String, contentType: String, data: Data, actor: AuditActor, on db: any Database
    ) async throws -> UUID {
        try await db.transaction { tx in
            let model = ProcedureFormModel()
            model.procedureCode = code
            model.templateName = templateName
            model.fileName = fileName
            model.contentType = contentType
            model.size = data.count
            model.data = data
            try await model.create(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.form_add", entityType: "procedure", entityID: code, label: code,
                after: ["form": templateName, "file": fileName, "bytes": String(data.count)])
            return model.id!
        }
    }

    public static func remove(_ id: UUID, of code: String, actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            guard let model = try await ProcedureFormModel.find(id, on: tx), model.procedureCode == code else { throw AppError.notFound }
            try await model.delete(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.form_remove", entityType: "procedure", entityID: code, label: code,
                before: ["form": model.templateName, "file": model.fileName], after: [:])
        }
    }
}
