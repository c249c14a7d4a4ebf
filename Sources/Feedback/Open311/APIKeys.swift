import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Open311 API keys issued by administrators. Only the SHA-256 of a key is stored; the key
/// itself is shown once, when issued.
public enum APIKeys {
    public struct Key: Sendable, Hashable {
        public var id: String
        public var label: String
        public var createdAt: String
        public var createdBy: String
        public var revokedAt: String?
    }

    /// Issues a key labelled `label`; returns the key (shown once).
    public static func issue(label: String, actor: AuditActor, on handle: DatabaseHandle) async throws -> String {
        let key = Tokens.random(bytes: 24)
        let id = UUID().uuidString
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await sql.raw("""
                INSERT INTO open311_keys (id, label, key_hash, created_at, created_by)
                VALUES (\(bind: id), \(bind: label), \(bind: Tokens.digest(key)), \(bind: LocalDateTime(actor.at).iso), \(bind: actor.name))
                """).run()
            try await Audit.record(on: tx, actor: actor, action: "open311.key_issue", entityType: "open311_key", entityID: id, label: label, after: ["label": label])
        }
        return key
    }

    public static func revoke(_ id: String, actor: AuditActor, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await sql.raw("UPDATE open311_keys SET revoked_at = \(bind: LocalDateTime(actor.at).iso) WHERE id = \(bind: id) AND revoked_at IS NULL").run()
            try await Audit.record(on: tx, actor: actor, action: "open311.key_revoke", entityType: "open311_key", entityID: id, label: id, after: [:])
        }
    }

    /// Whether `key` is a key in force.
    public static func isValid(_ key: String, on db: any Database) async throws -> Bool {
        let sql = db.sql
        return try await sql.raw("SELECT id FROM open311_keys WHERE key_hash = \(bind: Tokens.digest(key)) AND revoked_at IS NULL").first() != nil
    }

    public static func list(on db: any Database) async throws -> [Key] {
        let sql = db.sql
        return try await sql.raw("SELECT id, label, created_at, created_by, revoked_at FROM open311_keys ORDER BY created_at DESC").all().map {
            Key(id: try $0.decode(column: "id", as: String.self), label: try $0.decode(column: "label", as: String.self),
                createdAt: try $0.decode(column: "created_at", as: String.self), createdBy: try $0.decode(column: "created_by", as: String.self),
                revokedAt: try $0.decode(column: "revoked_at", as: String?.self))
        }
    }
}
