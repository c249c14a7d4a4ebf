import FluentKit

/// Platform migrations, append-only. A mistake is fixed by a new migration, never by editing one.
public enum PlatformMigrations {
    public static let all: [any Migration] = [
        M001Units(), M002People(), M003Sessions(), M004Audit(), M005Settings(), M006CalendarDecisions(),
        // Its name predates this list; kept so that existing databases see it as done.
        JobLeasesMigration(),
        M007ThrottleEvents(),
        // Sign-in failures are counted in throttle_events now.
        RetireTable("platform.008.retire_login_attempts", table: "login_attempts") { database in
            try await database.schema("login_attempts").id()
                .field("username", .string, .required).field("address", .string, .required)
                .field("at", .datetime, .required).field("succeeded", .bool, .required).create()
        },
        M009RetentionIndexes(),
        M010WriteLock(),
        M011Outbox(),
    ]
}

/// The outbox (`Outbox`): messages written with their events, and every try to deliver them.
/// Moments are milliseconds since 1970 (UTC).
struct M011Outbox: AsyncMigration {
    var name: String { "platform.011.outbox" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            CREATE TABLE outbox_messages (
              id TEXT PRIMARY KEY,
              idempotency_key TEXT NOT NULL UNIQUE,
              event TEXT NOT NULL,
              channel TEXT NOT NULL,
              recipient TEXT NOT NULL,
              subject TEXT NOT NULL,
              body TEXT NOT NULL,
              reference TEXT,
              state TEXT NOT NULL,
              attempts INTEGER NOT NULL,
              next_attempt_at BIGINT NOT NULL,
              lease_holder TEXT,
              lease_until BIGINT,
              created_at BIGINT NOT NULL,
              sent_at BIGINT,
              last_error TEXT
            )
            """).run()
        try await database.sql.raw("CREATE INDEX outbox_due ON outbox_messages (state, next_attempt_at)").run()
        try await database.sql.raw("CREATE INDEX outbox_created ON outbox_messages (created_at)").run()
        try await database.sql.raw("""
            CREATE TABLE outbox_attempts (
              id TEXT PRIMARY KEY,
              message_id TEXT NOT NULL,
              at BIGINT NOT NULL,
              outcome TEXT NOT NULL,
              detail TEXT
            )
            """).run()
        try await database.sql.raw("CREATE INDEX outbox_attempts_message ON outbox_attempts (message_id)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE outbox_attempts").run()
        try await database.sql.raw("DROP TABLE outbox_messages").run()
    }
}

/// An empty table whose only use is to be written to: `DatabaseHandle.writeTransaction` opens
/// every SQLite write transaction with `DELETE FROM write_lock WHERE 0`, which takes the file's
/// write lock before the transaction reads anything (see there why).
struct M010WriteLock: AsyncMigration {
    var name: String { "platform.010.write_lock" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("CREATE TABLE write_lock (id INTEGER PRIMARY KEY)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE write_lock").run()
    }
}

/// Indexes for the housekeeping job's deletions by age (`Housekeeping`); `audit_log` has one on `at`.
struct M009RetentionIndexes: AsyncMigration {
    var name: String { "platform.009.retention_indexes" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("CREATE INDEX throttle_events_at ON throttle_events (at)").run()
        try await database.sql.raw("CREATE INDEX sessions_expires_at ON sessions (expires_at)").run()
    }

    func revert(on database: any Database) async throws {
        for index in ["throttle_events_at", "sessions_expires_at"] {
            try await database.sql.raw("DROP INDEX \(unsafeRaw: index)").run()
        }
    }
}

struct M001Units: AsyncMigration {
    var name: String { "platform.001.units" }

    func prepare(on database: any Database) async throws {
        try await database.schema("units")
            .id()
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("kind", .string, .required)
            .field("parent_id", .uuid, .references("units", "id"))
            .field("agency_code", .string)
            .field("gso_code", .string)
            .field("address", .string)
            .field("phone", .string)
            .field("email", .string)
            .field("feedback_address", .string)
            .field("feedback_phone", .string)
            .field("valid_from", .string)
            .field("valid_to", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "agency_code")
            .create()
        try await database.schema("unit_successions")
            .id()
            .field("predecessor_id", .uuid, .required, .references("units", "id"))
            .field("successor_id", .uuid, .required, .references("units", "id"))
            .field("effective", .string, .required)
            .field("note", .string)
            .unique(on: "predecessor_id", "successor_id")
            .create()
        try await database.schema("unit_groups")
            .id()
            .field("name", .string, .required)
            .field("code", .string, .required)
            .field("rule_kind", .string)
            .field("rule_parent_id", .uuid, .references("units", "id"))
            .unique(on: "code")
            .create()
        try await database.schema("unit_group_members")
            .id()
            .field("group_id", .uuid, .required, .references("unit_groups", "id"))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .unique(on: "group_id", "unit_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        for table in ["unit_group_members", "unit_groups", "unit_successions", "units"] {
            try await database.schema(table).delete()
        }
    }
}

struct M002People: AsyncMigration {
    var name: String { "platform.002.people" }

    func prepare(on database: any Database) async throws {
        try await database.schema("people")
            .id()
            .field("username", .string, .required)
            .field("full_name", .string, .required)
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("position", .string)
            .field("email", .string)
            .field("roles", .string, .required)
            .field("password_hash", .string, .required)
            .field("must_change_password", .bool, .required)
            .field("disabled", .bool, .required)
            .field("last_login_at", .datetime)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .unique(on: "username")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("people").delete()
    }
}

struct M003Sessions: AsyncMigration {
    var name: String { "platform.003.sessions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("sessions")
            .field("id", .string, .identifier(auto: false))
            .field("person_id", .uuid, .required, .references("people", "id", onDelete: .cascade))
            .field("kind", .string, .required)
            .field("created_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .create()
        try await database.schema("login_attempts")
            .id()
            .field("username", .string, .required)
            .field("address", .string, .required)
            .field("at", .datetime, .required)
            .field("succeeded", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("login_attempts").delete()
        try await database.schema("sessions").delete()
    }
}

struct M004Audit: AsyncMigration {
    var name: String { "platform.004.audit" }

    func prepare(on database: any Database) async throws {
        try await database.schema("audit_log")
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_name", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string)
            .field("entity_label", .string)
            .field("before", .string)
            .field("after", .string)
            .field("address", .string)
            .field("request_id", .string)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX audit_log_at ON audit_log (at)").run()
            try await sql.raw("CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id)").run()
            try await sql.raw("CREATE INDEX login_attempts_username_at ON login_attempts (username, at)").run()
            try await sql.raw("CREATE INDEX units_parent ON units (parent_id)").run()
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("audit_log").delete()
    }
}

import SQLKit

struct M005Settings: AsyncMigration {
    var name: String { "platform.005.settings" }

    func prepare(on database: any Database) async throws {
        try await database.schema("settings")
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("settings").delete()
    }
}
