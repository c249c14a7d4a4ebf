import FluentKit
import Foundation

final class SettingModel: Model, @unchecked Sendable {
    static let schema = "settings"
    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "value") var value: String
    init() {}
}

/// Deployment settings kept as data (which unit this site belongs to, …).
public enum Settings {
    public static let siteUnitKey = "site_unit_id"

    public static func get(_ key: String, on db: any Database) async throws -> String? {
        try await SettingModel.find(key, on: db)?.value
    }

    public static func set(_ key: String, _ value: String, actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            let existing = try await SettingModel.find(key, on: tx)
            let old = existing?.value
            guard old != value else { return }
            let model = existing ?? SettingModel()
            model.id = key
            model.value = value
            try await model.save(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "setting.set", entityType: "setting", entityID: key, label: key,
                before: old.map { ["value": $0] } ?? [:], after: ["value": value])
        }
    }

    /// Writes a value that is bookkeeping, not a decision (e.g. a cache version): not audited.
    public static func store(_ key: String, _ value: String, on db: any Database) async throws {
        let model = try await SettingModel.find(key, on: db) ?? SettingModel()
        model.id = key
        model.value = value
        try await model.save(on: db)
    }

    /// The unit the site speaks for: its name heads every page and its feedback address
    /// stands in the footer.
    public static func siteUnit(on db: any Database) async throws -> UnitRecord? {
        guard let raw = try await get(siteUnitKey, on: db), let id = UUID(uuidString: raw) else { return nil }
        return try await UnitStore.find(id, on: db)
    }
}
