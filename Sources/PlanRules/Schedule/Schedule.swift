import WorkCalendar
import Localization

/// Occurrences of tasks from their time, the plan's year and the plan's settings.
///
/// | time | occurrences | due |
/// |---|---|---|
/// | Thường xuyên | one per reporting period of the plan year (quarterly: 4) | per `DuePolicy` |
/// | Quý q/Y, 6 tháng đầu/cuối năm Y, Tháng m/Y, Năm Y | one, that period | per `DuePolicy` |
/// | Định kỳ N tháng/01 lần | one per N months from 1 January; a last run past 31/12 is cut there | per `DuePolicy` |
/// | Trước ngày D | one, from 1 January of the plan year (or D's year when earlier) to D | D itself |
/// | Từ A đến B | one, A–B | B itself |
///
/// An explicit date is the plan's own deadline, so the due policy does not move it.
public enum Schedule {
    /// The occurrences of a task's time.
    public static func occurrences(of time: TaskTime, task: TaskID, planYear: Int, settings: PlanSettings = PlanSettings(),
                                   calendar: HolidayCalendar) -> [Occurrence] {
        let periods: [DayRange]
        var explicitDue: LocalDate?
        switch time {
        case .ongoing: periods = runs(of: settings.frequency.months, in: planYear)
        case .everyMonths(let n): periods = runs(of: n, in: planYear)
        case .quarter(let q, let year): periods = DayRange.quarter(q, of: year).map { [$0] } ?? []
        case .half(let h, let year): periods = DayRange.half(h, of: year).map { [$0] } ?? []
        case .month(let m, let year): periods = DayRange.month(m, of: year).map { [$0] } ?? []
        case .year(let year): periods = DayRange.year(year).map { [$0] } ?? []
        case .byDate(let date):
            let yearStart = LocalDate(year: min(planYear, date.year), month: 1, day: 1) ?? date
            periods = [DayRange(start: yearStart, end: date) ?? DayRange(day: date)]
            explicitDue = date
        case .range(let range):
            periods = [range]
            explicitDue = range.end
        }
        return periods.enumerated().map { index, period in
            Occurrence(task: task, sequence: index + 1, period: period,
                       due: explicitDue ?? settings.duePolicy.due(for: period, calendar: calendar),
                       label: label(for: period, time: time))
        }
    }

    /// The occurrences of every task of `plan`, task by task in the appendix's order.
    public static func occurrences(of plan: Plan, calendar: HolidayCalendar) -> [Occurrence] {
        plan.tasks.flatMap {
            occurrences(of: $0.time, task: $0.id, planYear: plan.year, settings: plan.settings, calendar: calendar)
        }
    }

    /// Every (occurrence, unit) that owes a report: each occurrence of each task times each of
    /// the task's reporting units (groups expanded through `directory`, each unit once).
    public static func obligations(of plan: Plan, directory: some UnitDirectory,
                                   calendar: HolidayCalendar) -> [ReportingObligation] {
        plan.tasks.flatMap { task -> [ReportingObligation] in
            let units = task.reportingUnits(in: directory, settings: plan.settings)
            return occurrences(of: task.time, task: task.id, planYear: plan.year, settings: plan.settings,
                               calendar: calendar)
                .flatMap { occurrence in units.map { ReportingObligation(occurrence: occurrence, unit: $0) } }
        }
    }

    /// Runs of `months` months from 1 January of `year`, the last cut at 31 December.
    static func runs(of months: Int, in year: Int) -> [DayRange] {
        guard (1...12).contains(months) else { return [] }
        return stride(from: 1, through: 12, by: months).compactMap { first in
            DayRange.months(first, through: min(first + months - 1, 12), of: year)
        }
    }

    /// The period's own name, except that a date-bounded task keeps its wording
    /// ("Đến ngày 30/06/2024"), since its period start is only a convention.
    static func label(for period: DayRange, time: TaskTime) -> LocalizedText {
        if case .byDate(let date) = time {
            return LocalizedText(vi: "Đến ngày \(date.vnFormat)", en: "By \(date.vnFormat)")
        }
        return period.label
    }
}
