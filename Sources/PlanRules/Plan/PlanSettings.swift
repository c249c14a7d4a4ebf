import WorkCalendar
import Localization

/// How often ongoing tasks ("Thường xuyên") are reported. Quarterly by default.
public enum ReportingFrequency: String, Sendable, Hashable, Codable, CaseIterable {
    case monthly, quarterly, halfYearly, yearly

    /// Length of one period in months.
    public var months: Int {
        switch self {
        case .monthly: 1
        case .quarterly: 3
        case .halfYearly: 6
        case .yearly: 12
        }
    }

    public var name: LocalizedText {
        switch self {
        case .monthly: LocalizedText(vi: "Hằng tháng", en: "Monthly")
        case .quarterly: LocalizedText(vi: "Hằng quý", en: "Quarterly")
        case .halfYearly: LocalizedText(vi: "6 tháng/lần", en: "Half-yearly")
        case .yearly: LocalizedText(vi: "Hằng năm", en: "Yearly")
        }
    }
}

/// When the report for a period is due.
public enum DuePolicy: Sendable, Hashable, Codable {
    /// On the last day of the period, even when that day is a day off (30/06/2024 is a
    /// Sunday and stays the due date): the plan's wording ("Quý II/2024") names the period, not
    /// a working day. The default.
    case endOfPeriod
    /// The N-th working day after the last day of the period (time to write the report).
    case workingDaysAfterEnd(Int)

    /// The due date of `period`.
    public func due(for period: DayRange, calendar: HolidayCalendar) -> LocalDate {
        switch self {
        case .endOfPeriod: period.end
        case .workingDaysAfterEnd(let n): calendar.addingWorkingDays(max(n, 0), to: period.end)
        }
    }
}

/// Per-plan choices of the reporting rules, kept with the plan.
public struct PlanSettings: Sendable, Hashable, Codable {
    /// Periods of ongoing tasks.
    public var frequency: ReportingFrequency
    /// Due dates of periods derived from the plan (a task's own date, "Trước ngày …", always wins).
    public var duePolicy: DuePolicy
    /// Whether coordinating units (đơn vị phối hợp) report too. By default only the lead units
    /// (đơn vị thực hiện) do: the plan makes them answerable for the task.
    public var coordinatingUnitsReport: Bool

    public init(frequency: ReportingFrequency = .quarterly, duePolicy: DuePolicy = .endOfPeriod,
                coordinatingUnitsReport: Bool = false) {
        self.frequency = frequency
        self.duePolicy = duePolicy
        self.coordinatingUnitsReport = coordinatingUnitsReport
    }
}
