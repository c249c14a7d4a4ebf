import Foundation
import Platform

/// The feedback (PAKN) actions.
extension StaffAction {
    /// The feedback register (scoped as `handleFeedback` says for each case).
    public static let viewFeedback = StaffAction("feedback.view", roles: [.coordinator, .unitLead, .officer])
    /// Register, classify, forward, assign, send, publish and close feedback (Decree 20/2008 Art. 9).
    public static let registerFeedback = StaffAction("feedback.register", roles: [.coordinator])
    /// Approve a draft answer to feedback before it goes out.
    public static let approveFeedback = StaffAction("feedback.approve", roles: [.coordinator])
    /// Feedback statistics and the Decision 766 rates.
    public static let viewFeedbackReports = StaffAction("feedback.reports", roles: [.coordinator, .unitLead, .editor])
    /// Issue and revoke Open311 API keys (administrators only).
    public static let manageAPIKeys = StaffAction("apikeys.manage", roles: [])

    /// Work on feedback held by one of these units: notes, questions to the sender, draft answers.
    public static func handleFeedback(units: [UUID]) -> StaffAction {
        StaffAction("feedback.handle \(units.map(\.uuidString).joined(separator: ","))") { person, _ in
            if person.has(.coordinator) { return true }
            return (person.has(.unitLead) || person.has(.officer)) && units.contains(person.unitID)
        }
    }
}
