import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

/// Automatic reminders (before the due date and when overdue, in working days) for every issued
/// plan, recorded in the units' inboxes. `Reminders.due` decides; each sent key is stored in the
/// same transaction as its notification, so no reminder goes out twice, whichever instance runs.
public enum PlanReminders {
    /// Sends what is due at `now`; returns how many reminders went out.
    @discardableResult
    public static func run(now: LocalDateTime, calendar: HolidayCalendar,
                           policy: ReminderPolicy = ReminderPolicy(), on handle: DatabaseHandle) async throws -> Int {
        var count = 0
        for summary in try await PlanStore.list(on: handle.db) where summary.status == .issued {
            count += try await run(summary.id, now: now, calendar: calendar, policy: policy, on: handle)
        }
        return count
    }

    static func run(_ planID: UUID, now: LocalDateTime, calendar: HolidayCalendar, policy: ReminderPolicy,
                    on handle: DatabaseHandle) async throws -> Int {
        let db = handle.db
        let sql = db.sql
        guard let stored = try await PlanStore.find(planID, on: db) else { return 0 }
        let obligations = try await ObligationStore.list(planID, on: db)
        let reports = try await ReportStore.all(planID, on: db)
        let progress = Dictionary(reports.map { ($0.obligation, ReportProgress($0)) }, uniquingKeysWith: { a, _ in a })
        let sent = Set(try await sql.raw("SELECT reminder_key FROM plan_reminders WHERE plan_id = \(bind: planID.uuidString)")
            .all().map { try $0.decode(column: "reminder_key", as: String.self) })
        let due = Reminders.due(obligations: obligations, progress: progress, sent: [], policy: policy, now: now, calendar: calendar)
            .filter { !sent.contains($0.key.text) }
        guard !due.isEmpty else { return 0 }
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            for reminder in due {
                try await sql.raw("""
                    INSERT INTO plan_reminders (reminder_key, plan_id, sent_at) VALUES (\(bind: reminder.key.text), \(bind: planID.uuidString),
                      \(bind: now.iso))
                    """).run()
                let number = stored.plan.task(reminder.obligation.occurrence.task)?.number ?? reminder.obligation.occurrence.task.rawValue
                let kind: NotificationKind = if case .overdue = reminder.key.slot { .overdue } else { .due }
                try await NotificationStore.add(unit: reminder.obligation.unit.rawValue, kind: kind, planID: planID,
                                                obligation: reminder.obligation.key.text, message: reminder.message(taskNumber: number),
                                                note: "", sender: S.reminderSender.vi, at: now, on: sql)
            }
        }
        return due.count
    }
}

extension PlansFeature {
    /// The reminder job for the App's job runner: runs `PlanReminders` every tick under the
    /// lease "plans.reminders".
    public func reminderJob(database: DatabaseHandle) -> ScheduledJob {
        ScheduledJob(name: "plans.reminders") { now in
            let calendar = try await self.calendar.calendar(on: database.db)
            try await PlanReminders.run(now: LocalDateTime(now), calendar: calendar, on: database)
        }
    }
}
