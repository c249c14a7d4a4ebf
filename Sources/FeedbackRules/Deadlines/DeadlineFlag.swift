import WorkCalendar
import Localization

/// How a handled case compares with its deadline, judged by date: handled on or before the
/// due day is on time, after it late (as DossierRules' `Timeliness`, Circular 01/2018 Art. 13.1).
public enum FeedbackTimeliness: String, Sendable, Hashable, Codable, CaseIterable {
    case onTime = "on_time"
    case late

    public static func of(handledAt: LocalDateTime, due: LocalDateTime) -> FeedbackTimeliness {
        handledAt.date <= due.date ? .onTime : .late
    }

    public var name: LocalizedText {
        switch self {
        case .onTime: LocalizedText(vi: "Đúng hạn", en: "On time")
        case .late: LocalizedText(vi: "Trễ hạn", en: "Late")
        }
    }
}

/// How an open deadline stands at a moment.
public enum DeadlineFlag: Sendable, Hashable, Codable {
    /// More than the "near" threshold of working days is left.
    case onTrack(workingDaysLeft: Int)
    /// The due day is at most the threshold away (0: due today).
    case near(workingDaysLeft: Int)
    /// The due day has passed; working days since then (0 when it passed over a weekend only).
    case overdue(workingDaysLate: Int)

    /// The flag of a deadline due at `due`, seen at `now`.
    public static func of(due: LocalDateTime, now: LocalDateTime, nearWorkingDays: Int,
                          calendar: HolidayCalendar) -> DeadlineFlag {
        if now.date > due.date {
            return .overdue(workingDaysLate: calendar.workingDays(from: due.date, to: now.date))
        }
        let left = calendar.workingDays(from: now.date, to: due.date)
        return left <= nearWorkingDays ? .near(workingDaysLeft: left) : .onTrack(workingDaysLeft: left)
    }

    public var isNear: Bool { if case .near = self { true } else { false } }
    public var isOverdue: Bool { if case .overdue = self { true } else { false } }

    public var name: LocalizedText {
        switch self {
        case .onTrack(let left):
            LocalizedText(vi: "Trong hạn (còn \(left) ngày làm việc)", en: "Within deadline (\(left) working days left)")
        case .near(let left):
            left == 0 ? LocalizedText(vi: "Đến hạn hôm nay", en: "Due today")
                : LocalizedText(vi: "Sắp đến hạn (còn \(left) ngày làm việc)", en: "Due soon (\(left) working days left)")
        case .overdue(let late):
            LocalizedText(vi: "Quá hạn \(late) ngày làm việc", en: "Overdue by \(late) working days")
        }
    }
}

/// The flag of one open deadline of a case.
public struct DeadlineStanding: Sendable, Hashable, Codable {
    public let deadline: CaseDeadline
    public let flag: DeadlineFlag
}

extension FeedbackCase {
    /// Each open deadline with its flag at `now`, earliest due first.
    public func standings(now: LocalDateTime, calendar: HolidayCalendar) -> [DeadlineStanding] {
        openDeadlines.sorted { $0.due < $1.due }.map { deadline in
            DeadlineStanding(deadline: deadline, flag: .of(due: deadline.due, now: now,
                                                           nearWorkingDays: rules.nearWorkingDays, calendar: calendar))
        }
    }

    /// The most urgent standing (the earliest open deadline), or nil when nothing is open.
    public func standing(now: LocalDateTime, calendar: HolidayCalendar) -> DeadlineStanding? {
        standings(now: now, calendar: calendar).first
    }
}
