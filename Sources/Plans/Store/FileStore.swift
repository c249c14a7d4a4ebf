import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

/// Evidence files: checked by their first bytes and size, kept in the database (base64 text,
/// which both databases store alike), served to the office and the unit that uploaded them.
public enum FileStore {
    /// The content type the first bytes prove for this name, or nil (then the rules refuse it).
    public static func sniff(fileName: String, data: Data) -> String? {
        let ext = (fileName as NSString).pathExtension.lowercased()
        let bytes = [UInt8](data.prefix(12))
        func starts(_ prefix: [UInt8]) -> Bool { bytes.starts(with: prefix) }
        if starts(Array("%PDF".utf8)) { return "application/pdf" }
        if starts([0xFF, 0xD8, 0xFF]) { return "image/jpeg" }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return "image/png" }
        if starts(Array("RIFF".utf8)), bytes.count >= 12, Array(bytes[8..<12]) == Array("WEBP".utf8) { return "image/webp" }
        let zip: [String: String] = [
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        ]
        let ole: [String: String] = ["doc": "application/msword", "xls": "application/vnd.ms-excel", "ppt": "application/vnd.ms-powerpoint"]
        if starts([0x50, 0x4B, 0x03, 0x04]) { return zip[ext] }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return ole[ext] }
        return nil
    }

    /// A file as uploaded, ready for `ReportForm.validate` and then for `ReportStore.save`.
    public static func prepare(fileName: String, data: Data) -> NewEvidenceFile {
        let name = InputText.clean(fileName).isEmpty ? "tep" : InputText.clean(fileName)
        let type = sniff(fileName: name, data: data) ?? "application/octet-stream"
        return NewEvidenceFile(reference: FileReference(id: UUID().uuidString, name: name, contentType: type, byteCount: data.count),
                               data: data)
    }

    static func insert(_ file: NewEvidenceFile, planID: UUID, unit: UnitID, person: UUID, at: LocalDateTime,
                       on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO plan_files (id, plan_id, unit_id, name, content_type, byte_count, data, uploaded_by, uploaded_at)
            VALUES (\(bind: file.reference.id), \(bind: planID.uuidString), \(bind: unit.rawValue), \(bind: file.reference.name),
              \(bind: file.reference.contentType), \(bind: file.data.count), \(bind: file.data.base64EncodedString()),
              \(bind: person.uuidString), \(bind: at.iso))
            """).run()
    }

    /// A stored file: its plan, the unit it belongs to (nil for the plan's own documents), its bytes.
    public struct StoredFile: Sendable {
        public let planID: String
        public let unit: UUID?
        public let name: String
        public let type: String
        public let data: Data
    }

    public static func find(_ id: UUID, on db: any Database) async throws -> StoredFile? {
        let sql = db.sql
        guard let row = try await sql.raw("SELECT plan_id, unit_id, name, content_type, data FROM plan_files WHERE id = \(bind: id.uuidString)").first(),
              let data = Data(base64Encoded: try row.decode(column: "data", as: String.self)) else { return nil }
        return StoredFile(planID: try row.decode(column: "plan_id", as: String.self),
                          unit: UUID(uuidString: try row.decode(column: "unit_id", as: String.self)),
                          name: try row.decode(column: "name", as: String.self), type: try row.decode(column: "content_type", as: String.self),
                          data: data)
    }

    /// The plan's own documents (the signed plan…): files with no unit.
    public static func documents(_ planID: UUID, on db: any Database) async throws -> [FileReference] {
        let sql = db.sql
        return try await sql.raw("""
            SELECT id, name, content_type, byte_count FROM plan_files WHERE plan_id = \(bind: planID.uuidString) AND unit_id = ''
            ORDER BY uploaded_at, name
            """).all().map { row in
            FileReference(id: try row.decode(column: "id", as: String.self), name: try row.decode(column: "name", as: String.self),
                          contentType: try row.decode(column: "content_type", as: String.self),
                          byteCount: try row.decode(column: "byte_count", as: Int.self))
        }
    }

    /// Attaches a document to the plan itself (a PDF: the signed plan); audited.
    public static func attach(_ file: NewEvidenceFile, to planID: UUID, person: UUID, actor: AuditActor,
                              at: LocalDateTime? = nil, on handle: DatabaseHandle) async throws {
        let at = at ?? LocalDateTime(actor.at)
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await insert(file, planID: planID, unit: UnitID(""), person: person, at: at, on: sql)
            try await Audit.record(on: tx, actor: actor, action: "plan.attach", entityType: "plan", entityID: planID.uuidString,
                                   label: file.reference.name, after: ["file": file.reference.name, "bytes": String(file.data.count)])
        }
    }
}
