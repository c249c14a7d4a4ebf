import FluentKit
import Foundation

/// A signed-in session, shared by every app instance through the database.
/// The id is the SHA-256 of the token the browser holds, so a leaked table grants nothing.
public final class SessionModel: Model, @unchecked Sendable {
    public static let schema = "sessions"

    @ID(custom: "id", generatedBy: .user) public var id: String?
    @Field(key: "person_id") public var personID: UUID
    /// `web` (cookie) or `api` (bearer token).
    @Field(key: "kind") public var kind: String
    @Field(key: "created_at") public var createdAt: Date
    @Field(key: "expires_at") public var expiresAt: Date
    @Field(key: "last_seen_at") public var lastSeenAt: Date

    public init() {}
}
