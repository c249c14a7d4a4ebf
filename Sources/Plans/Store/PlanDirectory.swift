import FluentKit
import Foundation
import Platform
import PlanRules

/// Groups of units as they stand on 1 January of a plan's year, for the rules: a group's id
/// is its UUID text, as is a unit's.
enum PlanDirectory {
    static func load(year: Int, on db: any Database) async throws -> StaticUnitDirectory {
        var groups: [GroupID: [UnitID]] = [:]
        let day = String(format: "%04d-01-01", year)
        for group in try await UnitGroups.all(on: db) {
            let members = try await UnitGroups.expand(group, on: day, db: db)
            groups[GroupID(group.id.uuidString)] = members.map { UnitID($0.id.uuidString) }
        }
        return StaticUnitDirectory(groups)
    }
}

/// Names of units and groups for pages, CSV and the API.
public struct PlanNames: Sendable {
    public var units: [String: String]
    public var groups: [String: String]

    public static func load(on db: any Database) async throws -> PlanNames {
        let units = try await UnitModel.query(on: db).all()
        let groups = try await UnitGroups.all(on: db)
        return PlanNames(
            units: Dictionary(units.map { ($0.id!.uuidString, $0.name) }, uniquingKeysWith: { a, _ in a }),
            groups: Dictionary(groups.map { ($0.id.uuidString, $0.name) }, uniquingKeysWith: { a, _ in a }))
    }

    public func unit(_ id: UnitID) -> String { units[id.rawValue] ?? id.rawValue }

    /// How an assignee reads: the unit's or group's name, a position with its holder.
    public func describe(_ assignee: Assignee) -> String {
        switch assignee {
        case .unit(let id): units[id.rawValue] ?? id.rawValue
        case .group(let id): groups[id.rawValue] ?? id.rawValue
        case .position(let title, .unit(let id)): "\(title) \(units[id.rawValue] ?? id.rawValue)"
        case .position(let title, .group(let id)): "\(title) \(groups[id.rawValue] ?? id.rawValue)"
        case .open(let text): text
        }
    }
}
