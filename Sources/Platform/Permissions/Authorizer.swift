import FluentKit
import Foundation

/// Something a person may ask to do, with the rule that decides it. Platform declares its own
/// (the staff area, units, the calendar, the audit log, people); each feature declares its own
/// in its `Permissions` file (`extension StaffAction { static let editCatalog = … }`), so a new
/// feature adds actions without touching Platform. Every check goes through `Authorizer`.
public struct StaffAction: Sendable, CustomStringConvertible {
    /// The name written in a refusal and in the logs ("dossier.handle <unit ids>").
    public let name: String
    let rule: @Sendable (PersonRecord, any Database) async throws -> Bool

    /// An action decided by a rule that may read the database (a unit's place in the tree).
    public init(_ name: String, rule: @escaping @Sendable (PersonRecord, any Database) async throws -> Bool) {
        self.name = name
        self.rule = rule
    }

    /// An action open to whoever holds one of `roles` (administrators always may). An empty set
    /// leaves the action to administrators.
    public init(_ name: String, roles: Set<Role>) {
        self.init(name) { person, _ in !person.roles.isDisjoint(with: roles) }
    }

    public var description: String { name }
}

public enum Authorizer {
    /// Allows or throws `AppError.forbidden`. Scope rules:
    /// - administrators may do everything; a disabled account nothing;
    /// - otherwise the action's own rule decides (a coordinator acts on the units under its
    ///   People's Committee; unit leads, officers and one-stop officers for their own unit only).
    public static func check(_ person: PersonRecord, _ action: StaffAction, on db: any Database) async throws {
        guard try await isAllowed(person, action, on: db) else {
            throw AppError.forbidden(action.name)
        }
    }

    public static func isAllowed(_ person: PersonRecord, _ action: StaffAction, on db: any Database) async throws -> Bool {
        if person.disabled { return false }
        if person.has(.administrator) { return true }
        return try await action.rule(person, db)
    }

    /// Whether `unit` lies under the People's Committee of the coordinator's own unit.
    public static func coordinatorCovers(_ person: PersonRecord, _ unit: UnitRecord, on db: any Database) async throws -> Bool {
        guard let own = try await UnitStore.find(person.unitID, on: db) else { return false }
        let committee = try await UnitStore.committee(of: own, on: db)
        return try await UnitStore.isWithin(unit, root: committee.id, on: db)
    }

    /// Whether a coordinator covers one of `units` (by id).
    public static func coordinatorCoversAny(_ person: PersonRecord, _ units: [UUID], on db: any Database) async throws -> Bool {
        for id in units {
            if let unit = try await UnitStore.find(id, on: db), try await coordinatorCovers(person, unit, on: db) { return true }
        }
        return false
    }
}

/// Platform's own actions.
extension StaffAction {
    /// Any staff page: the person holds at least one role.
    public static let enterStaffArea = StaffAction("staff_area") { person, _ in !person.roles.isEmpty }
    /// Change one's own password or end one's own session (every enabled account, even one without roles).
    public static let manageOwnAccount = StaffAction("account.own") { _, _ in true }
    public static let viewUnits = StaffAction("units.view") { person, _ in !person.roles.isEmpty }
    public static let viewCalendar = StaffAction("calendar.view") { person, _ in !person.roles.isEmpty }
    public static let viewAudit = StaffAction("audit.view", roles: [.coordinator])
    /// The delivery log of messages to people (it shows their addresses), and sending again.
    public static let viewOutbox = StaffAction("outbox.view", roles: [.coordinator])
    public static let managePeople = StaffAction("people.manage", roles: [])
    public static let editCalendar = StaffAction("calendar.edit", roles: [])

    public static func createUnit(parent: UnitRecord?) -> StaffAction {
        StaffAction("unit.create") { person, db in
            guard person.has(.coordinator), let parent else { return false }
            return try await Authorizer.coordinatorCovers(person, parent, on: db)
        }
    }

    public static func editUnit(_ unit: UnitRecord) -> StaffAction {
        StaffAction("unit.edit \(unit.id)") { person, db in
            if person.has(.coordinator), try await Authorizer.coordinatorCovers(person, unit, on: db) { return true }
            let actsForUnit = person.has(.unitLead) || person.has(.officer) || person.has(.oneStopOfficer)
            return actsForUnit && unit.id == person.unitID
        }
    }

    public static func closeUnit(_ unit: UnitRecord) -> StaffAction {
        StaffAction("unit.close \(unit.id)") { person, db in
            guard person.has(.coordinator) else { return false }
            return try await Authorizer.coordinatorCovers(person, unit, on: db)
        }
    }
}
