import FeedbackRules
import Testing
import WorkCalendar
import TestKit

@Suite("Reminders (pure and idempotent)")
struct ReminderTests {
    /// Received Friday 24/01/2025: forwarding due 07/02, answer due 28/02/2025 (Tết skipped).
    static let feedback = newCase("2025-01-24T10:00")
    static let input = [ReminderInput(caseCode: "PAKN.20250124.0001", unit: nil, deadlines: feedback.openDeadlines)]

    func due(_ now: String, sent: Set<ReminderKey> = []) -> [Reminder] {
        ReminderPlanner.due(Self.input, alreadySent: sent, now: at(now), calendar: calendar)
    }

    @Test("Nothing is due while the deadlines are far")
    func farAway() {
        #expect(due("2025-02-03T08:00").isEmpty)
    }

    @Test("Approaching, due today and overdue, each once")
    func stages() {
        let approaching = due("2025-02-05T08:00")
        #expect(approaching.map(\.key.stage) == [.approaching])
        #expect(approaching.first?.key.deadline == .forward)
        let sent = Set(approaching.map(\.key))
        #expect(due("2025-02-05T15:00", sent: sent).isEmpty, "idempotent within the stage")
        #expect(due("2025-02-07T08:00", sent: sent).map(\.key.stage) == [.dueToday])
        #expect(due("2025-02-10T08:00", sent: sent).map(\.key.stage) == [.overdue(step: 0)])
    }

    @Test("The same inputs give the same reminders; recording them empties the list")
    func idempotent() {
        let first = due("2025-02-10T08:00")
        #expect(first == due("2025-02-10T08:00"))
        #expect(due("2025-02-10T08:00", sent: Set(first.map(\.key))).isEmpty)
    }

    @Test("Overdue reminders repeat every 5 working days; a job that was down sends only the latest")
    func repeats() {
        let late = due("2025-02-24T08:00")
        #expect(late.map(\.key.stage) == [.overdue(step: 2)], "10 working days after 07/02")
        let once = ReminderPlanner.due(Self.input, alreadySent: [], now: at("2025-02-24T08:00"),
                                       policy: ReminderPolicy(overdueRepeatWorkingDays: nil), calendar: calendar)
        #expect(once.map(\.key.stage) == [.overdue(step: 0)])
    }

    @Test("A moved deadline starts afresh; the message names the case and the due moment")
    func movedDeadline() throws {
        let sent = Set(due("2025-02-05T08:00").map(\.key))
        let classified = run(Self.feedback, [(.register(at: at("2025-01-24T10:05"), number: 1), officer),
                                             (.classify(at: at("2025-01-24T10:10"), .withinCompetence), officer)])
        let input = [ReminderInput(code: try FeedbackCode.make(day: day("2025-01-24"), sequence: 1), feedback: classified)]
        let reminders = ReminderPlanner.due(input, alreadySent: sent, now: at("2025-02-26T08:00"), calendar: calendar)
        #expect(reminders.map(\.key.deadline) == [.answer])
        #expect(reminders.first?.message.vi == "PAKN.20250124.0001: hạn trả lời 17:00 28/02/2025 — Sắp đến hạn (còn 2 ngày làm việc)")
    }
}
