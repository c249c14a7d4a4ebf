import FluentKit
import Foundation

/// A staff account. Citizens have no accounts.
public final class PersonModel: Model, @unchecked Sendable {
    public static let schema = "people"

    @ID(key: .id) public var id: UUID?
    @Field(key: "username") public var username: String
    @Field(key: "full_name") public var fullName: String
    @Field(key: "unit_id") public var unitID: UUID
    @OptionalField(key: "position") public var position: String?
    @OptionalField(key: "email") public var email: String?
    @Field(key: "roles") public var roles: String
    @Field(key: "password_hash") public var passwordHash: String
    @Field(key: "must_change_password") public var mustChangePassword: Bool
    @Field(key: "disabled") public var disabled: Bool
    @OptionalField(key: "last_login_at") public var lastLoginAt: Date?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var record: PersonRecord {
        PersonRecord(
            id: id!, username: username, fullName: fullName, unitID: unitID, position: position, email: email,
            roles: Role.parseList(roles), mustChangePassword: mustChangePassword, disabled: disabled)
    }
}

public struct PersonRecord: Sendable, Equatable {
    public var id: UUID
    public var username: String
    public var fullName: String
    public var unitID: UUID
    public var position: String?
    public var email: String?
    public var roles: Set<Role>
    public var mustChangePassword: Bool
    public var disabled: Bool

    public func has(_ role: Role) -> Bool { roles.contains(role) }

    public var auditSnapshot: [String: String] {
        var s = [
            "username": username, "full_name": fullName, "unit_id": unitID.uuidString,
            "roles": Role.serialize(roles), "disabled": String(disabled),
        ]
        s["position"] = position
        s["email"] = email
        return s
    }
}
