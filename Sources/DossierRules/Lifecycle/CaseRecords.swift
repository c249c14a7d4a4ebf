import WorkCalendar

/// One line of a dossier's history: the event (nil for the submission itself) and the
/// status it led to.
public struct TimelineEntry: Sendable, Hashable, Codable {
    public let at: LocalDateTime
    public let event: DossierEvent.Kind?
    public let status: DossierStatus

    public init(at: LocalDateTime, event: DossierEvent.Kind?, status: DossierStatus) {
        self.at = at
        self.event = event
        self.status = status
    }
}

/// From `from` on, the legal due moment is `due`; nil means the period is suspended while
/// the applicant supplements (Decree 61/2018 Art. 19.4). A case's changes form a step
/// function of time.
public struct DueChange: Sendable, Hashable, Codable {
    public let from: LocalDateTime
    public let due: LocalDateTime?

    public init(from: LocalDateTime, due: LocalDateTime?) {
        self.from = from
        self.due = due
    }
}

/// Where a supplement was asked for.
public enum SupplementStage: String, Sendable, Hashable, Codable {
    /// By the one-stop desk while checking the dossier (Decree 61 Art. 17.1.a, 17.2.a).
    case reception
    /// By the competent agency after appraisal (Art. 19.4); the period restarts afterwards.
    case processing
}

/// A supplement request (Mẫu 02).
public struct SupplementRequest: Sendable, Hashable, Codable {
    public let requestedAt: LocalDateTime
    public let stage: SupplementStage
    /// What to supplement. Internal: may name people or documents, never shown publicly.
    public let reason: String
    /// Circular 01/2018 Art. 13.3.c: a further contact caused by the applicant's own error
    /// does not cost the agency points. nil: not recorded.
    public let applicantAtFault: Bool?
    /// For a request after appraisal: whether it came within the notice limit (Decree 61
    /// Art. 19.4, 3 working days from reception). nil at reception.
    public let withinNoticeLimit: Bool?
    /// When the complete dossier came back.
    public internal(set) var answeredAt: LocalDateTime?
}

/// The apology and new appointment (Mẫu 04; Decree 61/2018 Art. 19.9). Both the original and
/// the adjusted due moments are kept.
public struct Apology: Sendable, Hashable, Codable {
    public let issuedAt: LocalDateTime
    /// Internal: the reason for the delay.
    public let reason: String
    /// The legal due moment the apology postpones.
    public let originalDue: LocalDateTime
    /// The new appointment.
    public let newDue: LocalDateTime
}

/// How and when a case left processing.
public struct Closure: Sendable, Hashable, Codable {
    public let kind: ClosureKind
    public let at: LocalDateTime

    public init(kind: ClosureKind, at: LocalDateTime) {
        self.kind = kind
        self.at = at
    }
}

/// How a case left processing.
public enum ClosureKind: String, Sendable, Hashable, Codable {
    /// Processing complete (status 9, then possibly 10).
    case completed
    /// Processing stopped (status 8; Decree 61 Art. 19.8).
    case stopped
    /// Withdrawn by the applicant (status 7).
    case withdrawn
}
