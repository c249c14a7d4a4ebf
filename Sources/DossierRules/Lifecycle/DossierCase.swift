import WorkCalendar

/// The lifecycle of one dossier: its status, history, deadlines, supplement requests and
/// apology. A value: `apply` returns or throws, and a refused event changes nothing.
public struct DossierCase: Sendable, Hashable, Codable {
    /// The procedure's processing time (thời hạn giải quyết).
    public let period: Period
    /// The procedure's reception cut-off (Decree 61/2018 Art. 18.2; default 15:00).
    public let cutoff: ReceptionCutoff
    /// The rule values in force when the dossier was submitted.
    public let rules: DossierRuleSet

    public internal(set) var status: DossierStatus
    public internal(set) var timeline: [TimelineEntry]
    public internal(set) var dueChanges: [DueChange]
    public internal(set) var supplementRequests: [SupplementRequest]
    public internal(set) var apology: Apology?

    /// A new case, status 1, submitted at `submittedAt` (online, or handed in at the counter
    /// or by post and not yet checked).
    public init(submittedAt: LocalDateTime, period: Period, cutoff: ReceptionCutoff = .standard,
                rules: DossierRuleSet = .decree61) {
        self.period = period
        self.cutoff = cutoff
        self.rules = rules
        status = .newOnline
        timeline = [TimelineEntry(at: submittedAt, event: nil, status: .newOnline)]
        dueChanges = []
        supplementRequests = []
        apology = nil
    }

    /// Applies `event`; on error the case is left as it was.
    public mutating func apply(_ event: DossierEvent, calendar: HolidayCalendar) throws(TransitionError) {
        self = try DossierStateMachine.applying(event, to: self, calendar: calendar).get()
    }

    // MARK: Derived facts

    public var submittedAt: LocalDateTime { timeline[0].at }

    /// The moment of acceptance (the receipt, Mẫu 01); nil if never accepted.
    public var receivedAt: LocalDateTime? {
        timeline.first { $0.event == .accept }?.at
    }

    /// The moment the last change was recorded.
    public var lastChangeAt: LocalDateTime { timeline[timeline.count - 1].at }

    /// The legal due moment now: nil before acceptance and while suspended for a supplement.
    public var legalDue: LocalDateTime? { dueChanges.last?.due }

    /// The first appointment written on the receipt.
    public var firstDue: LocalDateTime? { dueChanges.first?.due }

    /// The legal due moment in force at `moment` (nil: not yet accepted, or suspended).
    public func legalDue(at moment: LocalDateTime) -> LocalDateTime? {
        dueChanges.last { $0.from <= moment }?.due
    }

    /// The appointment the applicant holds now: the apology's new date while it postpones the
    /// current legal due moment, otherwise the legal due moment.
    public var appointment: LocalDateTime? {
        appointment(at: lastChangeAt)
    }

    /// The appointment in force at `moment`.
    public func appointment(at moment: LocalDateTime) -> LocalDateTime? {
        let legal = legalDue(at: moment)
        if let apology, apology.issuedAt <= moment, apology.originalDue == legal { return apology.newDue }
        return legal
    }

    /// The status at `moment` (nil before submission).
    public func status(at moment: LocalDateTime) -> DossierStatus? {
        timeline.last { $0.at <= moment }?.status
    }

    /// When and how processing ended: the first entry reaching 7, 8 or 9 (10 always follows 9).
    public var closure: Closure? {
        for entry in timeline {
            switch entry.status {
            case .processingComplete: return Closure(kind: .completed, at: entry.at)
            case .stopped: return Closure(kind: .stopped, at: entry.at)
            case .withdrawn: return Closure(kind: .withdrawn, at: entry.at)
            default: continue
            }
        }
        return nil
    }

    /// Where a pending supplement request was made (decides where `supplementReceived` goes).
    var openSupplementStage: SupplementStage? {
        guard status == .supplementRequested, let last = supplementRequests.last, last.answeredAt == nil else {
            return nil
        }
        return last.stage
    }
}
