import Foundation
import Platform

/// The one-stop dossiers' actions.
extension StaffAction {
    /// The dossier pages: the list (scoped to the person's unit unless they coordinate), a
    /// dossier's page and forms once `handleDossier` admits the person for it, the register.
    public static let viewDossiers = StaffAction("dossiers.view", roles: [.coordinator, .unitLead, .officer, .oneStopOfficer])
    /// Receive dossiers at a one-stop desk (Decree 61/2018 Art. 17).
    public static let receiveDossier = StaffAction("dossier.receive", roles: [.oneStopOfficer, .coordinator])
    /// Form II.06a and the evaluation of dossier handling.
    public static let viewDossierReports = StaffAction("dossier.reports", roles: [.coordinator, .unitLead])
    /// Set a procedure's internal workflow and cut-off hour.
    public static let editWorkflow = StaffAction("procedure.workflow", roles: [.coordinator])

    /// See and act on a dossier that these units receive, settle or hold: their own staff, or
    /// a coordinator whose People's Committee covers one of them.
    public static func handleDossier(units: [UUID]) -> StaffAction {
        StaffAction("dossier.handle \(units.map(\.uuidString).joined(separator: ","))") { person, db in
            let actsForUnit = person.has(.unitLead) || person.has(.officer) || person.has(.oneStopOfficer)
            if actsForUnit, units.contains(person.unitID) { return true }
            guard person.has(.coordinator) else { return false }
            return try await Authorizer.coordinatorCoversAny(person, units, on: db)
        }
    }
}
