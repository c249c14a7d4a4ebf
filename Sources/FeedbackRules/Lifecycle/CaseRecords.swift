import WorkCalendar

/// One line of the handling history: who did what when, and the status it led to.
public struct HistoryEntry: Sendable, Hashable, Codable {
    public let at: LocalDateTime
    public let actor: CaseActor
    /// Nil for the reception itself.
    public let event: FeedbackEvent.Kind?
    public let status: FeedbackStatus
    /// The text that came with the event (reason, unit, body, question, note…). Internal.
    public let detail: String?

    public init(at: LocalDateTime, actor: CaseActor, event: FeedbackEvent.Kind?, status: FeedbackStatus,
                detail: String? = nil) {
        self.at = at
        self.actor = actor
        self.event = event
        self.status = status
        self.detail = detail
    }

    /// Internal notes are never shown outside the staff area.
    public var isInternal: Bool { event == .addNote || event == .returnDraft }
}

/// The entry in the register (sổ tiếp nhận; Art. 9.1.c).
public struct RegisterEntry: Sendable, Hashable, Codable {
    public let number: Int
    public let date: LocalDate
}

/// Where and when the case was forwarded (Art. 9.1.d).
public struct Forwarding: Sendable, Hashable, Codable {
    public let to: String
    public let at: LocalDateTime
    /// The outgoing letter's number, if any.
    public let reference: String?

    public init(to: String, at: LocalDateTime, reference: String?) {
        self.to = to
        self.at = at
        self.reference = reference
    }
}

/// A draft answer and who wrote it.
public struct AnswerDraft: Sendable, Hashable, Codable {
    public let text: String
    public let template: String?
    public let draftedBy: String
    public let at: LocalDateTime
    /// Who approved it, once approved.
    public internal(set) var approvedBy: String?
}

/// An answer that went to the sender.
public struct SentAnswer: Sendable, Hashable, Codable {
    public let text: String
    public let draftedBy: String
    public let approvedBy: String
    public let sentAt: LocalDateTime
}

/// What was made public (Art. 19).
public struct Publication: Sendable, Hashable, Codable {
    /// The question with personal data removed.
    public let question: String
    public let answer: String
    public let at: LocalDateTime
}

/// The sender's latest rating.
public struct Rating: Sendable, Hashable, Codable {
    public let satisfaction: Satisfaction
    public let at: LocalDateTime

    public init(satisfaction: Satisfaction, at: LocalDateTime) {
        self.satisfaction = satisfaction
        self.at = at
    }
}
