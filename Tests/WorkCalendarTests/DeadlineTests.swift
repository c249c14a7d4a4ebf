import Testing
@testable import WorkCalendar
import TestKit

/// Deadline counting: Civil Code 2015 Art. 147–148, the 15:00 cut-off (Circular 01/2018/TT-VPCP).
@Suite("Deadlines")
struct DeadlineTests {
    let calendar: HolidayCalendar

    init() throws {
        calendar = try HolidayCalendar.bundled()
    }

    func due(_ received: String, _ period: Period, cutoff: Int? = 15 * 60,
             in calendar: HolidayCalendar? = nil) -> Deadline {
        (calendar ?? self.calendar).due(DeadlineRequest(receivedAt: moment(received), period: period,
                                                        cutoffMinutes: cutoff))
    }

    @Test("Civil Code 2015 Art. 147.2 + cut-off: received 24/01/2025 16:10, 3 working days → 17:00 06/02/2025 across Tết 2025")
    func acrossTet2025AfterCutoff() {
        let deadline = due("2025-01-24T16:10", .workingDays(3))
        // The dossier counts as received on Monday 03/02/2025 (day 0, not counted).
        #expect(deadline.startDate == day("2025-02-03"))
        #expect(deadline.due == moment("2025-02-06T17:00"))
        let counted = deadline.steps.compactMap { step -> LocalDate? in
            if case .counted(let date, _) = step { date } else { nil }
        }
        #expect(counted == [day("2025-02-04"), day("2025-02-05"), day("2025-02-06")])
        #expect(deadline.steps.contains(.movedPastCutoff(cutoffMinutes: 900, nextWorkingDay: day("2025-02-03"))))
    }

    @Test("Civil Code 2015 Art. 147.2: received 24/01/2025 14:00 (before cut-off), 3 working days → 05/02/2025, Tết skipped")
    func acrossTet2025BeforeCutoff() {
        let deadline = due("2025-01-24T14:00", .workingDays(3))
        #expect(deadline.startDate == day("2025-01-24"))
        #expect(deadline.due == moment("2025-02-05T17:00"))
        let skipped = deadline.steps.filter { if case .skipped = $0 { true } else { false } }
        #expect(skipped.count == 9)
    }

    @Test("2025 swap: Saturday 26/04/2025 counts as a working day; Friday 02/05/2025 is skipped")
    func swap2025() throws {
        #expect(due("2025-04-24T10:00", .workingDays(2)).due == moment("2025-04-26T17:00"))
        #expect(due("2025-04-29T09:00", .workingDays(1)).due == moment("2025-05-05T17:00"))
        // With swappedSaturdaysCount = false the Saturday is not counted.
        let strict = try HolidayCalendar.bundled(swappedSaturdaysCount: false)
        #expect(due("2025-04-24T10:00", .workingDays(2), in: strict).due == moment("2025-04-28T17:00"))
    }

    @Test("Cut-off 15:00 (Circular 01/2018): at 15:00 same day; 15:01 next working day; no cut-off still moves after closing")
    func cutoff() {
        #expect(due("2025-03-05T15:00", .workingDays(1)).startDate == day("2025-03-05"))
        #expect(due("2025-03-05T15:01", .workingDays(1)).startDate == day("2025-03-06"))
        #expect(due("2025-03-07T15:30", .workingDays(1)).startDate == day("2025-03-10"))
        #expect(due("2025-03-05T16:10", .workingDays(1), cutoff: nil).startDate == day("2025-03-05"))
        #expect(due("2025-03-05T17:00", .workingDays(1), cutoff: nil).startDate == day("2025-03-06"))
        #expect(due("2025-03-05T16:10", .workingDays(1), cutoff: 16 * 60 + 30).due == moment("2025-03-06T17:00"))
    }

    @Test("Received on a non-working day: counted from the next working day")
    func nonWorkingReception() {
        let deadline = due("2025-03-08T09:00", .workingDays(2))
        #expect(deadline.startDate == day("2025-03-10"))
        #expect(deadline.due == moment("2025-03-12T17:00"))
        #expect(deadline.steps.contains { if case .receivedOnNonWorkingDay = $0 { true } else { false } })
    }

    @Test("Civil Code 2015 Art. 148.5: 6 calendar days ending on Sunday 09/03/2025 roll to Monday 10/03")
    func calendarDaysRollSunday() {
        let deadline = due("2025-03-03T09:00", .calendarDays(6))
        #expect(deadline.due == moment("2025-03-10T17:00"))
        #expect(deadline.steps.contains(.lastDayRolled(from: day("2025-03-09"), to: day("2025-03-10"), reason: .weekend)))
    }

    @Test("Civil Code 2015 Art. 148.5: 7 calendar days ending inside Tết 2025 (27/01) roll past it to 03/02")
    func calendarDaysRollTet() {
        let deadline = due("2025-01-20T09:00", .calendarDays(7))
        #expect(deadline.due == moment("2025-02-03T17:00"))
    }

    @Test("Calendar days ending on a working day do not roll (Civil Code 2015 Art. 148.1)")
    func calendarDaysNoRoll() {
        let deadline = due("2025-03-03T09:00", .calendarDays(10))
        #expect(deadline.due == moment("2025-03-13T17:00"))
        #expect(!deadline.steps.contains { if case .lastDayRolled = $0 { true } else { false } })
    }

    @Test("Civil Code 2015 Art. 148.3: months end on the same day, clamped to the month's end, then rolled (Art. 148.5)")
    func months() {
        #expect(due("2024-01-31T09:00", .months(1)).due == moment("2024-02-29T17:00"))
        // 31/01/2025 is inside the Tết break: the start day is 03/02/2025, so one month is 03/03.
        #expect(due("2025-01-31T09:00", .months(1)).due == moment("2025-03-03T17:00"))
        #expect(due("2025-03-31T09:00", .months(2)).due == moment("2025-06-02T17:00")) // 31/05 is Saturday
        #expect(due("2024-12-29T09:00", .months(1)).startDate == day("2024-12-30"))
    }

    @Test("Within the day: closing time of the (effective) reception day")
    func withinDay() {
        #expect(due("2025-03-05T10:00", .withinDay).due == moment("2025-03-05T17:00"))
        #expect(due("2025-03-05T16:00", .withinDay).due == moment("2025-03-06T17:00"))
    }

    @Test("Civil Code 2015 Art. 147.1: working hours count from the moment, within office hours")
    func hours() {
        #expect(due("2025-03-03T09:00", .hours(8)).due == moment("2025-03-04T09:30"))
        #expect(due("2025-03-03T10:30", .hours(1)).due == moment("2025-03-03T11:30"))
        #expect(due("2025-03-03T11:00", .hours(1)).due == moment("2025-03-03T14:00"))
        #expect(due("2025-03-03T12:00", .hours(2)).due == moment("2025-03-03T15:30"))
        #expect(due("2025-03-03T06:00", .hours(1)).due == moment("2025-03-03T08:30"))
        #expect(due("2025-03-03T07:30", .hours(15)).due == moment("2025-03-04T17:00"))
        // Friday before Tết 2025, before the cut-off: 3 hours on 24/01, 1 hour on 03/02.
        #expect(due("2025-01-24T14:00", .hours(4)).due == moment("2025-02-03T08:30"))
        // After the cut-off the hours start at opening of the next working day.
        #expect(due("2025-03-07T15:30", .hours(2)).due == moment("2025-03-10T09:30"))
    }

    @Test("Leap-month year 2023: Giỗ Tổ 29/04/2023 (Sat) and 30/4 (Sun) give compensatory 02/05 and 03/05 (Labour Code Art. 111.3)")
    func leapYear2023() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2023) == 2)
        #expect(calendar.dayInfo(day("2023-04-29")).reasons.contains(.holiday(.hungKings)))
        #expect(!calendar.isWorkingDay(day("2023-05-02")))
        #expect(!calendar.isWorkingDay(day("2023-05-03")))
        #expect(due("2023-04-28T09:00", .workingDays(1)).due == moment("2023-05-04T17:00"))
    }

    @Test("Leap month 3 of 2031: Giỗ Tổ is 10 of the regular month 3 (Labour Code Art. 112.1.e)")
    func leapMonthThree() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2031) == 3)
        let hungKings = LunarCalendar.solar(from: LunarDate(year: 2031, month: 3, day: 10))!
        let leap = LunarCalendar.solar(from: LunarDate(year: 2031, month: 3, day: 10, isLeapMonth: true))!
        #expect(calendar.dayInfo(hungKings).reasons.contains(.holiday(.hungKings)))
        #expect(!calendar.dayInfo(leap).reasons.contains(.holiday(.hungKings)))
    }

    @Test("workingDays(from:to:) counts days strictly after `from` up to and including `to`")
    func countingBack() {
        #expect(calendar.workingDays(from: day("2025-02-03"), to: day("2025-02-06")) == 3)
        #expect(calendar.workingDays(from: day("2025-01-24"), to: day("2025-02-03")) == 1)
        #expect(calendar.workingDays(from: day("2025-02-06"), to: day("2025-02-03")) == -3)
        #expect(calendar.workingDays(from: day("2025-02-03"), to: day("2025-02-03")) == 0)
        #expect(calendar.addingWorkingDays(3, to: day("2025-02-03")) == day("2025-02-06"))
        #expect(calendar.nextWorkingDay(after: day("2025-01-24")) == day("2025-02-03"))
    }

    @Test("changedDeadlines reports only records whose due moment moves under a new calendar")
    func comparison() throws {
        let generated = HolidayCalendar(decisions: [])
        let requests = [
            (id: 1, request: DeadlineRequest(receivedAt: moment("2025-01-24T10:00"), period: .workingDays(1))),
            (id: 2, request: DeadlineRequest(receivedAt: moment("2025-03-03T09:00"), period: .workingDays(3))),
        ]
        let records = requests.map { (id: $0.id, request: $0.request, currentDue: generated.dueMoment($0.request)) }
        let changed = changedDeadlines(records, newCalendar: calendar)
        #expect(changed.map(\.id) == [1])
        // Default Tết 2025 would leave Monday 27/01 a working day; the decision makes it 03/02.
        #expect(changed.first?.old == moment("2025-01-27T17:00"))
        #expect(changed.first?.new == moment("2025-02-03T17:00"))
    }
}
