import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Monitoring matrix (plan section IV.4: the office monitors and urges)")
struct MonitoringTests {
    /// II.10, Quý I/2024 (due Sunday 31/03/2024), for Diễn Kim.
    static let obligation: ReportingObligation = {
        let plan = resolvedPlan()
        let all = Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar)
        guard let first = all.first(where: { $0.occurrence.task == "II.10" && $0.unit == Units.dienKim }) else {
            fatalError("no obligation")
        }
        return first
    }()

    static let cases: [(ReportProgress, String, CellState, Bool, Bool)] = [
        (.none, "2024-03-20", .notStarted, false, false),
        (.none, "2024-03-28", .dueSoon, false, true),
        (.none, "2024-04-01", .overdue, true, false),
        (.draft(.notStarted), "2024-03-20", .notStarted, false, false),
        (.draft(.inProgress), "2024-03-20", .inProgress, false, false),
        (.draft(.done), "2024-03-28", .dueSoon, false, true),
        (.draft(.done), "2024-04-02", .overdue, true, false),
        (.returned(comment: "Thiếu ảnh"), "2024-03-20", .returned, false, false),
        (.returned(comment: "Thiếu ảnh"), "2024-03-28", .returned, false, true),
        (.returned(comment: "Thiếu ảnh"), "2024-04-01", .overdue, true, false),
        (.awaitingReview, "2024-03-28", .submitted, false, false),
        (.awaitingReview, "2024-05-01", .submitted, false, false),
        (.accepted, "2024-05-01", .accepted, false, false),
    ]

    @Test("Each cell: accepted, submitted, overdue, returned, due soon (5 working days), in progress, not started",
          arguments: cases)
    func cell(progress: ReportProgress, today: String, state: CellState, overdue: Bool, soon: Bool) {
        let cell = Monitoring.cell(Self.obligation, progress: progress, today: day(today), calendar: calendar)
        #expect(cell.state == state)
        #expect(cell.isOverdue == overdue)
        #expect(cell.isDueSoon == soon)
    }

    @Test("Working days left count from today to the due date through the calendar")
    func daysLeft() {
        let check = { (today: String) in
            Monitoring.cell(Self.obligation, progress: .none, today: day(today), calendar: calendar).workingDaysLeft
        }
        #expect(check("2024-03-28") == 1)   // Friday 29/03 is the last working day before Sunday 31/03
        #expect(check("2024-03-20") == 7)
        #expect(check("2024-04-01") == -1)
        // Seven working days before is not "soon" with the default 5, is with 7.
        let cell = Monitoring.cell(Self.obligation, progress: .none, today: day("2024-03-20"), calendar: calendar,
                                   dueSoonWorkingDays: 7)
        #expect(cell.isDueSoon)
    }

    @Test("The board lists overdue (oldest first) and due soon, and counts by state")
    func board() {
        let plan = resolvedPlan()
        let obligations = Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar)
        let q1 = obligations.filter { $0.due == day("2024-03-31") }
        let accepted = report(q1[0].key, content: ReportContent(workStatus: .done, summary: "Xong"),
                              actions: [(.submit, "2024-03-25T08:00"), (.accept(), "2024-03-26T08:00")])
        let board = Monitoring.board(obligations: obligations, reports: [accepted], today: day("2024-07-02"),
                                     calendar: calendar)
        #expect(board.cells.count == obligations.count)
        #expect(board.cells[0].state == .accepted)
        // Q1 and Q2 occurrences and the first half of II.9 are past due; II.5 too (30/06).
        let pastDue = obligations.filter { $0.due < day("2024-07-02") }.count
        #expect(board.overdue.count == pastDue - 1)
        #expect(board.overdue.first?.obligation.due == day("2024-03-31"))
        #expect(board.overdue.map(\.obligation.due) == board.overdue.map(\.obligation.due).sorted())
        #expect(board.dueSoon.isEmpty)
        #expect(board.counts[.accepted] == 1)
        #expect(board.counts[.overdue] == pastDue - 1)
        #expect(board.cells(unit: Units.dienKim).allSatisfy { $0.obligation.unit == Units.dienKim })
        // II.5: one occurrence, lead by the office alone.
        #expect(board.cells(task: "II.5").map(\.obligation.unit) == [Units.office])
    }
}
