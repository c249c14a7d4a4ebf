import FluentKit
import Foundation

public enum SessionKind: String, Sendable { case web, api }

/// Sessions live in the database so that every app instance shares them.
public enum SessionStore {
    public static let webLifetime: TimeInterval = 8 * 3600
    public static let apiLifetime: TimeInterval = 24 * 3600

    /// Creates a session and returns the token for the cookie or the bearer header.
    public static func create(for personID: UUID, kind: SessionKind, at now: Date, on db: any Database) async throws -> String {
        let token = Tokens.random()
        let session = SessionModel()
        session.id = Tokens.digest(token)
        session.personID = personID
        session.kind = kind.rawValue
        session.createdAt = now
        session.lastSeenAt = now
        session.expiresAt = now.addingTimeInterval(kind == .web ? webLifetime : apiLifetime)
        try await session.create(on: db)
        return token
    }

    /// The session and its person for a token, or nil when unknown, expired or disabled.
    /// Web sessions slide: each use within the lifetime pushes the expiry forward.
    public static func resolve(token: String, kind: SessionKind, at now: Date, on db: any Database) async throws -> (String, PersonRecord)? {
        let id = Tokens.digest(token)
        guard let session = try await SessionModel.find(id, on: db), session.kind == kind.rawValue else { return nil }
        guard session.expiresAt > now else {
            try await session.delete(on: db)
            return nil
        }
        guard let person = try await PersonModel.find(session.personID, on: db), !person.disabled else { return nil }
        if kind == .web, now.timeIntervalSince(session.lastSeenAt) > 300 {
            session.lastSeenAt = now
            session.expiresAt = now.addingTimeInterval(webLifetime)
            try await session.update(on: db)
        }
        return (id, person.record)
    }

    public static func delete(id: String, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$id == id).delete()
    }

    public static func purgeExpired(at now: Date, on db: any Database) async throws {
        try await SessionModel.query(on: db).filter(\.$expiresAt < now).delete()
    }
}
