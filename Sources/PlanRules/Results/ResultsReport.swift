import WorkCalendar
import Localization

/// The results report of a plan for a period (section IV.4 of the 2024 plan: the
/// office reports the results to the People's Committee): per task, per unit, what was done,
/// metric totals, evidence, and what is late and why.
///
/// Readings:
/// - An occurrence belongs to the report when its due date falls in the range: a quarter's
///   report covers the quarter's occurrences; the year's covers all.
/// - Only accepted reports count: their text, figures and evidence. Totals are sums of accepted
///   reports' values, per unit and per task, so they equal the accepted reports to the unit.
/// - Reports are taken as they stand; `asOf` decides which due dates have passed.
public struct ResultsReport: Sendable, Hashable, Codable {
    public let planYear: Int
    public let range: DayRange
    public let asOf: LocalDate
    public let tasks: [TaskResult]

    /// Every shortfall, task by task.
    public var shortfalls: [Shortfall] { tasks.flatMap { $0.units.flatMap { $0.entries.compactMap(\.shortfall) } } }

    /// "Quý I/2024", "6 tháng đầu năm 2024", "Năm 2024"…
    public var title: LocalizedText { range.label }
}

/// One task's results.
public struct TaskResult: Sendable, Hashable, Codable {
    public let task: TaskID
    public let number: String
    public let content: String
    public let metrics: [Metric]
    public let units: [UnitResult]
    /// Sum per metric key over the accepted reports of every unit.
    public let totals: [String: Int]
}

/// One unit's results on a task.
public struct UnitResult: Sendable, Hashable, Codable {
    public let unit: UnitID
    public let entries: [OccurrenceResult]
    /// Sum per metric key over this unit's accepted reports.
    public let totals: [String: Int]
    /// Evidence of the accepted reports.
    public var evidence: [Evidence] { entries.flatMap(\.evidence) }
}

/// One occurrence of a task for one unit.
public struct OccurrenceResult: Sendable, Hashable, Codable {
    public let occurrence: Occurrence
    /// Nil when the unit has no report.
    public let review: ReviewStatus?
    public let accepted: Bool
    /// From the accepted report only (empty otherwise).
    public let workStatus: WorkStatus?
    public let summary: String
    public let metrics: [String: Int]
    public let evidence: [Evidence]
    public let shortfall: Shortfall?
}

/// What went wrong with an obligation, and why (in the unit's or the reviewer's words).
public struct Shortfall: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// The due date passed and nothing was handed in (no report, or a draft).
        case notReported
        /// Returned by the office and not handed in again by the due date that has passed.
        case returned
        /// Handed in after the due date.
        case reportedLate
        /// Handed in, not yet reviewed.
        case awaitingReview
        /// The unit reports that it cannot be done.
        case cannotBeDone

        public var name: LocalizedText {
            switch self {
            case .notReported: LocalizedText(vi: "Quá hạn, chưa báo cáo", en: "Overdue, not reported")
            case .returned: LocalizedText(vi: "Bị trả lại, chưa gửi lại", en: "Returned, not resubmitted")
            case .reportedLate: LocalizedText(vi: "Báo cáo muộn", en: "Reported late")
            case .awaitingReview: LocalizedText(vi: "Chưa được duyệt", en: "Not yet reviewed")
            case .cannotBeDone: LocalizedText(vi: "Không thực hiện được", en: "Cannot be done")
            }
        }
    }

    public let obligation: ObligationKey
    public let kind: Kind
    public let due: LocalDate
    /// The unit's reason, the reviewer's comment, or empty.
    public let reason: String
    /// The day of the first submission, when there was one.
    public let submittedOn: LocalDate?
}
