import Foundation

struct SessionDTO: Codable {
    var token: String
    var expiresIn: Int
    enum CodingKeys: String, CodingKey { case token, expiresIn = "expires_in" }
}

struct UnitDTO: Codable {
    var id: UUID
    var name: String
    var kind: String
    var parentID: UUID?
    var agencyCode: String?
    var gsoCode: String?
    var address: String?
    var phone: String?
    var email: String?
    var feedbackAddress: String?
    var feedbackPhone: String?
    var validFrom: String?
    var validTo: String?

    enum CodingKeys: String, CodingKey {
        case id, name, kind, address, phone, email
        case parentID = "parent_id", agencyCode = "agency_code", gsoCode = "gso_code"
        case feedbackAddress = "feedback_address", feedbackPhone = "feedback_phone"
        case validFrom = "valid_from", validTo = "valid_to"
    }

    init(_ u: UnitRecord) {
        id = u.id
        name = u.name
        kind = u.kind.rawValue
        parentID = u.parentID
        agencyCode = u.agencyCode
        gsoCode = u.gsoCode
        address = u.address
        phone = u.phone
        email = u.email
        feedbackAddress = u.feedbackAddress
        feedbackPhone = u.feedbackPhone
        validFrom = u.validFrom
        validTo = u.validTo
    }
}

struct UnitListDTO: Codable {
    var items: [UnitDTO]
    var total: Int
    var page: Int
    var perPage: Int
    enum CodingKeys: String, CodingKey { case items, total, page, perPage = "per_page" }
}

struct PersonDTO: Codable {
    var id: UUID
    var username: String
    var fullName: String
    var unitID: UUID
    var roles: [String]
    var disabled: Bool
    enum CodingKeys: String, CodingKey { case id, username, roles, disabled, fullName = "full_name", unitID = "unit_id" }

    init(_ p: PersonRecord) {
        id = p.id
        username = p.username
        fullName = p.fullName
        unitID = p.unitID
        roles = p.roles.map(\.rawValue).sorted()
        disabled = p.disabled
    }
}

struct PersonListDTO: Codable { var items: [PersonDTO] }

struct AuditDTO: Codable {
    var id: UUID
    var at: Date
    var actorName: String
    var action: String
    var entityType: String
    var entityID: String?
    var entityLabel: String?
    var before: [String: String]
    var after: [String: String]
    enum CodingKeys: String, CodingKey {
        case id, at, action, before, after
        case actorName = "actor_name", entityType = "entity_type", entityID = "entity_id", entityLabel = "entity_label"
    }

    init(_ e: AuditEntry) {
        id = e.id
        at = e.at
        actorName = e.actorName
        action = e.action
        entityType = e.entityType
        entityID = e.entityID
        entityLabel = e.entityLabel
        before = e.before
        after = e.after
    }
}

struct AuditListDTO: Codable {
    var items: [AuditDTO]
    var total: Int
    var page: Int
}
