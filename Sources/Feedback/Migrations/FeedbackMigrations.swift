import Platform
import FluentKit
import SQLKit

public enum FeedbackMigrations {
    public static let all: [any Migration] = [
        M001Feedback(),
        // Submissions and follow-up misses are counted in Platform's throttle_events now.
        RetireTable("feedback.002.retire_throttle", table: "feedback_throttle") { database in
            let serial = database.sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
            try await database.sql.raw("CREATE TABLE feedback_throttle (id \(unsafeRaw: serial), kind TEXT NOT NULL, address TEXT NOT NULL, at TEXT NOT NULL)").run()
        },
    ]
}

/// The feedback tables, in plain SQL that both SQLite and PostgreSQL accept. Moments are ISO
/// text in Vietnam time (`yyyy-MM-ddTHH:mm`), days `yyyy-MM-dd`; unit ids are UUID text.
/// The sender's data (`sender`, `content`) lives only in `feedback_cases` and is never read by
/// a public query: public pages read `published_question` / `published_answer`.
struct M001Feedback: AsyncMigration {
    var name: String { "feedback.001.cases" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let postgres = sql.dialect.name != "sqlite"
        let serial = postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT"
        let blob = postgres ? "BYTEA" : "BLOB"
        let statements = [
            """
            CREATE TABLE feedback_cases (
              id TEXT PRIMARY KEY,
              code TEXT NOT NULL UNIQUE,
              code_day TEXT NOT NULL,
              sequence INTEGER NOT NULL,
              channel TEXT NOT NULL,
              content_kind TEXT NOT NULL,
              procedure_code TEXT,
              procedure_name TEXT,
              field TEXT NOT NULL,
              status TEXT NOT NULL,
              case_class TEXT,
              unit_id TEXT,
              received_at TEXT NOT NULL,
              received_on TEXT NOT NULL,
              register_year INTEGER,
              register_number INTEGER,
              register_date TEXT,
              due_at TEXT,
              handled_at TEXT,
              timeliness TEXT,
              published_at TEXT,
              published_question TEXT,
              published_answer TEXT,
              rating TEXT,
              linked_code TEXT,
              lifecycle TEXT NOT NULL,
              sender TEXT NOT NULL,
              subject TEXT NOT NULL,
              content TEXT NOT NULL,
              phone_last4 TEXT NOT NULL,
              location TEXT,
              version INTEGER NOT NULL,
              updated_at TEXT NOT NULL
            )
            """,
            "CREATE INDEX feedback_cases_status_due ON feedback_cases (status, due_at)",
            "CREATE INDEX feedback_cases_published ON feedback_cases (published_at)",
            "CREATE INDEX feedback_cases_register ON feedback_cases (register_year, register_number)",
            "CREATE INDEX feedback_cases_received ON feedback_cases (received_on)",
            """
            CREATE TABLE feedback_attachments (
              id TEXT PRIMARY KEY,
              case_id TEXT NOT NULL,
              file_name TEXT NOT NULL,
              content_type TEXT NOT NULL,
              size INTEGER NOT NULL,
              data \(blob) NOT NULL
            )
            """,
            "CREATE INDEX feedback_attachments_case ON feedback_attachments (case_id)",
            """
            CREATE TABLE feedback_sequences (
              scope TEXT NOT NULL,
              period TEXT NOT NULL,
              last INTEGER NOT NULL,
              PRIMARY KEY (scope, period)
            )
            """,
            """
            CREATE TABLE feedback_throttle (
              id \(serial),
              kind TEXT NOT NULL,
              address TEXT NOT NULL,
              at TEXT NOT NULL
            )
            """,
            "CREATE INDEX feedback_throttle_address ON feedback_throttle (kind, address, at)",
            """
            CREATE TABLE open311_keys (
              id TEXT PRIMARY KEY,
              label TEXT NOT NULL,
              key_hash TEXT NOT NULL UNIQUE,
              created_at TEXT NOT NULL,
              created_by TEXT NOT NULL,
              revoked_at TEXT
            )
            """,
            """
            CREATE TABLE feedback_reminders (
              reminder_key TEXT PRIMARY KEY,
              case_code TEXT NOT NULL,
              deadline TEXT NOT NULL,
              due_at TEXT NOT NULL,
              unit_id TEXT,
              message TEXT NOT NULL,
              created_at TEXT NOT NULL
            )
            """,
        ]
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["feedback_reminders", "open311_keys", "feedback_throttle", "feedback_sequences", "feedback_attachments", "feedback_cases"] {
            try await sql.raw(SQLQueryString("DROP TABLE " + table)).run()
        }
    }
}
