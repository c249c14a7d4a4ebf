/// What the reports say about one (occurrence, unit), whatever the date.
public enum ReportProgress: Sendable, Hashable, Codable {
    /// No report yet.
    case none
    /// A draft, with the status the unit put in it.
    case draft(WorkStatus)
    /// Submitted or resubmitted: the office must review it.
    case awaitingReview
    /// Sent back with a comment.
    case returned(comment: String)
    case accepted

    public init(_ report: UnitReport?) {
        guard let report else { self = .none; return }
        switch report.status {
        case .draft: self = .draft(report.content.workStatus)
        case .submitted, .resubmitted: self = .awaitingReview
        case .returned: self = .returned(comment: report.returnComment ?? "")
        case .accepted: self = .accepted
        }
    }

    /// The unit has handed in its report (awaiting review or accepted): no reminder is due.
    public var isHandedIn: Bool {
        switch self {
        case .awaitingReview, .accepted: true
        case .none, .draft, .returned: false
        }
    }
}
