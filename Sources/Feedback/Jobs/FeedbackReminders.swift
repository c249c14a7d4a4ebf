import FeedbackRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// In-app deadline reminders. When a staff list loads, `ReminderPlanner` says which reminders
/// are due for the open cases; each is recorded once (its key is the primary key, and
/// `ON CONFLICT DO NOTHING` makes concurrent loads on several instances harmless). The list
/// shows the recent ones for the reader's scope. No e-mail is sent.
public enum FeedbackReminders {
    public struct Entry: Sendable, Hashable {
        public var caseCode: String
        public var message: String
        public var createdAt: String
    }

    public static func record(on handle: DatabaseHandle, calendar: HolidayCalendar, now: LocalDateTime) async throws {
        let sql = handle.sql
        let open = FeedbackStatus.allCases.filter(\.isOpen).map(\.rawValue)
        let rows = try await sql.raw("SELECT code, lifecycle FROM feedback_cases WHERE status IN (\(binds: open))").all()
        let inputs = try rows.map { row in
            ReminderInput(code: try FeedbackCode.parse(try row.decode(column: "code", as: String.self)),
                          feedback: try StoredJSON.decode(FeedbackCase.self, try row.decode(column: "lifecycle", as: String.self)))
        }
        guard !inputs.isEmpty else { return }
        let sent = try await sql.raw("SELECT reminder_key FROM feedback_reminders").all().compactMap {
            try? StoredJSON.decode(ReminderKey.self, try $0.decode(column: "reminder_key", as: String.self))
        }
        let due = ReminderPlanner.due(inputs, alreadySent: Set(sent), now: now, calendar: calendar)
        guard !due.isEmpty else { return }
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            for reminder in due {
                try await sql.raw("""
                    INSERT INTO feedback_reminders (reminder_key, case_code, deadline, due_at, unit_id, message, created_at)
                    VALUES (\(bind: try StoredJSON.encode(reminder.key)), \(bind: reminder.key.caseCode), \(bind: reminder.key.deadline.rawValue),
                      \(bind: reminder.key.due.iso), \(bind: reminder.unit), \(bind: reminder.message.vi), \(bind: now.iso))
                    ON CONFLICT (reminder_key) DO NOTHING
                    """).run()
            }
        }
    }

    /// The latest reminders, for `units` (nil: all).
    public static func recent(units: [UUID]?, limit: Int = 20, on db: any Database) async throws -> [Entry] {
        let sql = db.sql
        let filter: SQLQueryString = units.map { "WHERE unit_id IN (\(binds: $0.map(\.uuidString)))" } ?? ""
        return try await sql.raw("""
            SELECT case_code, message, created_at FROM feedback_reminders \(filter) ORDER BY created_at DESC, case_code LIMIT \(unsafeRaw: String(limit))
            """).all().map {
            Entry(caseCode: try $0.decode(column: "case_code", as: String.self), message: try $0.decode(column: "message", as: String.self),
                  createdAt: try $0.decode(column: "created_at", as: String.self))
        }
    }
}
