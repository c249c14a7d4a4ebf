import WorkCalendar
import Localization

/// Which stage of a deadline a reminder announces.
public enum ReminderStage: Sendable, Hashable, Codable {
    /// The due day is near (within the policy's working days).
    case approaching
    /// Due today.
    case dueToday
    /// Overdue; `step` counts repeats (0 on the first working day after the due day, then one
    /// more every `overdueRepeatWorkingDays`).
    case overdue(step: Int)
}

/// What identifies a reminder, so it is sent once: the case, the deadline (kind and due
/// moment: a moved deadline starts afresh) and the stage. The job stores the keys it sent.
public struct ReminderKey: Sendable, Hashable, Codable {
    public let caseCode: String
    public let deadline: DeadlineKind
    public let due: LocalDateTime
    public let stage: ReminderStage

    public init(caseCode: String, deadline: DeadlineKind, due: LocalDateTime, stage: ReminderStage) {
        self.caseCode = caseCode
        self.deadline = deadline
        self.due = due
        self.stage = stage
    }
}

/// A reminder to send now.
public struct Reminder: Sendable, Hashable, Codable {
    public let key: ReminderKey
    /// The unit handling the case (nil: the register's staff).
    public let unit: String?
    public let flag: DeadlineFlag
    public let message: LocalizedText
}

/// When reminders go out.
public struct ReminderPolicy: Sendable, Hashable, Codable {
    /// "Approaching" from this many working days before the due day.
    public var approachingWorkingDays: Int
    /// Repeat overdue reminders every this many working days (nil: once).
    public var overdueRepeatWorkingDays: Int?

    public init(approachingWorkingDays: Int = 2, overdueRepeatWorkingDays: Int? = 5) {
        self.approachingWorkingDays = approachingWorkingDays
        self.overdueRepeatWorkingDays = overdueRepeatWorkingDays
    }
}

/// An open case as the reminder job sees it.
public struct ReminderInput: Sendable, Hashable {
    public let caseCode: String
    public let unit: String?
    public let deadlines: [CaseDeadline]

    public init(caseCode: String, unit: String?, deadlines: [CaseDeadline]) {
        self.caseCode = caseCode
        self.unit = unit
        self.deadlines = deadlines
    }

    /// The open deadlines of `feedback`.
    public init(code: FeedbackCode, feedback: FeedbackCase) {
        self.init(caseCode: code.text, unit: feedback.unit, deadlines: feedback.openDeadlines)
    }
}

/// The reminders due now. A pure function: given the same cases, the keys already sent and
/// the same moment it returns the same list, and once those keys are recorded it returns
/// nothing more until a stage changes. For each deadline only the most advanced stage not yet
/// sent is returned (a job that was down for a week sends one overdue reminder, not five).
public enum ReminderPlanner {
    public static func due(_ cases: [ReminderInput], alreadySent: Set<ReminderKey>, now: LocalDateTime,
                           policy: ReminderPolicy = ReminderPolicy(), calendar: HolidayCalendar) -> [Reminder] {
        var reminders: [Reminder] = []
        for input in cases {
            for deadline in input.deadlines {
                let flag = DeadlineFlag.of(due: deadline.due, now: now, nearWorkingDays: policy.approachingWorkingDays,
                                           calendar: calendar)
                let stage: ReminderStage
                switch flag {
                case .onTrack: continue
                case .near(let left): stage = left == 0 ? .dueToday : .approaching
                case .overdue(let late):
                    stage = .overdue(step: policy.overdueRepeatWorkingDays.map { late / max($0, 1) } ?? 0)
                }
                let key = ReminderKey(caseCode: input.caseCode, deadline: deadline.kind, due: deadline.due, stage: stage)
                guard !alreadySent.contains(key) else { continue }
                reminders.append(Reminder(key: key, unit: input.unit, flag: flag,
                                          message: message(input.caseCode, deadline, flag)))
            }
        }
        return reminders.sorted { ($0.key.due, $0.key.caseCode) < ($1.key.due, $1.key.caseCode) }
    }

    private static func message(_ code: String, _ deadline: CaseDeadline, _ flag: DeadlineFlag) -> LocalizedText {
        LocalizedText(vi: "\(code): \(deadline.kind.name.vi.lowercasedFirst) \(deadline.due.vnFormat) — \(flag.name.vi)",
                      en: "\(code): \(deadline.kind.name.en.lowercased()) \(deadline.due.vnFormat) — \(flag.name.en)")
    }
}
