import WorkCalendar

/// Choices the reporting rules leave open, kept with each report.
public struct ReportPolicy: Sendable, Hashable, Codable {
    /// How a dossier withdrawn after acceptance is counted.
    public enum Withdrawn: String, Sendable, Hashable, Codable {
        /// Counted as settled in the period of withdrawal: on time if withdrawn on or before the
        /// due date (or while suspended), late after it; never early, since the agency did not
        /// finish it. Keeps carried over(period n+1) = pending(period n).
        case countedAsCompleted
        /// Left out of every period that ends on or after the withdrawal (a period that ended
        /// before it still shows the dossier as pending).
        case excluded
    }

    /// Which due moment decides timeliness.
    public enum DeadlineBasis: String, Sendable, Hashable, Codable {
        /// The legal due moment (restarted after a supplement). An apology (Mẫu 04) does not make a
        /// late dossier on time: Decree 61/2018 Art. 19.9 speaks of dossiers that are overdue.
        case legal
        /// The appointment the applicant holds, i.e. the apology's new date when there is one.
        case appointment
    }

    public var withdrawn: Withdrawn
    public var deadlineBasis: DeadlineBasis

    public init(withdrawn: Withdrawn = .countedAsCompleted, deadlineBasis: DeadlineBasis = .legal) {
        self.withdrawn = withdrawn
        self.deadlineBasis = deadlineBasis
    }
}

/// The received-side column of a dossier in a period's report.
public enum ReceptionColumn: String, Sendable, Hashable, Codable, CaseIterable {
    /// Received online in the period.
    case online
    /// Received in person or by post in the period.
    case direct
    /// Received before the period and not finished when it began (tồn kỳ trước chuyển sang).
    case carriedOver
}

/// The outcome-side column of a dossier in a period's report.
public enum OutcomeColumn: Sendable, Hashable, Codable {
    /// Finished within the period.
    case completed(CompletionTimeliness)
    /// Not finished at the end of the period, judged on its last day.
    case pending(PendingTimeliness)
}

/// Where one dossier goes in the report of the period [from, to].
public struct PeriodClassification: Sendable, Hashable, Codable {
    public let reception: ReceptionColumn
    public let outcome: OutcomeColumn
}

extension DossierSnapshot {
    /// The dossier's columns in the report of [from, to] (whole days), or nil when it is not
    /// part of that period.
    ///
    /// - *Received* means accepted (status 2, receipt Mẫu 01; Decree 61/2018 Art. 17.1.c,
    ///   17.2.b), dated by the day of acceptance, the day in the dossier code. A submission not
    ///   yet accepted, or refused at reception (status 3), was never received and is in no report.
    /// - *Received in the period*: accepted on a day in [from, to]; online or direct by channel.
    /// - *Carried over*: accepted before `from` and not finished before `from`.
    /// - *Finished*: processing complete (9) or stopped (8; Art. 19.8 requires the refusal within
    ///   the processing time, so it is judged like a result), and withdrawal (7) per `policy`.
    ///   The moment is the first of these; returning the result (10) later does not change it.
    /// - *Completed in the period*: finished on a day in [from, to]; early / on time / late
    ///   against the due moment in force when it finished.
    /// - *Pending*: not finished by the end of `to`; overdue when `to` is after the due date in
    ///   force at the end of `to` (suspended for a supplement counts as within deadline).
    public func classification(from: LocalDate, to: LocalDate,
                               policy: ReportPolicy = ReportPolicy()) -> PeriodClassification? {
        guard let received = lifecycle.receivedAt, received.date <= to else { return nil }
        let closure = lifecycle.closure
        if let closure, closure.at.date < from { return nil }
        if policy.withdrawn == .excluded, let closure, closure.kind == .withdrawn, closure.at.date <= to {
            return nil
        }
        let reception: ReceptionColumn = received.date < from ? .carriedOver : (channel.isOnline ? .online : .direct)
        if let closure, closure.at.date <= to {
            return PeriodClassification(reception: reception, outcome: .completed(timeliness(of: closure, policy)))
        }
        let endOfPeriod = LocalDateTime(date: to, minutes: 24 * 60 - 1)!
        let due = dueMoment(at: endOfPeriod, policy)
        return PeriodClassification(reception: reception, outcome: .pending(Timeliness.pending(due: due, on: to)))
    }

    /// Early / on time / late of a finished dossier.
    public func timeliness(of closure: Closure, _ policy: ReportPolicy = ReportPolicy()) -> CompletionTimeliness {
        guard let due = dueMoment(at: closure.at, policy) else { return .onTime }
        if closure.kind == .withdrawn { return closure.at.date <= due.date ? .onTime : .late }
        return Timeliness.completed(finishedAt: closure.at, due: due,
                                    comparingMoments: lifecycle.period.unit == .hours)
    }

    private func dueMoment(at moment: LocalDateTime, _ policy: ReportPolicy) -> LocalDateTime? {
        switch policy.deadlineBasis {
        case .legal: lifecycle.legalDue(at: moment)
        case .appointment: lifecycle.appointment(at: moment)
        }
    }
}
