import FluentKit
import Platform
import SQLKit

public enum PlanMigrations {
    public static let all: [any Migration] = [M001Plans(), M002NotificationReads()]
}

/// The plan tables, in plain SQL that both SQLite and PostgreSQL accept. A plan and a report are
/// stored whole as PlanRules JSON, beside the columns that lists and filters need. Days are
/// `yyyy-MM-dd` and moments `yyyy-MM-ddTHH:mm` in Vietnam time; ids are UUID text.
struct M001Plans: AsyncMigration {
    var name: String { "plans.001.plans" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let serial = sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let statements = [
            """
            CREATE TABLE plans (
              id TEXT PRIMARY KEY,
              year INTEGER NOT NULL,
              title TEXT NOT NULL,
              status TEXT NOT NULL,
              issuer_name TEXT NOT NULL,
              body TEXT NOT NULL,
              version INTEGER NOT NULL,
              created_at TEXT NOT NULL,
              updated_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE plan_tasks (
              plan_id TEXT NOT NULL,
              task_id TEXT NOT NULL,
              position INTEGER NOT NULL,
              section_number TEXT NOT NULL,
              number TEXT NOT NULL,
              content TEXT NOT NULL,
              time_text TEXT NOT NULL,
              PRIMARY KEY (plan_id, task_id)
            )
            """,
            """
            CREATE TABLE plan_obligations (
              plan_id TEXT NOT NULL,
              obligation TEXT NOT NULL,
              task_id TEXT NOT NULL,
              unit_id TEXT NOT NULL,
              sequence INTEGER NOT NULL,
              period_start TEXT NOT NULL,
              period_end TEXT NOT NULL,
              due TEXT NOT NULL,
              label_vi TEXT NOT NULL,
              label_en TEXT NOT NULL,
              PRIMARY KEY (plan_id, obligation)
            )
            """,
            "CREATE INDEX plan_obligations_unit ON plan_obligations (unit_id, due)",
            """
            CREATE TABLE plan_reports (
              id TEXT PRIMARY KEY,
              plan_id TEXT NOT NULL,
              obligation TEXT NOT NULL,
              task_id TEXT NOT NULL,
              unit_id TEXT NOT NULL,
              status TEXT NOT NULL,
              work_status TEXT NOT NULL,
              body TEXT NOT NULL,
              version INTEGER NOT NULL,
              updated_at TEXT NOT NULL,
              UNIQUE (plan_id, obligation)
            )
            """,
            """
            CREATE TABLE plan_report_events (
              id \(serial),
              report_id TEXT NOT NULL,
              at TEXT NOT NULL,
              action TEXT NOT NULL,
              from_status TEXT,
              to_status TEXT NOT NULL,
              actor_id TEXT,
              actor_name TEXT NOT NULL,
              comment TEXT NOT NULL
            )
            """,
            "CREATE INDEX plan_report_events_report ON plan_report_events (report_id, id)",
            """
            CREATE TABLE plan_files (
              id TEXT PRIMARY KEY,
              plan_id TEXT NOT NULL,
              unit_id TEXT NOT NULL,
              name TEXT NOT NULL,
              content_type TEXT NOT NULL,
              byte_count INTEGER NOT NULL,
              data TEXT NOT NULL,
              uploaded_by TEXT NOT NULL,
              uploaded_at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE plan_notifications (
              id \(serial),
              unit_id TEXT NOT NULL,
              person_id TEXT,
              kind TEXT NOT NULL,
              plan_id TEXT NOT NULL,
              obligation TEXT NOT NULL,
              message_vi TEXT NOT NULL,
              message_en TEXT NOT NULL,
              note TEXT NOT NULL,
              sender TEXT NOT NULL,
              created_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX plan_notifications_unit ON plan_notifications (unit_id, id)",
            """
            CREATE TABLE plan_reminders (
              reminder_key TEXT NOT NULL,
              plan_id TEXT NOT NULL,
              sent_at TEXT NOT NULL,
              PRIMARY KEY (plan_id, reminder_key)
            )
            """,
        ]
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["plan_reminders", "plan_notifications", "plan_files", "plan_report_events", "plan_reports",
                      "plan_obligations", "plan_tasks", "plans"] {
            let statement = "DROP TABLE " + table
            try await sql.raw(SQLQueryString(statement)).run()
        }
    }
}

/// Who has read which notification: a notification goes to a unit, and each of its people reads
/// it on their own.
struct M002NotificationReads: AsyncMigration {
    var name: String { "plans.002.notification-reads" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("""
            CREATE TABLE plan_notification_reads (
              notification_id BIGINT NOT NULL,
              person_id TEXT NOT NULL,
              read_at TEXT NOT NULL,
              PRIMARY KEY (notification_id, person_id)
            )
            """).run()
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("DROP TABLE plan_notification_reads").run()
    }
}
