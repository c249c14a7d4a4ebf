import WorkCalendar

/// Where one case stands in a period [from, to]: how it entered and how it ended or waits.
public struct CaseOutcome: Sendable, Hashable, Codable {
    public enum Entry: String, Sendable, Hashable, Codable {
        /// Received within the period.
        case new
        /// Received before the period and not handled before it started.
        case carriedOver = "carried_over"
    }

    public enum Result: Sendable, Hashable, Codable {
        case answered(FeedbackTimeliness)
        case forwarded(FeedbackTimeliness)
        /// Not accepted (Art. 9.1.d first dash): handled, with no deadline to meet.
        case notAccepted
        case pending(overdue: Bool)
    }

    public let entry: Entry
    public let result: Result

    /// The outcome of `feedback` in [from, to], or nil when the case is outside the period:
    /// received after it, or handled before it began. Classification is the case's present
    /// one. A case reopened after the period's end counts as handled in it.
    public static func of(_ feedback: FeedbackCase, from: LocalDate, to: LocalDate) -> CaseOutcome? {
        guard feedback.receivedAt.date <= to, let end = LocalDateTime(date: to, minutes: 1439) else { return nil }
        let handling = feedback.handling(asOf: end)
        if let handling, handling.at.date < from { return nil }
        let entry: Entry = feedback.receivedAt.date < from ? .carriedOver : .new
        guard let handling else {
            let due = pendingDue(feedback, at: end)
            return CaseOutcome(entry: entry, result: .pending(overdue: due.map { to > $0.date } ?? false))
        }
        guard let kind = handling.kind, let deadline = feedback.deadline(kind, at: handling.at) else {
            return CaseOutcome(entry: entry, result: .notAccepted)
        }
        let timeliness = FeedbackTimeliness.of(handledAt: handling.at, due: deadline.due)
        return CaseOutcome(entry: entry, result: kind == .forward ? .forwarded(timeliness) : .answered(timeliness))
    }

    /// The due moment an open case answers to at `moment`: the forwarding deadline for a class
    /// that forwards, the answer deadline for one within competence, the earlier of both
    /// before classification.
    static func pendingDue(_ feedback: FeedbackCase, at moment: LocalDateTime) -> LocalDateTime? {
        let forward = feedback.deadline(.forward, at: moment)?.due
        let answer = feedback.deadline(.answer, at: moment)?.due
        switch feedback.status(at: moment) {
        case .received?, .registered?, nil:
            return [forward, answer].compactMap { $0 }.min()
        default:
            return feedback.caseClass?.forwards == true ? forward : answer
        }
    }
}
