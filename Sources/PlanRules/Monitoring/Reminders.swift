import WorkCalendar
import Localization

/// When reminders go out, in working days of the `HolidayCalendar`.
public struct ReminderPolicy: Sendable, Hashable, Codable {
    /// Reminders before the due date: 5 means on the 5th working day before it (counting back
    /// from the due date, so a due date on a Sunday has its "1 working day before" on Friday).
    public var beforeDue: [Int]
    /// The first overdue reminder goes out this many working days after the due date.
    public var firstOverdueAfter: Int
    /// Then again every N working days while the report is not handed in (nil: once only).
    public var repeatOverdueEvery: Int?
    /// At most this many overdue reminders (nil: no limit).
    public var maxOverdue: Int?
    /// Nothing goes out before this minute of the day (default 07:30).
    public var earliestMinute: Int

    public init(beforeDue: [Int] = [5, 1], firstOverdueAfter: Int = 1, repeatOverdueEvery: Int? = 5,
                maxOverdue: Int? = nil, earliestMinute: Int = 7 * 60 + 30) {
        self.beforeDue = beforeDue
        self.firstOverdueAfter = max(firstOverdueAfter, 1)
        self.repeatOverdueEvery = repeatOverdueEvery.map { max($0, 1) }
        self.maxOverdue = maxOverdue
        self.earliestMinute = earliestMinute
    }
}

/// Which reminder of an obligation: before the due date, or the n-th overdue one.
public enum ReminderSlot: Sendable, Hashable, Codable, Comparable {
    case beforeDue(workingDays: Int)
    case overdue(number: Int)

    var text: String {
        switch self {
        case .beforeDue(let days): "before-\(days)"
        case .overdue(let number): "overdue-\(number)"
        }
    }
}

/// What is stored once a reminder is sent, so that it is never sent twice.
/// Text form: `II.5@2024-04-01/2024-06-30#unit|before-5`.
public struct ReminderKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let obligation: ObligationKey
    public let slot: ReminderSlot

    public init(obligation: ObligationKey, slot: ReminderSlot) {
        self.obligation = obligation
        self.slot = slot
    }

    public var text: String { "\(obligation.text)|\(slot.text)" }
    public var description: String { text }
}

/// A reminder to send now.
public struct Reminder: Sendable, Hashable, Codable {
    public let key: ReminderKey
    public let obligation: ReportingObligation
    /// The day the slot fell on (today, or earlier when the job did not run then).
    public let scheduledOn: LocalDate

    /// The notification text; `taskNumber` is the task's number in the plan ("II.10").
    public func message(taskNumber: String) -> LocalizedText {
        let label = obligation.occurrence.label
        let due = obligation.due.vnFormat
        switch key.slot {
        case .beforeDue:
            return LocalizedText(vi: "Nhiệm vụ \(taskNumber) (\(label.vi)) đến hạn báo cáo ngày \(due)",
                                 en: "Task \(taskNumber) (\(label.en)): the report is due on \(due)")
        case .overdue:
            return LocalizedText(vi: "Nhiệm vụ \(taskNumber) (\(label.vi)) đã quá hạn báo cáo (hạn \(due))",
                                 en: "Task \(taskNumber) (\(label.en)): the report is overdue (due \(due))")
        }
    }
}

public enum Reminders {
    /// The reminders to send at `now`: for each obligation not handed in, the latest slot whose
    /// day has come (from `policy.earliestMinute`) if it was not sent yet. Older slots missed
    /// while the job was not running are skipped, not sent in a burst. Idempotent: once the
    /// returned keys are added to `sent`, the same call returns nothing.
    public static func due(obligations: [ReportingObligation], progress: [ObligationKey: ReportProgress],
                           sent: Set<ReminderKey>, policy: ReminderPolicy = ReminderPolicy(),
                           now: LocalDateTime, calendar: HolidayCalendar) -> [Reminder] {
        let today = now.minutes >= policy.earliestMinute ? now.date : now.date.adding(days: -1)
        return obligations.compactMap { obligation -> Reminder? in
            guard !(progress[obligation.key] ?? .none).isHandedIn else { return nil }
            guard let (slot, day) = latestSlot(due: obligation.due, onOrBefore: today, policy: policy,
                                               calendar: calendar) else { return nil }
            let key = ReminderKey(obligation: obligation.key, slot: slot)
            guard !sent.contains(key) else { return nil }
            return Reminder(key: key, obligation: obligation, scheduledOn: day)
        }
    }

    /// Every slot of a due date with its day, in time order, up to `limit` (inclusive).
    public static func slots(due: LocalDate, through limit: LocalDate, policy: ReminderPolicy,
                             calendar: HolidayCalendar) -> [(ReminderSlot, LocalDate)] {
        var result: [(ReminderSlot, LocalDate)] = []
        for days in Set(policy.beforeDue.filter { $0 > 0 }).sorted(by: >) {
            let day = workingDay(days, before: due, calendar: calendar)
            if day <= limit { result.append((.beforeDue(workingDays: days), day)) }
        }
        var day = calendar.addingWorkingDays(policy.firstOverdueAfter, to: due)
        var number = 1
        while day <= limit {
            if let max = policy.maxOverdue, number > max { break }
            result.append((.overdue(number: number), day))
            guard let every = policy.repeatOverdueEvery else { break }
            day = calendar.addingWorkingDays(every, to: day)
            number += 1
        }
        return result
    }

    static func latestSlot(due: LocalDate, onOrBefore today: LocalDate, policy: ReminderPolicy,
                           calendar: HolidayCalendar) -> (ReminderSlot, LocalDate)? {
        slots(due: due, through: today, policy: policy, calendar: calendar).last
    }

    /// The `count`-th working day before `date` (stepping back over days off).
    static func workingDay(_ count: Int, before date: LocalDate, calendar: HolidayCalendar) -> LocalDate {
        var day = date
        var remaining = count
        while remaining > 0 {
            day = day.adding(days: -1)
            if calendar.isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }
}
