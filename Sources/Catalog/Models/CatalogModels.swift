import FluentKit
import Foundation

/// A procedure row: the whole `Procedure` as JSON, plus the columns filters and lists need.
final class ProcedureModel: Model, @unchecked Sendable {
    static let schema = "procedures"

    @ID(custom: "code", generatedBy: .user) var id: String?
    @Field(key: "name") var name: String
    @Field(key: "search_name") var searchName: String
    @OptionalField(key: "field") var field: String?
    /// Levels joined with "|", e.g. "Cấp xã|Cấp tỉnh".
    @Field(key: "levels") var levels: String
    @OptionalField(key: "implementing_agency") var implementingAgency: String?
    @Field(key: "online_level") var onlineLevel: String
    @Field(key: "status") var status: String
    @OptionalField(key: "replaced_by") var replacedBy: String?
    @Field(key: "document") var document: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    init() {}
}

/// Which of the deployment's units receive and handle a procedure (drives posting and dossiers).
final class ProcedureUnitModel: Model, @unchecked Sendable {
    static let schema = "procedure_units"

    @ID(key: .id) var id: UUID?
    @Field(key: "procedure_code") var procedureCode: String
    @Field(key: "unit_id") var unitID: UUID
    /// The unit's own internal processing time, in working days, when shorter than the law's.
    @OptionalField(key: "internal_days") var internalDays: Int?

    init() {}
}

/// One run of an import: what came in, what it did, what it could not read.
final class CatalogImportModel: Model, @unchecked Sendable {
    static let schema = "catalog_imports"

    @ID(key: .id) var id: UUID?
    @Field(key: "at") var at: Date
    @Field(key: "actor_name") var actorName: String
    @Field(key: "sources") var sources: String
    @Field(key: "created") var created: Int
    @Field(key: "updated") var updated: Int
    @Field(key: "unchanged") var unchanged: Int
    /// JSON: [{"code","file","warnings":[…]}]
    @Field(key: "warnings") var warnings: String
    /// JSON: [{"file","reason"}]
    @Field(key: "rejected") var rejected: String

    init() {}
}

/// An uploaded form (mẫu đơn, tờ khai) of a procedure, kept in the database so every instance
/// serves it.
final class ProcedureFormModel: Model, @unchecked Sendable {
    static let schema = "procedure_forms"

    @ID(key: .id) var id: UUID?
    @Field(key: "procedure_code") var procedureCode: String
    /// The template name the procedure lists (e.g. "Tờ khai đăng ký khai sinh.docx").
    @Field(key: "template_name") var templateName: String
    @Field(key: "file_name") var fileName: String
    @Field(key: "content_type") var contentType: String
    @Field(key: "size") var size: Int
    @Field(key: "data") var data: Data
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?

    init() {}
}
