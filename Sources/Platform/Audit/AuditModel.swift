import FluentKit
import Foundation

/// One write that matters: who, when, which record, what changed, from where.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_log"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @OptionalField(key: "actor_id") public var actorID: UUID?
    @Field(key: "actor_name") public var actorName: String
    @Field(key: "action") public var action: String
    @Field(key: "entity_type") public var entityType: String
    @OptionalField(key: "entity_id") public var entityID: String?
    @OptionalField(key: "entity_label") public var entityLabel: String?
    /// JSON objects of the changed fields before and after (sorted keys).
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "request_id") public var requestID: String?

    public init() {}
}
