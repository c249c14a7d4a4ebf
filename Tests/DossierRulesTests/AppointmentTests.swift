import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Appointment on the receipt (Mẫu 01; Decree 61/2018 Art. 17.1.c, 18.2; Civil Code Art. 147–148)")
struct AppointmentTests {
    func due(_ received: String, _ period: Period, cutoff: ReceptionCutoff = .standard,
             in calendar: HolidayCalendar = calendar) -> LocalDateTime {
        Appointment.appointment(receivedAt: at(received), period: period, cutoff: cutoff, calendar: calendar).due
    }

    @Test("Tết 2025: received Friday 24/01 16:10 after the cut-off → counted from Monday 03/02 (Decree 61/2018 Art. 18.2)")
    func tet2025AfterCutoff() {
        let appointment = Appointment.appointment(receivedAt: at("2025-01-24T16:10"), period: .workingDays(3),
                                                  calendar: calendar)
        #expect(appointment.startDate == day("2025-02-03"))
        #expect(appointment.due == at("2025-02-06T17:00"))
        let vi = appointment.explanation(.vi)
        #expect(vi.contains { $0.contains("Điều 18 Nghị định 61/2018/NĐ-CP") })
        #expect(vi.contains { $0.hasPrefix("Bỏ qua 25/01/2025") })
        #expect(vi.last == "Hạn trả: 17:00 ngày 06/02/2025")
        #expect(appointment.explanation(.en).last == "Due: 17:00 on 06/02/2025")
        #expect(appointment.explanation(.en).contains { $0.contains("Art. 18.2") })
    }

    @Test("Tết 2025: the same Friday before the cut-off counts that day as day 0 (Decree 61/2018 Art. 18.2)",
          arguments: ["2025-01-24T14:59", "2025-01-24T15:00"])
    func tet2025BeforeCutoff(received: String) {
        #expect(due(received, .workingDays(3)) == at("2025-02-05T17:00"))
        let lines = Appointment.appointment(receivedAt: at(received), period: .workingDays(3), calendar: calendar)
            .explanation(.vi)
        #expect(!lines.contains { $0.contains("Điều 18") })
    }

    @Test("Per-procedure cut-off: 16:30 keeps a 16:10 reception on its own day")
    func customCutoff() throws {
        let late = try #require(ReceptionCutoff(hour: 16, minute: 30))
        #expect(due("2025-01-24T16:10", .workingDays(3), cutoff: late) == at("2025-02-05T17:00"))
        #expect(due("2025-01-24T16:10", .workingDays(3), cutoff: .none) == at("2025-02-05T17:00"))
        #expect(ReceptionCutoff(hour: 24) == nil)
        #expect(ReceptionCutoff.standard.minutes == 900)
    }

    @Test("Tết 2026 (14–22/02): 5 working days from Thursday 12/02 end Thursday 26/02")
    func tet2026() {
        #expect(due("2026-02-12T10:00", .workingDays(5)) == at("2026-02-26T17:00"))
        // Friday 13/02 after 15:00: reception moves past the whole break to Monday 23/02.
        #expect(due("2026-02-13T15:30", .workingDays(1)) == at("2026-02-24T17:00"))
        // Calendar days: 15 days from 05/02/2026 end Friday 20/02, inside the break → Monday 23/02
        // (Civil Code 2015 Art. 148.5).
        #expect(due("2026-02-05T09:00", .calendarDays(15)) == at("2026-02-23T17:00"))
    }

    @Test("2025 swap: Saturday 26/04 is worked and counts, Friday 02/05 is off")
    func swap2025() throws {
        #expect(due("2025-04-25T09:00", .workingDays(2)) == at("2025-04-28T17:00"))
        #expect(due("2025-04-29T10:00", .workingDays(1)) == at("2025-05-05T17:00"))
        // Received on the swapped Saturday itself: a working day, so it is day 0.
        #expect(due("2025-04-26T10:00", .workingDays(1)) == at("2025-04-28T17:00"))
        // Configurable: when swapped Saturdays do not count for deadlines.
        let strict = try HolidayCalendar.bundled(swappedSaturdaysCount: false)
        #expect(due("2025-04-25T09:00", .workingDays(2), in: strict) == at("2025-04-29T17:00"))
    }

    @Test("Hours and same-day periods")
    func hoursAndWithinDay() {
        #expect(due("2025-03-03T14:00", .withinDay) == at("2025-03-03T17:00"))
        #expect(due("2025-03-03T14:00", .hours(4)) == at("2025-03-04T08:30"))
    }
}

@Suite("Timeliness (Circular 01/2018 Art. 13.1)")
struct TimelinessTests {
    @Test("Finished before, on or after the due date: early, on time, late")
    func completed() {
        let due = at("2025-02-06T17:00")
        #expect(Timeliness.completed(finishedAt: at("2025-02-05T16:59"), due: due) == .early)
        #expect(Timeliness.completed(finishedAt: at("2025-02-06T08:00"), due: due) == .onTime)
        #expect(Timeliness.completed(finishedAt: at("2025-02-06T17:30"), due: due) == .onTime)
        #expect(Timeliness.completed(finishedAt: at("2025-02-06T17:30"), due: due, comparingMoments: true) == .late)
        #expect(Timeliness.completed(finishedAt: at("2025-02-07T08:00"), due: due) == .late)
    }

    @Test("Pending: the due day itself is within deadline, the day after overdue; suspended is within")
    func pending() {
        let due = at("2025-02-06T17:00")
        #expect(Timeliness.pending(due: due, on: day("2025-02-06")) == .withinDeadline)
        #expect(Timeliness.pending(due: due, on: day("2025-02-07")) == .overdue)
        #expect(Timeliness.pending(due: nil, on: day("2030-01-01")) == .withinDeadline)
    }
}
