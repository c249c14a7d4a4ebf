import WorkCalendar

/// The lifecycle of one feedback case: status, register entry, classification, forwarding,
/// unit, answer, publication, rating, deadlines and the handling history. A value: `apply`
/// returns or throws, and a refused event changes nothing.
///
/// The sender's personal data is not part of the lifecycle; it lives beside it (`Sender`).
public struct FeedbackCase: Sendable, Hashable, Codable {
    public let receivedAt: LocalDateTime
    public let channel: FeedbackChannel
    public let contentKind: ContentKind
    /// The rule values in force at reception, kept with the case (its version is on every deadline).
    public let rules: FeedbackRuleSet

    public internal(set) var status: FeedbackStatus
    public internal(set) var registerEntry: RegisterEntry?
    public internal(set) var classification: Classification?
    public internal(set) var forwarding: Forwarding?
    public internal(set) var unit: String?
    public internal(set) var draft: AnswerDraft?
    /// Every answer sent, oldest first (a reopened case is answered again).
    public internal(set) var answers: [SentAnswer]
    public internal(set) var publication: Publication?
    public internal(set) var rating: Rating?
    public internal(set) var reopenings: Int
    /// The sender disagreed after the reopening limit: the disagreement counts as a new
    /// submission, which the caller registers as a new case linked to this one.
    public internal(set) var resubmissionRequested: Bool
    /// Every deadline computed for the case, oldest first; the last of a kind is in force.
    public internal(set) var deadlines: [CaseDeadline]
    public internal(set) var history: [HistoryEntry]

    /// A new case received at `receivedAt`, with the forwarding and answer deadlines counted
    /// from reception (Art. 9.1.d: "kể từ ngày tiếp nhận").
    public init(receivedAt: LocalDateTime, channel: FeedbackChannel, contentKind: ContentKind,
                rules: FeedbackRuleSet = .standard, by actor: CaseActor = .sender, calendar: HolidayCalendar) {
        self.receivedAt = receivedAt
        self.channel = channel
        self.contentKind = contentKind
        self.rules = rules
        status = .received
        answers = []
        reopenings = 0
        resubmissionRequested = false
        deadlines = DeadlineKind.allCases.map { kind in
            CaseDeadline.compute(kind, from: receivedAt, rule: rules.rule(for: kind, caseClass: nil, channel: channel),
                                 version: rules.version, calendar: calendar)
        }
        history = [HistoryEntry(at: receivedAt, actor: actor, event: nil, status: .received)]
    }

    /// Applies `event` done by `actor`; on error the case is left as it was.
    public mutating func apply(_ event: FeedbackEvent, by actor: CaseActor, calendar: HolidayCalendar)
        throws(FeedbackTransitionError) {
        self = try FeedbackStateMachine.applying(event, by: actor, to: self, calendar: calendar).get()
    }

    // MARK: Derived facts

    public var caseClass: CaseClass? { classification?.caseClass }

    /// The moment the last change was recorded.
    public var lastChangeAt: LocalDateTime { history[history.count - 1].at }

    /// The deadline of `kind` in force now.
    public func deadline(_ kind: DeadlineKind) -> CaseDeadline? {
        deadlines.last { $0.kind == kind }
    }

    /// The deadline of `kind` in force at `moment`.
    public func deadline(_ kind: DeadlineKind, at moment: LocalDateTime) -> CaseDeadline? {
        deadlines.last { $0.kind == kind && $0.from <= moment } ?? deadlines.first { $0.kind == kind }
    }

    /// The deadlines the case must still meet. Before classification both count (the case
    /// may turn out to be outside competence, and Art. 9 then gives 5 working days from
    /// reception); a forwarding class needs only the forwarding one; a case within competence
    /// only the answer; finished cases none.
    public var openDeadlines: [CaseDeadline] {
        switch status {
        case .received, .registered:
            return DeadlineKind.allCases.compactMap(deadline)
        case .classified:
            let kind: DeadlineKind = caseClass?.forwards == true ? .forward : .answer
            return deadline(kind).map { [$0] } ?? []
        case .assigned, .awaitingSender, .drafted, .approved:
            return deadline(.answer).map { [$0] } ?? []
        case .notAccepted, .forwarded, .answered, .published, .closed:
            return []
        }
    }

    /// When the case was handled for this body, and against which deadline: the forwarding
    /// (Art. 9.1.d), the last answer sent, or the refusal (no deadline). Nil while the case is
    /// open, including a case reopened after a disagreement.
    public var handling: Handling? { handling(asOf: lastChangeAt) }

    /// `handling` as it stood at `moment`.
    public func handling(asOf moment: LocalDateTime) -> Handling? {
        guard let current = status(at: moment), !current.isOpen else { return nil }
        for entry in history.reversed() where entry.at <= moment {
            switch entry.event {
            case .forward: return Handling(at: entry.at, kind: .forward)
            case .sendAnswer: return Handling(at: entry.at, kind: .answer)
            case .classify where entry.status == .notAccepted: return Handling(at: entry.at, kind: nil)
            default: continue
            }
        }
        return nil
    }

    /// On time or late, once handled (judged against the deadline in force then); nil for
    /// refusals and open cases.
    public func timeliness(asOf moment: LocalDateTime) -> FeedbackTimeliness? {
        guard let handling = handling(asOf: moment), let kind = handling.kind,
              let due = deadline(kind, at: handling.at) else { return nil }
        return FeedbackTimeliness.of(handledAt: handling.at, due: due.due)
    }

    public var timeliness: FeedbackTimeliness? { timeliness(asOf: lastChangeAt) }

    /// The status at `moment` (nil before reception).
    public func status(at moment: LocalDateTime) -> FeedbackStatus? {
        history.last { $0.at <= moment }?.status
    }
}

/// How a case was finished for this body.
public struct Handling: Sendable, Hashable, Codable {
    public let at: LocalDateTime
    /// The deadline it answers to: forwarding, answer, or nil for a refusal (Art. 9.1.d sets no
    /// time for it).
    public let kind: DeadlineKind?

    public init(at: LocalDateTime, kind: DeadlineKind?) {
        self.at = at
        self.kind = kind
    }
}
