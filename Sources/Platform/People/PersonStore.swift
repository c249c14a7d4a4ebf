import FluentKit
import Foundation

public struct PersonDraft: Sendable {
    public var username: String
    public var fullName: String
    public var unitID: UUID
    public var position: String?
    public var email: String?
    public var roles: Set<Role>

    public init(username: String, fullName: String, unitID: UUID, position: String? = nil, email: String? = nil, roles: Set<Role>) {
        self.username = username
        self.fullName = fullName
        self.unitID = unitID
        self.position = position
        self.email = email
        self.roles = roles
    }
}

public enum PersonStore {
    public static func find(_ id: UUID, on db: any Database) async throws -> PersonRecord? {
        try await PersonModel.find(id, on: db)?.record
    }

    public static func find(username: String, on db: any Database) async throws -> PersonModel? {
        try await PersonModel.query(on: db).filter(\.$username == username.lowercased()).first()
    }

    public static func list(on db: any Database) async throws -> [PersonRecord] {
        try await PersonModel.query(on: db).sort(\.$username).all().map(\.record)
    }

    /// Creates an account. `mustChangePassword` forces a new password at first sign-in in production.
    @discardableResult
    public static func create(
        _ draft: PersonDraft, password: String, mustChangePassword: Bool, cost: UInt8, actor: AuditActor, on db: any Database
    ) async throws -> PersonRecord {
        let hash = await Passwords.hash(password, cost: cost)
        return try await db.transaction { tx in
            if try await find(username: draft.username, on: tx) != nil {
                throw AppError.conflict("username")
            }
            let model = PersonModel()
            model.username = draft.username.lowercased()
            model.fullName = draft.fullName
            model.unitID = draft.unitID
            model.position = draft.position
            model.email = draft.email
            model.roles = Role.serialize(draft.roles)
            model.passwordHash = hash
            model.mustChangePassword = mustChangePassword
            model.disabled = false
            try await model.create(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "person.create", entityType: "person", entityID: model.id!.uuidString,
                label: model.username, after: model.record.auditSnapshot)
            return model.record
        }
    }

    public static func setPassword(
        _ id: UUID, to password: String, mustChange: Bool, cost: UInt8, actor: AuditActor, on db: any Database
    ) async throws {
        let hash = await Passwords.hash(password, cost: cost)
        try await db.transaction { tx in
            guard let model = try await PersonModel.find(id, on: tx) else { throw AppError.notFound }
            model.passwordHash = hash
            model.mustChangePassword = mustChange
            try await model.update(on: tx)
            // Every other session of this person ends with the old password.
            try await SessionModel.query(on: tx).filter(\.$personID == id).delete()
            try await Audit.record(
                on: tx, actor: actor, action: "person.password", entityType: "person", entityID: id.uuidString,
                label: model.username, after: ["must_change_password": String(mustChange)])
        }
    }

    public static func setDisabled(_ id: UUID, _ disabled: Bool, actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            guard let model = try await PersonModel.find(id, on: tx) else { throw AppError.notFound }
            let before = model.record.auditSnapshot
            model.disabled = disabled
            try await model.update(on: tx)
            if disabled { try await SessionModel.query(on: tx).filter(\.$personID == id).delete() }
            try await Audit.record(
                on: tx, actor: actor, action: disabled ? "person.disable" : "person.enable", entityType: "person",
                entityID: id.uuidString, label: model.username, before: before, after: model.record.auditSnapshot)
        }
    }
}
