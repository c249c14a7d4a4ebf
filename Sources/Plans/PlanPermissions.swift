import Foundation
import Platform

/// The communication plans' actions.
extension StaffAction {
    /// The plans, the person's unit's obligations and reports, and the plans inbox.
    public static let viewPlans = StaffAction("plans.view", roles: [.coordinator, .unitLead, .officer])
    /// Manage communication plans: create, edit a draft (its record, sections and tasks), import,
    /// issue and close; review unit reports, urge units.
    public static let managePlans = StaffAction("plans.manage", roles: [.coordinator])

    /// Write and submit a unit's report on a plan's task (its officers and lead).
    public static func reportForUnit(_ unit: UUID) -> StaffAction {
        StaffAction("plan.report \(unit)") { person, _ in
            (person.has(.unitLead) || person.has(.officer)) && unit == person.unitID
        }
    }
}
