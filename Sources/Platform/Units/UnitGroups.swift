import FluentKit
import Foundation

public struct UnitGroup: Sendable, Equatable {
    public var id: UUID
    public var name: String
    public var code: String
    public var ruleKind: UnitKind?
    public var ruleParentID: UUID?
}

/// Groups that plans assign work to; each expands to its member units on a given day.
public enum UnitGroups {
    @discardableResult
    public static func create(
        name: String, code: String, ruleKind: UnitKind?, ruleParentID: UUID?, members: [UUID], actor: AuditActor,
        on db: any Database
    ) async throws -> UnitGroup {
        try await db.transaction { tx in
            let model = UnitGroupModel()
            model.name = name
            model.code = code
            model.ruleKind = ruleKind?.rawValue
            model.ruleParentID = ruleParentID
            try await model.create(on: tx)
            for member in members { try await UnitGroupMemberModel(groupID: model.id!, unitID: member).create(on: tx) }
            var after = ["name": name, "code": code, "members": members.map(\.uuidString).joined(separator: ",")]
            after["rule_kind"] = ruleKind?.rawValue
            after["rule_parent_id"] = ruleParentID?.uuidString
            try await Audit.record(
                on: tx, actor: actor, action: "unit_group.create", entityType: "unit_group",
                entityID: model.id!.uuidString, label: name, after: after)
            return UnitGroup(id: model.id!, name: name, code: code, ruleKind: ruleKind, ruleParentID: ruleParentID)
        }
    }

    public static func all(on db: any Database) async throws -> [UnitGroup] {
        try await UnitGroupModel.query(on: db).sort(\.$name).all().map {
            UnitGroup(id: $0.id!, name: $0.name, code: $0.code, ruleKind: $0.ruleKind.map(UnitKind.init(rawValue:)), ruleParentID: $0.ruleParentID)
        }
    }

    public static func find(code: String, on db: any Database) async throws -> UnitGroup? {
        try await UnitGroupModel.query(on: db).filter(\.$code == code).first().map {
            UnitGroup(id: $0.id!, name: $0.name, code: $0.code, ruleKind: $0.ruleKind.map(UnitKind.init(rawValue:)), ruleParentID: $0.ruleParentID)
        }
    }

    /// The units a group stands for on `day`: listed members plus units matching its rule,
    /// leaving out units not in force that day. Sorted by name.
    public static func expand(_ group: UnitGroup, on day: String, db: any Database) async throws -> [UnitRecord] {
        var ids = Set(try await UnitGroupMemberModel.query(on: db).filter(\.$groupID == group.id).all().map(\.unitID))
        if let kind = group.ruleKind {
            var query = UnitModel.query(on: db).filter(\.$kind == kind.rawValue)
            if let parent = group.ruleParentID { query = query.filter(\.$parentID == parent) }
            ids.formUnion(try await query.all().compactMap(\.id))
        }
        guard !ids.isEmpty else { return [] }
        let units = try await UnitModel.query(on: db).filter(\.$id ~~ Array(ids)).all().map(\.record)
        return units.filter { $0.isActive(on: day) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
