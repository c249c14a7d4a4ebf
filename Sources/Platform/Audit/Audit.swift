import FluentKit
import Foundation

/// Who did something: a signed-in person, or the server itself (a command, a job).
public struct AuditActor: Sendable {
    public var personID: UUID?
    public var name: String
    public var address: String?
    public var requestID: String?
    /// When the write happens: the request's moment, or the clock's time for a command or a job.
    public var at: Date

    public init(personID: UUID?, name: String, address: String?, requestID: String?, at: Date) {
        self.personID = personID
        self.name = name
        self.address = address
        self.requestID = requestID
        self.at = at
    }

    /// For writes made by `minhbach` commands and background jobs on the server.
    public static func system(_ what: String, at: Date) -> AuditActor {
        AuditActor(personID: nil, name: "system: \(what)", address: nil, requestID: nil, at: at)
    }
}

public enum Audit {
    /// Records a write. Call it inside the same transaction as the write itself, so the
    /// record and the change are durable together or not at all.
    /// When both snapshots are given only the fields that changed are kept.
    public static func record(
        on db: any Database, actor: AuditActor, action: String, entityType: String, entityID: String?,
        label: String? = nil, before: [String: String]? = nil, after: [String: String]? = nil
    ) async throws {
        var before = before
        var after = after
        if let old = before, let new = after {
            let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
            before = old.filter { changed.contains($0.key) }
            after = new.filter { changed.contains($0.key) }
        }
        let entry = AuditEntryModel()
        entry.at = actor.at
        entry.actorID = actor.personID
        entry.actorName = actor.name
        entry.action = action
        entry.entityType = entityType
        entry.entityID = entityID
        entry.entityLabel = label
        entry.before = before.map(encode)
        entry.after = after.map(encode)
        entry.address = actor.address
        entry.requestID = actor.requestID
        try await entry.create(on: db)
    }

    static func encode(_ fields: [String: String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(fields)) ?? Data("{}".utf8), as: UTF8.self)
    }

    public static func decode(_ json: String?) -> [String: String] {
        guard let json, let data = json.data(using: .utf8) else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: data)) ?? [:]
    }
}

/// A Sendable view of an audit row for pages and the API.
public struct AuditEntry: Sendable, Codable {
    public var id: UUID
    public var at: Date
    public var actorID: UUID?
    public var actorName: String
    public var action: String
    public var entityType: String
    public var entityID: String?
    public var entityLabel: String?
    public var before: [String: String]
    public var after: [String: String]
    public var address: String?
    public var requestID: String?

    init(_ model: AuditEntryModel) {
        id = model.id!
        at = model.at
        actorID = model.actorID
        actorName = model.actorName
        action = model.action
        entityType = model.entityType
        entityID = model.entityID
        entityLabel = model.entityLabel
        before = Audit.decode(model.before)
        after = Audit.decode(model.after)
        address = model.address
        requestID = model.requestID
    }
}

public struct AuditQuery: Sendable {
    public var entityType: String?
    public var entityID: String?
    public var actorID: UUID?
    public var action: String?
    public var text: String?
    public var page: Int = 1
    public var perPage: Int = 50
    public init() {}
}

extension Audit {
    public static func list(on db: any Database, _ query: AuditQuery) async throws -> (entries: [AuditEntry], total: Int) {
        var builder = AuditEntryModel.query(on: db)
        if let type = query.entityType { builder = builder.filter(\.$entityType == type) }
        if let id = query.entityID { builder = builder.filter(\.$entityID == id) }
        if let actor = query.actorID { builder = builder.filter(\.$actorID == actor) }
        if let action = query.action { builder = builder.filter(\.$action == action) }
        if let text = query.text, !text.isEmpty {
            builder = builder.group(.or) { group in
                group.filter(\.$entityLabel, .custom("LIKE"), "%\(text)%")
                    .filter(\.$actorName, .custom("LIKE"), "%\(text)%")
            }
        }
        let total = try await builder.count()
        let rows = try await builder.sort(\.$at, .descending)
            .range(((query.page - 1) * query.perPage)..<(query.page * query.perPage)).all()
        return (rows.map(AuditEntry.init), total)
    }
}
