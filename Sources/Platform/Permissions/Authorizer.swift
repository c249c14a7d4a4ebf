import FluentKit
import Foundation

/// Things a person may ask to do. Every permission check in the product goes through
/// `Authorizer.check`, so the rules live here and nowhere else.
public enum StaffAction: Sendable {
    case enterStaffArea
    case viewUnits
    case createUnit(parent: UnitRecord?)
    case editUnit(UnitRecord)
    case closeUnit(UnitRecord)
    case viewAudit
    case managePeople
    case viewCalendar
    case editCalendar
    /// Edit procedures, assign them to units, import the catalogue.
    case editCatalog
}

public enum Authorizer {
    /// Allows or throws `AppError.forbidden`. Scope rules:
    /// - administrators may do everything;
    /// - a coordinator acts on the units under its People's Committee;
    /// - unit leads, officers and one-stop officers act for their own unit only.
    public static func check(_ person: PersonRecord, _ action: StaffAction, on db: any Database) async throws {
        guard try await isAllowed(person, action, on: db) else {
            throw AppError.forbidden(describe(action))
        }
    }

    public static func isAllowed(_ person: PersonRecord, _ action: StaffAction, on db: any Database) async throws -> Bool {
        if person.disabled { return false }
        if person.has(.administrator) { return true }
        switch action {
        case .enterStaffArea, .viewUnits:
            return !person.roles.isEmpty
        case .viewAudit:
            return person.has(.coordinator)
        case .editCatalog:
            return person.has(.coordinator) || person.has(.editor)
        case .managePeople, .editCalendar:
            return false
        case .viewCalendar:
            return !person.roles.isEmpty
        case .createUnit(let parent):
            guard person.has(.coordinator), let parent else { return false }
            return try await coordinatorCovers(person, parent, on: db)
        case .closeUnit(let unit):
            guard person.has(.coordinator) else { return false }
            return try await coordinatorCovers(person, unit, on: db)
        case .editUnit(let unit):
            if person.has(.coordinator), try await coordinatorCovers(person, unit, on: db) { return true }
            let actsForUnit = person.has(.unitLead) || person.has(.officer) || person.has(.oneStopOfficer)
            return actsForUnit && unit.id == person.unitID
        }
    }

    static func coordinatorCovers(_ person: PersonRecord, _ unit: UnitRecord, on db: any Database) async throws -> Bool {
        guard let own = try await UnitStore.find(person.unitID, on: db) else { return false }
        let committee = try await UnitStore.committee(of: own, on: db)
        return try await UnitStore.isWithin(unit, root: committee.id, on: db)
    }

    static func describe(_ action: StaffAction) -> String {
        switch action {
        case .enterStaffArea: "staff_area"
        case .viewUnits: "units.view"
        case .createUnit: "unit.create"
        case .editUnit(let unit): "unit.edit \(unit.id)"
        case .closeUnit(let unit): "unit.close \(unit.id)"
        case .viewAudit: "audit.view"
        case .managePeople: "people.manage"
        case .viewCalendar: "calendar.view"
        case .editCalendar: "calendar.edit"
        case .editCatalog: "catalog.edit"
        }
    }
}
