import WorkCalendar
import Localization

/// Where a unit report stands with the office that reviews it.
///
/// ```
/// draft ─submit→ submitted ─accept→ accepted
///                    └─return (comment)→ returned ─resubmit→ resubmitted ─accept→ accepted
///                                                                 └─return→ returned …
/// ```
public enum ReviewStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft, submitted, returned, resubmitted, accepted

    public var name: LocalizedText {
        switch self {
        case .draft: LocalizedText(vi: "Bản nháp", en: "Draft")
        case .submitted: LocalizedText(vi: "Đã gửi, chờ duyệt", en: "Submitted, awaiting review")
        case .returned: LocalizedText(vi: "Bị trả lại", en: "Returned")
        case .resubmitted: LocalizedText(vi: "Đã gửi lại, chờ duyệt", en: "Resubmitted, awaiting review")
        case .accepted: LocalizedText(vi: "Đã chấp nhận", en: "Accepted")
        }
    }

    /// Waiting for the office.
    public var awaitsReview: Bool { self == .submitted || self == .resubmitted }

    /// The unit may change the content.
    public var allowsEditing: Bool { self == .draft || self == .returned }
}

/// A move in the review of a report.
public enum ReviewAction: Sendable, Hashable, Codable {
    case submit
    /// Sent back to the unit; the comment says what to fix.
    case returnForRevision(comment: String)
    case resubmit
    case accept(comment: String = "")

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case submit, returnForRevision, resubmit, accept

        public var name: LocalizedText {
            switch self {
            case .submit: LocalizedText(vi: "gửi báo cáo", en: "submit the report")
            case .returnForRevision: LocalizedText(vi: "trả lại báo cáo", en: "return the report")
            case .resubmit: LocalizedText(vi: "gửi lại báo cáo", en: "resubmit the report")
            case .accept: LocalizedText(vi: "chấp nhận báo cáo", en: "accept the report")
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .submit: .submit
        case .returnForRevision: .returnForRevision
        case .resubmit: .resubmit
        case .accept: .accept
        }
    }

    var comment: String {
        switch self {
        case .returnForRevision(let comment), .accept(let comment): comment
        case .submit, .resubmit: ""
        }
    }

    /// Where each action may start, and where it leads.
    public static let table: [Kind: (from: Set<ReviewStatus>, to: ReviewStatus)] = [
        .submit: ([.draft], .submitted),
        .returnForRevision: ([.submitted, .resubmitted], .returned),
        .resubmit: ([.returned], .resubmitted),
        .accept: ([.submitted, .resubmitted], .accepted),
    ]
}

/// One line of a report's history: who moved it where, when, and why.
public struct ReviewEntry: Sendable, Hashable, Codable {
    public let action: ReviewAction.Kind
    public let from: ReviewStatus
    public let to: ReviewStatus
    public let by: PersonID
    public let at: LocalDateTime
    public let comment: String

    public init(action: ReviewAction.Kind, from: ReviewStatus, to: ReviewStatus, by: PersonID, at: LocalDateTime,
                comment: String) {
        self.action = action
        self.from = from
        self.to = to
        self.by = by
        self.at = at
        self.comment = comment
    }
}
