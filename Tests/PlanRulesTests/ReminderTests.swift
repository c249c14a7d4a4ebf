import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Reminders before and after the due date, in working days (plan rules: automatic reminders)")
struct ReminderTests {
    /// II.10, Quý I/2024, Diễn Kim: due Sunday 31/03/2024.
    let obligation = MonitoringTests.obligation

    func due(_ now: String, progress: ReportProgress = .none, sent: Set<ReminderKey> = [],
             policy: ReminderPolicy = ReminderPolicy()) -> [Reminder] {
        Reminders.due(obligations: [obligation], progress: [obligation.key: progress], sent: sent, policy: policy,
                      now: at(now), calendar: calendar)
    }

    @Test("Default slots: 5 and 1 working days before (25/03, Friday 29/03), then 01/04 and every 5 working days, skipping Giỗ Tổ 18/04/2024")
    func schedule() {
        let slots = Reminders.slots(due: obligation.due, through: day("2024-04-30"), policy: ReminderPolicy(),
                                    calendar: calendar)
        #expect(slots.map(\.0) == [.beforeDue(workingDays: 5), .beforeDue(workingDays: 1), .overdue(number: 1),
                                   .overdue(number: 2), .overdue(number: 3), .overdue(number: 4)])
        #expect(slots.map(\.1) == [day("2024-03-25"), day("2024-03-29"), day("2024-04-01"), day("2024-04-08"),
                                   day("2024-04-15"), day("2024-04-23")])
    }

    @Test("Idempotent: once sent, the same call returns nothing")
    func idempotent() {
        let first = due("2024-03-25T08:00")
        #expect(first.map(\.key.slot) == [.beforeDue(workingDays: 5)])
        #expect(due("2024-03-25T08:00", sent: Set(first.map(\.key))).isEmpty)
        #expect(due("2024-03-26T08:00", sent: Set(first.map(\.key))).isEmpty)
    }

    @Test("Nothing before 07:30; a missed slot is replaced by the latest one, not sent in a burst")
    func timing() {
        #expect(due("2024-03-25T07:00").isEmpty)
        let late = due("2024-03-29T09:00")
        #expect(late.map(\.key.slot) == [.beforeDue(workingDays: 1)])
        #expect(late.first?.scheduledOn == day("2024-03-29"))
        let holiday = due("2024-04-18T09:00")   // Giỗ Tổ: the job may run, the latest slot is 15/04
        #expect(holiday.map(\.key.slot) == [.overdue(number: 3)])
        #expect(holiday.first?.scheduledOn == day("2024-04-15"))
    }

    @Test("Reports handed in get no reminder; drafts and returned reports do")
    func progress() {
        #expect(due("2024-04-01T09:00", progress: .awaitingReview).isEmpty)
        #expect(due("2024-04-01T09:00", progress: .accepted).isEmpty)
        #expect(due("2024-04-01T09:00", progress: .draft(.inProgress)).count == 1)
        #expect(due("2024-04-01T09:00", progress: .returned(comment: "Thiếu")).map(\.key.slot) == [.overdue(number: 1)])
    }

    @Test("A daily job run twice a day sends each slot exactly once, in order (29/4–1/5/2024 off, Saturday 04/5 worked)")
    func simulation() {
        var sent = Set<ReminderKey>()
        var log: [(LocalDate, ReminderSlot)] = []
        var today = day("2024-03-01")
        while today <= day("2024-05-10") {
            for minute in [8 * 60, 15 * 60] {
                guard let now = LocalDateTime(date: today, minutes: minute) else { continue }
                let batch = Reminders.due(obligations: [obligation], progress: [:], sent: sent, now: now, calendar: calendar)
                for reminder in batch { log.append((today, reminder.key.slot)) }
                sent.formUnion(batch.map(\.key))
            }
            today = today.adding(days: 1)
        }
        #expect(log.map(\.1) == [.beforeDue(workingDays: 5), .beforeDue(workingDays: 1)]
            + (1...6).map { ReminderSlot.overdue(number: $0) })
        #expect(log.map(\.0) == [day("2024-03-25"), day("2024-03-29"), day("2024-04-01"), day("2024-04-08"),
                                 day("2024-04-15"), day("2024-04-23"), day("2024-05-03"), day("2024-05-09")])
    }

    @Test("The policy is configurable: other lead days, no repetition, a cap")
    func policy() {
        let once = ReminderPolicy(beforeDue: [3], firstOverdueAfter: 2, repeatOverdueEvery: nil)
        let slots = Reminders.slots(due: obligation.due, through: day("2024-06-30"), policy: once, calendar: calendar)
        #expect(slots.map(\.1) == [day("2024-03-27"), day("2024-04-02")])
        let capped = ReminderPolicy(maxOverdue: 2)
        #expect(Reminders.slots(due: obligation.due, through: day("2024-06-30"), policy: capped, calendar: calendar)
            .filter { if case .overdue = $0.0 { true } else { false } }.count == 2)
    }

    @Test("Keys and messages")
    func text() {
        let reminder = due("2024-04-01T09:00")[0]
        #expect(reminder.key.text == "II.10@2024-01-01/2024-03-31#ubnd-xa-dien-kim|overdue-1")
        #expect(reminder.message(taskNumber: "II.10").vi == "Nhiệm vụ II.10 (Quý I/2024) đã quá hạn báo cáo (hạn 31/03/2024)")
        #expect(due("2024-03-25T09:00")[0].message(taskNumber: "II.10").en
            == "Task II.10 (Q1 2024): the report is due on 31/03/2024")
    }
}
