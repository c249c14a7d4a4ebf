import FluentKit
import Foundation

/// An organisation unit: a People's Committee, a department, a one-stop desk… The tree is
/// data (units have a parent, validity dates and successors), never hard-coded levels.
public final class UnitModel: Model, @unchecked Sendable {
    public static let schema = "units"

    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    /// The name folded for searching without diacritics ("phong tu phap").
    @Field(key: "search_name") public var searchName: String
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "parent_id") public var parentID: UUID?
    @OptionalField(key: "agency_code") public var agencyCode: String?
    @OptionalField(key: "gso_code") public var gsoCode: String?
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "feedback_address") public var feedbackAddress: String?
    @OptionalField(key: "feedback_phone") public var feedbackPhone: String?
    /// ISO dates (`yyyy-MM-dd`), stored as text so both databases sort them alike.
    @OptionalField(key: "valid_from") public var validFrom: String?
    @OptionalField(key: "valid_to") public var validTo: String?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    public var record: UnitRecord {
        UnitRecord(
            id: id!, name: name, kind: UnitKind(rawValue: kind), parentID: parentID, agencyCode: agencyCode,
            gsoCode: gsoCode, address: address, phone: phone, email: email, feedbackAddress: feedbackAddress,
            feedbackPhone: feedbackPhone, validFrom: validFrom, validTo: validTo)
    }
}

/// A unit as a Sendable value, safe to pass between tasks and into views.
public struct UnitRecord: Sendable, Equatable, Codable {
    public var id: UUID
    public var name: String
    public var kind: UnitKind
    public var parentID: UUID?
    public var agencyCode: String?
    public var gsoCode: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var feedbackAddress: String?
    public var feedbackPhone: String?
    public var validFrom: String?
    public var validTo: String?

    /// A unit is closed once its `valid_to` date has passed.
    public func isActive(on day: String) -> Bool {
        if let validFrom, validFrom > day { return false }
        if let validTo, validTo < day { return false }
        return true
    }

    /// The fields an audit record keeps.
    public var auditSnapshot: [String: String] {
        var s: [String: String] = ["name": name, "kind": kind.rawValue]
        s["parent_id"] = parentID?.uuidString
        s["agency_code"] = agencyCode
        s["gso_code"] = gsoCode
        s["address"] = address
        s["phone"] = phone
        s["email"] = email
        s["feedback_address"] = feedbackAddress
        s["feedback_phone"] = feedbackPhone
        s["valid_from"] = validFrom
        s["valid_to"] = validTo
        return s
    }
}

/// A successor link: on `effective` the predecessor's work passed to the successor.
/// Several links with one successor record a merger; several with one predecessor, a split.
public final class UnitSuccessionModel: Model, @unchecked Sendable {
    public static let schema = "unit_successions"
    @ID(key: .id) public var id: UUID?
    @Field(key: "predecessor_id") public var predecessorID: UUID
    @Field(key: "successor_id") public var successorID: UUID
    @Field(key: "effective") public var effective: String
    @OptionalField(key: "note") public var note: String?
    public init() {}
    public init(predecessorID: UUID, successorID: UUID, effective: String, note: String?) {
        self.predecessorID = predecessorID
        self.successorID = successorID
        self.effective = effective
        self.note = note
    }
}

/// A named group that plans assign work to ("UBND các xã, thị trấn"). Members are the
/// listed units plus, when a rule is set, every unit of `ruleKind` under `ruleParentID`.
public final class UnitGroupModel: Model, @unchecked Sendable {
    public static let schema = "unit_groups"
    @ID(key: .id) public var id: UUID?
    @Field(key: "name") public var name: String
    @Field(key: "code") public var code: String
    @OptionalField(key: "rule_kind") public var ruleKind: String?
    @OptionalField(key: "rule_parent_id") public var ruleParentID: UUID?
    public init() {}
}

public final class UnitGroupMemberModel: Model, @unchecked Sendable {
    public static let schema = "unit_group_members"
    @ID(key: .id) public var id: UUID?
    @Field(key: "group_id") public var groupID: UUID
    @Field(key: "unit_id") public var unitID: UUID
    public init() {}
    public init(groupID: UUID, unitID: UUID) {
        self.groupID = groupID
        self.unitID = unitID
    }
}
