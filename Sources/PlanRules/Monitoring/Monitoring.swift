import WorkCalendar

/// One cell of the monitoring matrix (task occurrence × unit) as seen on `today`.
public struct MonitoringCell: Sendable, Hashable, Codable {
    public let obligation: ReportingObligation
    public let progress: ReportProgress
    public let state: CellState
    /// Past the due date and not handed in.
    public let isOverdue: Bool
    /// Not handed in, not overdue, and due within the look-ahead.
    public let isDueSoon: Bool
    /// Working days after today up to the due date (0 on the due day; negative once past it).
    public let workingDaysLeft: Int

    public var key: ObligationKey { obligation.key }
}

/// The coordinator's daily view.
public struct MonitoringBoard: Sendable, Hashable, Codable {
    public let today: LocalDate
    /// Every cell, in the order of the obligations given.
    public let cells: [MonitoringCell]
    /// Overdue cells, longest overdue first.
    public let overdue: [MonitoringCell]
    /// Due-soon cells, nearest due date first.
    public let dueSoon: [MonitoringCell]

    /// How many cells are in each state.
    public var counts: [CellState: Int] {
        cells.reduce(into: [:]) { $0[$1.state, default: 0] += 1 }
    }

    /// The cells of one unit, or of one task.
    public func cells(unit: UnitID) -> [MonitoringCell] { cells.filter { $0.obligation.unit == unit } }
    public func cells(task: TaskID) -> [MonitoringCell] { cells.filter { $0.obligation.occurrence.task == task } }
}

public enum Monitoring {
    /// Classifies each obligation on `today`.
    ///
    /// - Overdue: the due date is past (today after it) and the report is not handed in
    ///   (none, draft or returned). A report submitted late is `submitted`/`accepted`; the
    ///   results report marks it late.
    /// - Due soon: not handed in, not overdue, and at most `dueSoonWorkingDays` working days
    ///   after today up to the due date (a due date on a day off counts from the working days
    ///   before it; on the due day itself it is due soon).
    /// - The state shows the most pressing fact, in this order: accepted, submitted, overdue,
    ///   returned, due soon, in progress (a draft saying in progress, done or cannot be done),
    ///   not started. The overdue and due-soon lists use the flags, so a returned report due in
    ///   two days is in the due-soon list while its cell says "returned".
    public static func board(obligations: [ReportingObligation], reports: [UnitReport], today: LocalDate,
                             calendar: HolidayCalendar, dueSoonWorkingDays: Int = 5) -> MonitoringBoard {
        let byKey = Dictionary(reports.map { ($0.obligation, $0) }, uniquingKeysWith: { first, second in
            first.updatedAt >= second.updatedAt ? first : second
        })
        let cells = obligations.map { obligation in
            cell(obligation, progress: ReportProgress(byKey[obligation.key]), today: today, calendar: calendar,
                 dueSoonWorkingDays: dueSoonWorkingDays)
        }
        let overdue = cells.filter(\.isOverdue).sorted { ($0.obligation.due, $0.key) < ($1.obligation.due, $1.key) }
        let dueSoon = cells.filter(\.isDueSoon).sorted { ($0.obligation.due, $0.key) < ($1.obligation.due, $1.key) }
        return MonitoringBoard(today: today, cells: cells, overdue: overdue, dueSoon: dueSoon)
    }

    /// One cell.
    public static func cell(_ obligation: ReportingObligation, progress: ReportProgress, today: LocalDate,
                            calendar: HolidayCalendar, dueSoonWorkingDays: Int = 5) -> MonitoringCell {
        let due = obligation.due
        let left = calendar.workingDays(from: today, to: due)
        let open = !progress.isHandedIn
        let overdue = open && today > due
        let soon = open && !overdue && left <= dueSoonWorkingDays
        let state: CellState
        switch progress {
        case .accepted: state = .accepted
        case .awaitingReview: state = .submitted
        case _ where overdue: state = .overdue
        case .returned: state = .returned
        case _ where soon: state = .dueSoon
        case .draft(let work) where work != .notStarted: state = .inProgress
        case .none, .draft: state = .notStarted
        }
        return MonitoringCell(obligation: obligation, progress: progress, state: state, isOverdue: overdue,
                              isDueSoon: soon, workingDaysLeft: left)
    }
}
