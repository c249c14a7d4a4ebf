import Platform
import DossierRules
import FluentKit
import SQLKit

public enum DossierMigrations {
    public static let all: [any Migration] = [
        M001Dossiers(), M002Counts(), M003ChangesByTime(),
        // Lookup misses are counted in Platform's throttle_events now.
        RetireTable("dossiers.004.retire_lookup_misses", table: "dossier_lookup_misses") { database in
            let serial = database.sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
            try await database.sql.raw("CREATE TABLE dossier_lookup_misses (id \(unsafeRaw: serial), address TEXT NOT NULL, at TEXT NOT NULL)").run()
        },
    ]
}

/// The dossier tables, in plain SQL that both SQLite and PostgreSQL accept. Moments are ISO
/// text in Vietnam time (`yyyy-MM-ddTHH:mm`) and days `yyyy-MM-dd`, which sort alike on both
/// databases; unit and person ids are UUID text.
struct M001Dossiers: AsyncMigration {
    var name: String { "dossiers.001.dossiers" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        let serial = sql.dialect.name == "sqlite" ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY"
        let statements = [
            """
            CREATE TABLE dossiers (
              id TEXT PRIMARY KEY,
              code TEXT NOT NULL UNIQUE,
              agency_code TEXT NOT NULL,
              code_day TEXT NOT NULL,
              sequence INTEGER NOT NULL,
              procedure_code TEXT NOT NULL,
              procedure_name TEXT NOT NULL,
              field TEXT NOT NULL,
              receiving_unit_id TEXT NOT NULL,
              competent_unit_id TEXT NOT NULL,
              holder_unit_id TEXT NOT NULL,
              channel TEXT NOT NULL,
              online INTEGER NOT NULL,
              status INTEGER NOT NULL,
              submitted_at TEXT NOT NULL,
              accepted_on TEXT,
              closed_at TEXT,
              closed_on TEXT,
              closure_kind TEXT,
              completion TEXT,
              legal_due TEXT,
              appointment TEXT,
              apologised INTEGER NOT NULL,
              register_year INTEGER,
              register_number INTEGER,
              fee_vnd INTEGER,
              rating INTEGER,
              contacts INTEGER,
              rated_at TEXT,
              lifecycle TEXT NOT NULL,
              applicant TEXT NOT NULL,
              documents TEXT NOT NULL,
              result_note TEXT,
              version INTEGER NOT NULL,
              updated_at TEXT NOT NULL
            )
            """,
            // Covers form II.06a: the report reads nothing else from the rows it counts.
            "CREATE INDEX dossiers_report ON dossiers (accepted_on, closed_on, online, completion, field, competent_unit_id, receiving_unit_id, procedure_code, id)",
            "CREATE INDEX dossiers_holder_status ON dossiers (holder_unit_id, status)",
            "CREATE INDEX dossiers_receiving_register ON dossiers (receiving_unit_id, register_year, register_number)",
            "CREATE INDEX dossiers_status_due ON dossiers (status, legal_due)",
            """
            CREATE TABLE dossier_deadlines (
              dossier_id TEXT NOT NULL,
              from_at TEXT NOT NULL,
              due_on TEXT,
              PRIMARY KEY (dossier_id, from_at)
            )
            """,
            """
            CREATE TABLE dossier_events (
              id \(serial),
              dossier_id TEXT NOT NULL,
              at TEXT NOT NULL,
              kind TEXT NOT NULL,
              status INTEGER NOT NULL,
              actor_id TEXT,
              actor_name TEXT NOT NULL,
              note TEXT
            )
            """,
            "CREATE INDEX dossier_events_dossier ON dossier_events (dossier_id, id)",
            """
            CREATE TABLE dossier_handovers (
              id \(serial),
              dossier_id TEXT NOT NULL,
              kind TEXT NOT NULL,
              from_unit_id TEXT NOT NULL,
              from_person TEXT NOT NULL,
              to_unit_id TEXT NOT NULL,
              to_person TEXT NOT NULL,
              handed_at TEXT NOT NULL,
              step_due TEXT NOT NULL,
              completed_at TEXT,
              result TEXT,
              note TEXT
            )
            """,
            "CREATE INDEX dossier_handovers_dossier ON dossier_handovers (dossier_id, id)",
            """
            CREATE TABLE dossier_sequences (
              scope TEXT NOT NULL,
              period TEXT NOT NULL,
              last INTEGER NOT NULL,
              PRIMARY KEY (scope, period)
            )
            """,
            """
            CREATE TABLE dossier_changes (
              id \(serial),
              code TEXT NOT NULL,
              at TEXT NOT NULL
            )
            """,
            """
            CREATE TABLE dossier_lookup_misses (
              id \(serial),
              address TEXT NOT NULL,
              at TEXT NOT NULL
            )
            """,
            "CREATE INDEX dossier_lookup_misses_address ON dossier_lookup_misses (address, at)",
            """
            CREATE TABLE procedure_workflows (
              procedure_code TEXT PRIMARY KEY,
              cutoff_minutes INTEGER,
              steps TEXT NOT NULL,
              updated_at TEXT NOT NULL
            )
            """,
        ]
        for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
    }

    func revert(on database: any Database) async throws {
        let sql = database.sql
        for table in ["procedure_workflows", "dossier_lookup_misses", "dossier_changes", "dossier_sequences",
                      "dossier_handovers", "dossier_events", "dossier_deadlines", "dossiers"] {
            try await sql.drop(table: table).run()
        }
    }
}

/// Running totals for form II.06a (`DossierCounts`), filled from the dossiers already stored.
struct M002Counts: AsyncMigration {
    var name: String { "dossiers.002.counts" }

    func prepare(on database: any Database) async throws {
        let sql = database.sql
        try await sql.raw("""
            CREATE TABLE dossier_counts (
              day TEXT NOT NULL,
              field TEXT NOT NULL,
              competent_unit_id TEXT NOT NULL,
              receiving_unit_id TEXT NOT NULL,
              agency_code TEXT NOT NULL,
              measure TEXT NOT NULL,
              n INTEGER NOT NULL,
              PRIMARY KEY (day, field, competent_unit_id, receiving_unit_id, agency_code, measure)
            )
            """).run()
        var last = ""
        while true {
            let rows = try await sql.raw("""
                SELECT id, code, procedure_code, field, competent_unit_id, receiving_unit_id, channel, lifecycle
                FROM dossiers WHERE id > \(bind: last) ORDER BY id LIMIT 2000
                """).all()
            guard let tail = rows.last else { break }
            var totals: [DossierCounts.Key: Int] = [:]
            for row in rows {
                let snapshot = DossierSnapshot(
                    code: try DossierCode.parse(try row.decode(column: "code", as: String.self)),
                    procedureCode: try row.decode(column: "procedure_code", as: String.self),
                    field: try row.decode(column: "field", as: String.self),
                    competentUnit: try row.decode(column: "competent_unit_id", as: String.self),
                    channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inPerson,
                    lifecycle: try StoredJSON.decode(DossierCase.self, try row.decode(column: "lifecycle", as: String.self)),
                    applicant: ApplicantRecord(fullName: "", citizenID: "", phone: "", address: ""))
                let receiving = try DossierCoding.uuid(row, "receiving_unit_id")
                for (key, n) in DossierCounts.contributions(snapshot, receivingUnitID: receiving) { totals[key, default: 0] += n }
            }
            try await DossierCounts.write(totals, on: sql)
            last = try tail.decode(column: "id", as: String.self)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE dossier_counts").run()
    }
}

/// Lets the change notes be pruned by age without reading the whole table.
struct M003ChangesByTime: AsyncMigration {
    var name: String { "dossiers.003.changes-by-time" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("CREATE INDEX dossier_changes_at ON dossier_changes (at)").run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP INDEX dossier_changes_at").run()
    }
}
