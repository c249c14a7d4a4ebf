import WorkCalendar
import Localization

/// Names one occurrence of a task: the task and the period. Stable while the plan's other
/// tasks change, so reports and reminders can be stored against it.
/// Text form: `II.5@2024-04-01/2024-06-30`.
public struct OccurrenceKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let task: TaskID
    public let period: DayRange

    public init(task: TaskID, period: DayRange) {
        self.task = task
        self.period = period
    }

    public var text: String { "\(task.rawValue)@\(period.iso)" }
    public var description: String { text }

    /// Parses `text` (the task id may itself contain "@": the last one separates).
    public init?(text: String) {
        guard let at = text.lastIndex(of: "@"), let period = DayRange(iso: String(text[text.index(after: at)...])) else {
            return nil
        }
        self.init(task: TaskID(String(text[..<at])), period: period)
    }

    public static func < (lhs: OccurrenceKey, rhs: OccurrenceKey) -> Bool {
        (lhs.period, lhs.task) < (rhs.period, rhs.task)
    }
}

/// One time a task is to be done and reported: a period, a due date and its label
/// ("Quý I/2024"). Each responsible unit reports on it separately (`ReportingObligation`).
public struct Occurrence: Sendable, Hashable, Codable {
    public let task: TaskID
    /// 1-based position among the task's occurrences.
    public let sequence: Int
    public let period: DayRange
    public let due: LocalDate
    public let label: LocalizedText

    public init(task: TaskID, sequence: Int, period: DayRange, due: LocalDate, label: LocalizedText) {
        self.task = task
        self.sequence = sequence
        self.period = period
        self.due = due
        self.label = label
    }

    public var key: OccurrenceKey { OccurrenceKey(task: task, period: period) }
}

/// Names the report one unit owes for one occurrence: the cell of the monitoring matrix.
/// Text form: `II.5@2024-04-01/2024-06-30#unit-id`.
public struct ObligationKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let occurrence: OccurrenceKey
    public let unit: UnitID

    public init(occurrence: OccurrenceKey, unit: UnitID) {
        self.occurrence = occurrence
        self.unit = unit
    }

    public var text: String { "\(occurrence.text)#\(unit.rawValue)" }
    public var description: String { text }

    public init?(text: String) {
        guard let hash = text.firstIndex(of: "#"),
              let occurrence = OccurrenceKey(text: String(text[..<hash])) else { return nil }
        self.init(occurrence: occurrence, unit: UnitID(String(text[text.index(after: hash)...])))
    }

    public static func < (lhs: ObligationKey, rhs: ObligationKey) -> Bool {
        (lhs.occurrence, lhs.unit) < (rhs.occurrence, rhs.unit)
    }
}

/// An occurrence and one unit that must report on it.
public struct ReportingObligation: Sendable, Hashable, Codable {
    public let occurrence: Occurrence
    public let unit: UnitID

    public init(occurrence: Occurrence, unit: UnitID) {
        self.occurrence = occurrence
        self.unit = unit
    }

    public var key: ObligationKey { ObligationKey(occurrence: occurrence.key, unit: unit) }
    public var due: LocalDate { occurrence.due }
}
