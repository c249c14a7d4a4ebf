/// One step of a deadline computation, in order; `describe` turns them into sentences.
public enum ExplanationStep: Sendable, Codable, Hashable {
    /// The dossier was received at this moment.
    case received(LocalDateTime)
    /// Received on a day that is not a working day: reception counts from the next one.
    case receivedOnNonWorkingDay(LocalDate, reason: DayReason, nextWorkingDay: LocalDate)
    /// Received after the cut-off hour (or after closing time): reception counts from the
    /// next working day (Circular 01/2018/TT-VPCP; Decree 61/2018 Art. 19).
    case movedPastCutoff(cutoffMinutes: Int, nextWorkingDay: LocalDate)
    /// The effective reception day; not itself counted (Civil Code 2015 Art. 147.2).
    case startDay(LocalDate)
    /// A day passed over because it is not a working day.
    case skipped(LocalDate, reason: DayReason)
    /// The `ordinal`-th working day of the period.
    case counted(LocalDate, ordinal: Int)
    /// Working minutes counted on a day, between two clock times (hour periods).
    case countedHours(LocalDate, fromMinute: Int, toMinute: Int, workingMinutes: Int)
    /// The nominal last day of a calendar-day or month period.
    case lastDay(LocalDate)
    /// The last day is not a working day: the period ends on the next working day
    /// (Civil Code 2015 Art. 148.5).
    case lastDayRolled(from: LocalDate, to: LocalDate, reason: DayReason)
    /// The resulting due moment.
    case dueAt(LocalDateTime)

    // Named keys for the unlabelled values in JSON (`{"skipped": {"date": …, "reason": …}}`),
    // never Swift's `_0`.
    enum ReceivedCodingKeys: String, CodingKey { case _0 = "at" }
    enum ReceivedOnNonWorkingDayCodingKeys: String, CodingKey { case _0 = "date", reason, nextWorkingDay }
    enum StartDayCodingKeys: String, CodingKey { case _0 = "date" }
    enum SkippedCodingKeys: String, CodingKey { case _0 = "date", reason }
    enum CountedCodingKeys: String, CodingKey { case _0 = "date", ordinal }
    enum CountedHoursCodingKeys: String, CodingKey { case _0 = "date", fromMinute, toMinute, workingMinutes }
    enum LastDayCodingKeys: String, CodingKey { case _0 = "date" }
    enum DueAtCodingKeys: String, CodingKey { case _0 = "at" }
}

/// Collects steps, or not: the fast path uses `NoSteps` and the compiler removes the calls.
protocol StepRecorder {
    var isRecording: Bool { get }
    mutating func record(_ step: ExplanationStep)
}

struct NoSteps: StepRecorder {
    var isRecording: Bool { false }
    @inline(__always) mutating func record(_ step: ExplanationStep) {}
}

struct StepList: StepRecorder {
    var steps: [ExplanationStep] = []
    var isRecording: Bool { true }
    mutating func record(_ step: ExplanationStep) { steps.append(step) }
}
