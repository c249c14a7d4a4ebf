/// A request to compute the due moment of a dossier (hồ sơ).
public struct DeadlineRequest: Sendable, Hashable, Codable {
    public var receivedAt: LocalDateTime
    public var period: Period
    /// Cut-off minute (default 15:00): a dossier received after it counts as received on the
    /// next working day. `nil` disables the cut-off (closing time still applies).
    public var cutoffMinutes: Int?

    public init(receivedAt: LocalDateTime, period: Period, cutoffMinutes: Int? = 15 * 60) {
        self.receivedAt = receivedAt
        self.period = period
        self.cutoffMinutes = cutoffMinutes
    }
}

/// A computed deadline with the steps that explain it.
public struct Deadline: Sendable, Codable, Hashable {
    public let receivedAt: LocalDateTime
    public let period: Period
    /// The effective reception day after the cut-off and non-working-day rules.
    public let startDate: LocalDate
    /// Closing time of the last day for day-based periods; the exact moment for hours.
    public let due: LocalDateTime
    public let steps: [ExplanationStep]
}

/// Deadline rules.
///
/// **Effective reception day.** A dossier received on a non-working day, after the cut-off
/// (default 15:00, Circular 01/2018/TT-VPCP: dossiers received after 15:00 are transferred on
/// the next working day) or at/after closing time is treated as *received on the next working
/// day*; that day is the `startDate`. Received exactly at the cut-off minute (15:00) is not
/// "after" it.
///
/// **Counting (Civil Code 2015 Art. 147–148).** The `startDate` is day 0 and is not counted
/// (Art. 147.2). `workingDays(n)`: due at closing time of the n-th working day after
/// `startDate`. `calendarDays(n)`: the last day is `startDate + n`; `months(n)`: the same day
/// of month n months later, clamped to the month's end (Art. 148.3); if that last day is not
/// a working day the period ends on the next working day (Art. 148.5). Day-based periods end
/// at office closing time (17:00) rather than 24:00 (Art. 148.6), because results are
/// returned during office hours. `withinDay`: closing time of `startDate`. `hours(n)`: n
/// working hours from the reception moment (Art. 147.1), or from opening time of `startDate`
/// when reception moved, counted only within office hours on working days; a total that
/// completes at the end of a session ends then (11:30, not 13:30).
///
/// Example: received Friday 24/01/2025 16:10, 3 working days: after the cut-off, and
/// 25/01–02/02 is the Tết break, so the start day is Monday 03/02/2025 (day 0); days 1–3 are
/// 04, 05 and 06/02; due 17:00 06/02/2025.
extension HolidayCalendar {
    /// The deadline of `request`, with explanation steps.
    public func due(_ request: DeadlineRequest) -> Deadline {
        var recorder = StepList()
        let result = compute(request, recorder: &recorder)
        return Deadline(receivedAt: request.receivedAt, period: request.period,
                        startDate: LocalDate(julianDay: result.startDay), due: result.due,
                        steps: recorder.steps)
    }

    /// The due moment only (no explanation): the fast path for bulk computation.
    public func dueMoment(_ request: DeadlineRequest) -> LocalDateTime {
        var recorder = NoSteps()
        return compute(request, recorder: &recorder).due
    }

    func compute<R: StepRecorder>(_ request: DeadlineRequest, recorder: inout R)
        -> (startDay: Int, due: LocalDateTime) {
        let received = request.receivedAt
        let closing = officeHours.closing
        recorder.record(.received(received))

        // Effective reception day and minute.
        let receivedDay = received.date.julianDay
        var start = receivedDay
        var startMinute = received.minutes
        if !isWorking(jdn: receivedDay) {
            start = workingDay(1, after: receivedDay)
            startMinute = officeHours.opening
            if recorder.isRecording {
                recorder.record(.receivedOnNonWorkingDay(received.date, reason: reason(receivedDay),
                                                         nextWorkingDay: LocalDate(julianDay: start)))
                recordSkipped(after: receivedDay, before: start, recorder: &recorder)
            }
        } else {
            let limit = min(request.cutoffMinutes ?? closing, closing)
            let afterLimit = limit == closing ? received.minutes >= closing : received.minutes > limit
            if afterLimit {
                start = workingDay(1, after: receivedDay)
                startMinute = officeHours.opening
                if recorder.isRecording {
                    recorder.record(.movedPastCutoff(cutoffMinutes: limit, nextWorkingDay: LocalDate(julianDay: start)))
                    recordSkipped(after: receivedDay, before: start, recorder: &recorder)
                }
            }
        }
        recorder.record(.startDay(LocalDate(julianDay: start)))

        let due: LocalDateTime
        switch request.period {
        case .withinDay:
            due = LocalDateTime(validDate: LocalDate(julianDay: start), minutes: closing)
        case .workingDays(let n):
            let last = n <= 0 ? start : workingDay(n, after: start)
            if recorder.isRecording { recordCounting(after: start, through: last, recorder: &recorder) }
            due = LocalDateTime(validDate: LocalDate(julianDay: last), minutes: closing)
        case .calendarDays(let n):
            let last = start + max(n, 0)
            due = LocalDateTime(validDate: LocalDate(julianDay: rolled(last, recorder: &recorder)), minutes: closing)
        case .months(let n):
            let last = LocalDate(julianDay: start).adding(months: max(n, 0)).julianDay
            due = LocalDateTime(validDate: LocalDate(julianDay: rolled(last, recorder: &recorder)), minutes: closing)
        case .hours(let n):
            due = addingWorkingMinutes(max(n, 0) * 60, day: start, minute: startMinute, recorder: &recorder)
        }
        recorder.record(.dueAt(due))
        return (start, due)
    }

    /// Civil Code 2015 Art. 148.5: a last day that is not a working day moves to the next one.
    private func rolled<R: StepRecorder>(_ last: Int, recorder: inout R) -> Int {
        recorder.record(.lastDay(LocalDate(julianDay: last)))
        if isWorking(jdn: last) { return last }
        let next = workingDay(1, after: last)
        if recorder.isRecording {
            recorder.record(.lastDayRolled(from: LocalDate(julianDay: last), to: LocalDate(julianDay: next),
                                           reason: reason(last)))
            recordSkipped(after: last, before: next, recorder: &recorder)
        }
        return next
    }

    /// `total` working minutes from `minute` of working day `day`.
    private func addingWorkingMinutes<R: StepRecorder>(_ total: Int, day: Int, minute: Int,
                                                       recorder: inout R) -> LocalDateTime {
        let hours = officeHours
        let today = hours.minutesRemaining(after: minute)
        if total == 0 {
            return LocalDateTime(validDate: LocalDate(julianDay: day), minutes: max(minute, hours.opening))
        }
        if total <= today {
            let end = hours.timeAfterWorking(total, from: minute)
            if recorder.isRecording {
                recorder.record(.countedHours(LocalDate(julianDay: day), fromMinute: max(minute, hours.opening),
                                              toMinute: end, workingMinutes: total))
            }
            return LocalDateTime(validDate: LocalDate(julianDay: day), minutes: end)
        }
        let rest = total - today
        let fullDays = (rest - 1) / hours.minutesPerDay
        let lastAmount = rest - fullDays * hours.minutesPerDay
        let lastDay = workingDay(fullDays + 1, after: day)
        let end = hours.timeAfterWorking(lastAmount)
        if recorder.isRecording {
            if today > 0 {
                recorder.record(.countedHours(LocalDate(julianDay: day), fromMinute: max(minute, hours.opening),
                                              toMinute: hours.closing, workingMinutes: today))
            }
            var current = day
            while current < lastDay {
                current += 1
                if !isWorking(jdn: current) {
                    recorder.record(.skipped(LocalDate(julianDay: current), reason: reason(current)))
                } else {
                    let isLast = current == lastDay
                    recorder.record(.countedHours(LocalDate(julianDay: current), fromMinute: hours.opening,
                                                  toMinute: isLast ? end : hours.closing,
                                                  workingMinutes: isLast ? lastAmount : hours.minutesPerDay))
                }
            }
        }
        return LocalDateTime(validDate: LocalDate(julianDay: lastDay), minutes: end)
    }

    private func recordCounting<R: StepRecorder>(after start: Int, through last: Int, recorder: inout R) {
        var ordinal = 0
        var current = start
        while current < last {
            current += 1
            if isWorking(jdn: current) {
                ordinal += 1
                recorder.record(.counted(LocalDate(julianDay: current), ordinal: ordinal))
            } else {
                recorder.record(.skipped(LocalDate(julianDay: current), reason: reason(current)))
            }
        }
    }

    private func recordSkipped<R: StepRecorder>(after first: Int, before end: Int, recorder: inout R) {
        var current = first + 1
        while current < end {
            recorder.record(.skipped(LocalDate(julianDay: current), reason: reason(current)))
            current += 1
        }
    }

    /// The reason shown for a non-working day.
    private func reason(_ jdn: Int) -> DayReason {
        dayInfo(LocalDate(julianDay: jdn)).primaryReason ?? .weekend
    }
}
