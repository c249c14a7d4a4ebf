import Foundation
import WorkCalendar
import Localization

/// A unit's report on one occurrence (one per `ObligationKey`), with its review history.
/// A value: a refused action throws and changes nothing.
public struct UnitReport: Sendable, Hashable, Codable {
    public let obligation: ObligationKey
    public internal(set) var content: ReportContent
    public internal(set) var status: ReviewStatus
    public internal(set) var history: [ReviewEntry]
    public let createdBy: PersonID
    public let createdAt: LocalDateTime
    public internal(set) var updatedAt: LocalDateTime

    public init(obligation: ObligationKey, content: ReportContent = ReportContent(), createdBy: PersonID,
                at: LocalDateTime) {
        self.obligation = obligation
        self.content = content
        status = .draft
        history = []
        self.createdBy = createdBy
        createdAt = at
        updatedAt = at
    }

    /// Replaces the content (validated by `ReportForm.validate`); only in draft or returned.
    public mutating func edit(_ content: ReportContent, at: LocalDateTime) throws(ReportTransitionError) {
        guard status.allowsEditing else { throw .notEditable(status) }
        guard at >= updatedAt else { throw .outOfOrder(at: at, last: updatedAt) }
        self.content = content
        updatedAt = at
    }

    /// Applies a review action by `person` at `at`. Submissions must be complete
    /// (`ReportContent.submissionErrors`); a return needs a comment.
    public mutating func apply(_ action: ReviewAction, by person: PersonID,
                               at: LocalDateTime) throws(ReportTransitionError) {
        let kind = action.kind
        guard let rule = ReviewAction.table[kind], rule.from.contains(status) else {
            throw .notAllowed(action: kind, from: status)
        }
        guard at >= updatedAt else { throw .outOfOrder(at: at, last: updatedAt) }
        let comment = action.comment.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        if kind == .returnForRevision, comment.isEmpty { throw .commentRequired }
        if kind == .submit || kind == .resubmit {
            let missing = content.submissionErrors
            if !missing.isEmpty { throw .incomplete(missing) }
        }
        history.append(ReviewEntry(action: kind, from: status, to: rule.to, by: person, at: at, comment: comment))
        status = rule.to
        updatedAt = at
    }

    // MARK: Derived facts

    /// The first submission.
    public var firstSubmittedAt: LocalDateTime? { history.first { $0.action == .submit }?.at }

    /// The latest submission or resubmission.
    public var lastSubmittedAt: LocalDateTime? {
        history.last { $0.action == .submit || $0.action == .resubmit }?.at
    }

    public var acceptedAt: LocalDateTime? { history.last { $0.action == .accept }?.at }

    /// The comment of the latest return, while the report is returned.
    public var returnComment: String? {
        status == .returned ? history.last { $0.action == .returnForRevision }?.comment : nil
    }

    /// The review status at the end of `day` (draft before the first action; nil before creation).
    public func status(onEndOf day: LocalDate) -> ReviewStatus? {
        guard createdAt.date <= day else { return nil }
        return history.last { $0.at.date <= day }?.to ?? .draft
    }
}

/// Why a report action was refused. Nothing changed.
public enum ReportTransitionError: Error, Sendable, Hashable {
    case notAllowed(action: ReviewAction.Kind, from: ReviewStatus)
    case notEditable(ReviewStatus)
    case commentRequired
    case incomplete([ReportFieldError])
    case outOfOrder(at: LocalDateTime, last: LocalDateTime)

    public var text: LocalizedText {
        switch self {
        case .notAllowed(let action, let from):
            LocalizedText(vi: "Không thể \(action.name.vi) khi báo cáo ở trạng thái \"\(from.name.vi)\"",
                          en: "Cannot \(action.name.en) while it is \"\(from.name.en)\"")
        case .notEditable(let status):
            LocalizedText(vi: "Không thể sửa báo cáo ở trạng thái \"\(status.name.vi)\"",
                          en: "A report that is \"\(status.name.en)\" cannot be edited")
        case .commentRequired:
            LocalizedText(vi: "Phải ghi rõ nội dung cần chỉnh sửa khi trả lại báo cáo",
                          en: "Say what to fix when returning a report")
        case .incomplete(let errors):
            LocalizedText(vi: "Báo cáo chưa đủ để gửi: " + errors.map { $0.text.vi }.joined(separator: "; "),
                          en: "The report is not complete: " + errors.map { $0.text.en }.joined(separator: "; "))
        case .outOfOrder(let at, let last):
            LocalizedText(vi: "Thời điểm \(at.vnFormat) sớm hơn thay đổi gần nhất (\(last.vnFormat))",
                          en: "The moment \(at.vnFormat) is before the last change (\(last.vnFormat))")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
