import FluentKit
import Foundation

/// Things a person may ask to do. Every permission check in the product goes through
/// `Authorizer.check`, so the rules live here and nowhere else.
public enum StaffAction: Sendable {
    /// Any staff page: the person holds at least one role.
    case enterStaffArea
    /// Change one's own password or end one's own session (every enabled account, even one without roles).
    case manageOwnAccount
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
    /// The dossier pages: the list (scoped to the person's unit unless they coordinate), a
    /// dossier's page and forms once `handleDossier` admits the person for it, the register.
    case viewDossiers
    /// Receive dossiers at a one-stop desk (Decree 61/2018 Art. 17).
    case receiveDossier
    /// See and act on a dossier that these units receive, settle or hold.
    case handleDossier(units: [UUID])
    /// Form II.06a and the evaluation of dossier handling.
    case viewDossierReports
    /// Set a procedure's internal workflow and cut-off hour.
    case editWorkflow
    /// The feedback register (scoped as `handleFeedback` says for each case).
    case viewFeedback
    /// Register, classify, forward, assign, send, publish and close feedback (PAKN; Decree 20/2008 Art. 9).
    case registerFeedback
    /// Work on feedback held by one of these units: notes, questions to the sender, draft answers.
    case handleFeedback(units: [UUID])
    /// Approve a draft answer to feedback before it goes out.
    case approveFeedback
    /// Feedback statistics and the Decision 766 rates.
    case viewFeedbackReports
    /// Issue and revoke Open311 API keys.
    case manageAPIKeys
    /// The plans, the person's unit's obligations and reports, and the plans inbox.
    case viewPlans
    /// Write and submit a unit's report on a communication plan's task (its officers and lead).
    case reportForUnit(UUID)
    /// Manage communication plans: create, edit a draft (its record, sections and tasks), import,
    /// issue and close; review unit reports, urge units.
    case managePlans
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
        case .manageOwnAccount:
            return true
        case .enterStaffArea, .viewUnits:
            return !person.roles.isEmpty
        case .viewAudit:
            return person.has(.coordinator)
        case .editCatalog:
            return person.has(.coordinator) || person.has(.editor)
        case .viewDossiers:
            return person.has(.coordinator) || person.has(.unitLead) || person.has(.officer) || person.has(.oneStopOfficer)
        case .viewFeedback, .viewPlans:
            return person.has(.coordinator) || person.has(.unitLead) || person.has(.officer)
        case .receiveDossier:
            return person.has(.oneStopOfficer) || person.has(.coordinator)
        case .handleDossier(let units):
            let actsForUnit = person.has(.unitLead) || person.has(.officer) || person.has(.oneStopOfficer)
            if actsForUnit, units.contains(person.unitID) { return true }
            guard person.has(.coordinator) else { return false }
            for id in units {
                if let unit = try await UnitStore.find(id, on: db), try await coordinatorCovers(person, unit, on: db) { return true }
            }
            return false
        case .viewDossierReports:
            return person.has(.coordinator) || person.has(.unitLead)
        case .editWorkflow:
            return person.has(.coordinator)
        case .registerFeedback, .approveFeedback:
            return person.has(.coordinator)
        case .handleFeedback(let units):
            if person.has(.coordinator) { return true }
            let actsForUnit = person.has(.unitLead) || person.has(.officer)
            return actsForUnit && units.contains(person.unitID)
        case .viewFeedbackReports:
            return person.has(.coordinator) || person.has(.unitLead) || person.has(.editor)
        case .manageAPIKeys:
            return false
        case .managePeople, .editCalendar:
            return false
        case .reportForUnit(let unit):
            return (person.has(.unitLead) || person.has(.officer)) && unit == person.unitID
        case .managePlans:
            return person.has(.coordinator)
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
        case .manageOwnAccount: "account.own"
        case .viewUnits: "units.view"
        case .createUnit: "unit.create"
        case .editUnit(let unit): "unit.edit \(unit.id)"
        case .closeUnit(let unit): "unit.close \(unit.id)"
        case .viewAudit: "audit.view"
        case .managePeople: "people.manage"
        case .viewCalendar: "calendar.view"
        case .editCalendar: "calendar.edit"
        case .editCatalog: "catalog.edit"
        case .viewDossiers: "dossiers.view"
        case .viewFeedback: "feedback.view"
        case .viewPlans: "plans.view"
        case .receiveDossier: "dossier.receive"
        case .handleDossier(let units): "dossier.handle \(units.map(\.uuidString).joined(separator: ","))"
        case .viewDossierReports: "dossier.reports"
        case .editWorkflow: "procedure.workflow"
        case .reportForUnit(let unit): "plan.report \(unit)"
        case .managePlans: "plans.manage"
        case .registerFeedback: "feedback.register"
        case .handleFeedback(let units): "feedback.handle \(units.map(\.uuidString).joined(separator: ","))"
        case .approveFeedback: "feedback.approve"
        case .viewFeedbackReports: "feedback.reports"
        case .manageAPIKeys: "apikeys.manage"
        }
    }
}
