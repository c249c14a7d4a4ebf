import WorkCalendar

/// The one-stop lifecycle (Decree 61/2018/NĐ-CP Art. 17–20):
///
/// ```
/// 1 new ─accept→ 2 accepted ─startProcessing→ 4 processing ─complete→ 9 ─returnResult→ 10
///   │  ─refuse→ 3                               │ ─requestSupplement→ 5 ─supplementReceived→ 4
///   └─requestSupplement→ 5 ─supplementReceived→ 1  │ ─requestPayment→ 6 ─paymentReceived→ 4
///                                              └─stop→ 8   (5 and 6 may also stop → 8)
/// withdraw → 7 from any open state (1, 2, 4, 5, 6); apologise keeps the status (2, 4, 6).
/// ```
///
/// Rules beyond the table:
/// - a supplement after appraisal suspends the period, and the period restarts from zero when
///   the complete dossier arrives (Art. 19.4): a new appointment is computed from that moment;
/// - at most `rules.maxSupplementRequests` (2) supplement requests per case, counting the
///   reception's and the competent agency's (Art. 15.3, 17.1.a, 19.4); a third is refused;
/// - the apology (Mẫu 04, Art. 19.9) only once, only while the period runs, at the latest on
///   the working day `rules.apologyLeadWorkingDays` before the due day, to a later working day;
///   the original and the new appointment are both kept;
/// - events are dated and may not go back in time; refusals, supplement requests, stops and
///   apologies need a reason.
public enum DossierStateMachine {
    /// The events allowed in each status (before the checks on dates, reasons and limits).
    public static func allowedEvents(from status: DossierStatus) -> Set<DossierEvent.Kind> {
        switch status {
        case .newOnline: [.accept, .refuse, .requestSupplement, .withdraw]
        case .accepted: [.startProcessing, .withdraw, .apologise]
        case .processing: [.requestSupplement, .requestPayment, .stop, .complete, .withdraw, .apologise]
        case .supplementRequested: [.supplementReceived, .stop, .withdraw]
        case .paymentRequested: [.paymentReceived, .stop, .withdraw, .apologise]
        case .processingComplete: [.returnResult]
        case .refusedAtReception, .withdrawn, .stopped, .resultReturned: []
        }
    }

    /// `dossier` after `event`, or why not.
    public static func applying(_ event: DossierEvent, to dossier: DossierCase,
                                calendar: HolidayCalendar) -> Result<DossierCase, TransitionError> {
        let kind = event.kind
        let at = event.at
        guard allowedEvents(from: dossier.status).contains(kind) else {
            return .failure(.notAllowed(event: kind, from: dossier.status))
        }
        guard at >= dossier.lastChangeAt else {
            return .failure(.outOfOrder(event: at, last: dossier.lastChangeAt))
        }
        var next = dossier
        let newStatus: DossierStatus
        switch event {
        case .accept:
            newStatus = .accepted
            next.dueChanges.append(DueChange(from: at, due: due(from: at, dossier, calendar)))
        case .refuse(_, let reason), .stop(_, let reason):
            guard hasText(reason) else { return .failure(.reasonRequired(kind)) }
            newStatus = kind == .refuse ? .refusedAtReception : .stopped
        case .startProcessing, .paymentReceived:
            newStatus = .processing
        case .requestSupplement(_, let reason, let applicantAtFault):
            guard hasText(reason) else { return .failure(.reasonRequired(kind)) }
            guard dossier.supplementRequests.count < dossier.rules.maxSupplementRequests else {
                return .failure(.supplementLimitReached(limit: dossier.rules.maxSupplementRequests))
            }
            let stage: SupplementStage = dossier.status == .newOnline ? .reception : .processing
            var withinLimit: Bool?
            if stage == .processing, let clockStart = dossier.dueChanges.last?.from {
                let request = DeadlineRequest(receivedAt: clockStart, period: .withinDay,
                                              cutoffMinutes: dossier.cutoff.minutes)
                let start = calendar.due(request).startDate
                withinLimit = calendar.workingDays(from: start, to: at.date) <= dossier.rules.supplementNoticeWorkingDays
                next.dueChanges.append(DueChange(from: at, due: nil))
            }
            next.supplementRequests.append(SupplementRequest(
                requestedAt: at, stage: stage, reason: reason, applicantAtFault: applicantAtFault,
                withinNoticeLimit: withinLimit, answeredAt: nil))
            newStatus = .supplementRequested
        case .supplementReceived:
            let stage = dossier.openSupplementStage ?? .processing
            next.supplementRequests[next.supplementRequests.count - 1].answeredAt = at
            if stage == .processing {
                // Decree 61/2018 Art. 19.4: "Thời hạn giải quyết được tính lại từ đầu sau khi nhận đủ hồ sơ."
                next.dueChanges.append(DueChange(from: at, due: due(from: at, dossier, calendar)))
                newStatus = .processing
            } else {
                newStatus = .newOnline
            }
        case .requestPayment:
            newStatus = .paymentRequested
        case .complete:
            newStatus = .processingComplete
        case .returnResult:
            newStatus = .resultReturned
        case .withdraw:
            newStatus = .withdrawn
        case .apologise(_, let reason, let newDue):
            if let error = apologyError(at: at, reason: reason, newDue: newDue, dossier: dossier, calendar: calendar) {
                return .failure(error)
            }
            guard let original = dossier.legalDue else { return .failure(.notAllowed(event: kind, from: dossier.status)) }
            next.apology = Apology(issuedAt: at, reason: reason, originalDue: original, newDue: newDue)
            newStatus = dossier.status
        }
        next.status = newStatus
        next.timeline.append(TimelineEntry(at: at, event: kind, status: newStatus))
        return .success(next)
    }

    /// The last day an apology may be sent for a case due at `due`: the working day
    /// `leadWorkingDays` working days before the due day (Decree 61/2018 Art. 19.9).
    public static func latestApologyDay(due: LocalDateTime, leadWorkingDays: Int = 1,
                                        calendar: HolidayCalendar) -> LocalDate {
        var day = due.date
        var remaining = max(leadWorkingDays, 1)
        while remaining > 0 {
            day = day.adding(days: -1)
            if calendar.isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    // MARK: Helpers

    private static func apologyError(at: LocalDateTime, reason: String, newDue: LocalDateTime,
                                     dossier: DossierCase, calendar: HolidayCalendar) -> TransitionError? {
        guard hasText(reason) else { return .reasonRequired(.apologise) }
        if let previous = dossier.apology { return .apologyAlreadyIssued(at: previous.issuedAt) }
        guard let due = dossier.legalDue else { return .notAllowed(event: .apologise, from: dossier.status) }
        let latest = latestApologyDay(due: due, leadWorkingDays: dossier.rules.apologyLeadWorkingDays,
                                      calendar: calendar)
        guard at.date <= latest else { return .apologyTooLate(latestDay: latest, due: due) }
        guard newDue > due else { return .apologyMustExtend(currentDue: due, proposed: newDue) }
        guard calendar.isWorkingDay(newDue.date) else { return .appointmentOnDayOff(newDue.date) }
        return nil
    }

    private static func due(from moment: LocalDateTime, _ dossier: DossierCase,
                            _ calendar: HolidayCalendar) -> LocalDateTime {
        calendar.dueMoment(DeadlineRequest(receivedAt: moment, period: dossier.period,
                                           cutoffMinutes: dossier.cutoff.minutes))
    }

    private static func hasText(_ reason: String) -> Bool {
        reason.contains { !$0.isWhitespace }
    }
}
