import FluentKit
import Platform
import SQLKit

public enum CatalogMigrations {
    public static let all: [any Migration] = [M001Procedures(), M002Forms(), M003Lexicon(), M004SearchUse()]
}

struct M001Procedures: AsyncMigration {
    var name: String { "catalog.001.procedures" }

    func prepare(on database: any Database) async throws {
        try await database.schema("procedures")
            .field("code", .string, .identifier(auto: false))
            .field("name", .string, .required)
            .field("search_name", .string, .required)
            .field("field", .string)
            .field("levels", .string, .required)
            .field("implementing_agency", .string)
            .field("online_level", .string, .required)
            .field("status", .string, .required)
            .field("replaced_by", .string)
            .field("document", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .create()
        try await database.schema("procedure_units")
            .id()
            .field("procedure_code", .string, .required, .references("procedures", "code", onDelete: .cascade))
            .field("unit_id", .uuid, .required, .references("units", "id"))
            .field("internal_days", .int)
            .unique(on: "procedure_code", "unit_id")
            .create()
        try await database.schema("catalog_imports")
            .id()
            .field("at", .datetime, .required)
            .field("actor_name", .string, .required)
            .field("sources", .string, .required)
            .field("created", .int, .required)
            .field("updated", .int, .required)
            .field("unchanged", .int, .required)
            .field("warnings", .string, .required)
            .field("rejected", .string, .required)
            .create()
        if let sql = database as? any SQLDatabase {
            try await sql.raw("CREATE INDEX procedure_units_unit ON procedure_units (unit_id)").run()
        }
    }

    func revert(on database: any Database) async throws {
        for table in ["catalog_imports", "procedure_units", "procedures"] { try await database.schema(table).delete() }
    }
}

struct M002Forms: AsyncMigration {
    var name: String { "catalog.002.procedure_forms" }

    func prepare(on database: any Database) async throws {
        try await database.schema("procedure_forms")
            .id()
            .field("procedure_code", .string, .required, .references("procedures", "code", onDelete: .cascade))
            .field("template_name", .string, .required)
            .field("file_name", .string, .required)
            .field("content_type", .string, .required)
            .field("size", .int, .required)
            .field("data", .data, .required)
            .field("created_at", .datetime)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("procedure_forms").delete()
    }
}

/// The search lexicon as administrators edit it. Empty means the shipped lexicon is in force;
/// the first edit copies it here.
struct M003Lexicon: AsyncMigration {
    var name: String { "catalog.003.search_lexicon" }

    func prepare(on database: any Database) async throws {
        try await database.schema("search_lexicon")
            .id()
            .field("position", .int, .required)
            .field("kind", .string, .required)
            .field("phrase", .string, .required)
            .field("means", .string, .required)
            .field("weight", .double, .required)
            .field("both_ways", .bool, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("search_lexicon").delete()
    }
}

/// What the search learns from use: how often each procedure is used (counted from the one-stop
/// dossiers by a job) and the anonymous log of queries, one row per day and query (no address, no
/// session; see `QueryLogPolicy`).
struct M004SearchUse: AsyncMigration {
    var name: String { "catalog.004.search_use" }

    func prepare(on database: any Database) async throws {
        try await database.sql.raw("""
            CREATE TABLE procedure_usage (
              procedure_code TEXT PRIMARY KEY,
              uses INTEGER NOT NULL
            )
            """).run()
        try await database.sql.raw("""
            CREATE TABLE search_queries (
              day TEXT NOT NULL,
              query TEXT NOT NULL,
              searches INTEGER NOT NULL,
              misses INTEGER NOT NULL,
              clicks INTEGER NOT NULL,
              PRIMARY KEY (day, query)
            )
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.sql.raw("DROP TABLE search_queries").run()
        try await database.sql.raw("DROP TABLE procedure_usage").run()
    }
}
