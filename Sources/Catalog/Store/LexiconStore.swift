import FluentKit
import Foundation
import Platform
import SQLKit
import TextSearch

/// The search lexicon in the database. No rows means the shipped lexicon is in force; the first
/// change copies it into the table and applies the change there, in one transaction. Every
/// change is audited and bumps the catalogue's version, so every instance's search follows.
public enum LexiconStore {
    /// The entries in force, and whether they were edited here (false: the shipped ones).
    public static func current(on db: any Database) async throws -> (entries: [Lexicon.Entry], edited: Bool) {
        let rows = try await db.sql.raw("SELECT kind, phrase, means, weight, both_ways FROM search_lexicon ORDER BY position").all()
        guard !rows.isEmpty else { return (CatalogLexicon.shipped.entries, false) }
        let entries = try rows.compactMap { row -> Lexicon.Entry? in
            guard let kind = Lexicon.Kind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            let means = try row.decode(column: "means", as: String.self).split(separator: "|")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return Lexicon.Entry(kind, try row.decode(column: "phrase", as: String.self), means: means,
                                 weight: try row.decode(column: "weight", as: Double.self), bothWays: try row.decode(column: "both_ways", as: Bool.self))
        }
        return (entries, true)
    }

    /// Adds an entry (after the others).
    public static func add(_ entry: Lexicon.Entry, actor: AuditActor, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            var entries = try await current(on: tx).entries
            entries.append(entry)
            try await write(entries, tx)
            try await Audit.record(
                on: tx, actor: actor, action: "lexicon.add", entityType: "lexicon", entityID: nil, label: entry.phrase,
                after: fields(entry))
            try await ProcedureStore.bumpVersion(on: tx)
        }
    }

    /// Removes every entry of `kind` for `phrase` (as written); returns how many there were.
    @discardableResult
    public static func remove(kind: Lexicon.Kind, phrase: String, actor: AuditActor, on handle: DatabaseHandle) async throws -> Int {
        try await handle.writeTransaction { tx in
            let entries = try await current(on: tx).entries
            let kept = entries.filter { !($0.kind == kind && $0.phrase == phrase) }
            guard kept.count < entries.count else { return 0 }
            try await write(kept, tx)
            try await Audit.record(
                on: tx, actor: actor, action: "lexicon.remove", entityType: "lexicon", entityID: nil, label: phrase,
                before: ["kind": kind.rawValue, "phrase": phrase])
            try await ProcedureStore.bumpVersion(on: tx)
            return entries.count - kept.count
        }
    }

    /// Replaces the whole lexicon (an imported file, already checked line by line).
    public static func replace(with entries: [Lexicon.Entry], actor: AuditActor, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            let before = try await current(on: tx).entries.count
            try await write(entries, tx)
            try await Audit.record(
                on: tx, actor: actor, action: "lexicon.replace", entityType: "lexicon", entityID: nil, label: nil,
                before: ["entries": String(before)], after: ["entries": String(entries.count)])
            try await ProcedureStore.bumpVersion(on: tx)
        }
    }

    static func write(_ entries: [Lexicon.Entry], _ db: any Database) async throws {
        try await db.sql.raw("DELETE FROM search_lexicon").run()
        for (position, entry) in entries.enumerated() {
            try await db.sql.raw("""
                INSERT INTO search_lexicon (id, position, kind, phrase, means, weight, both_ways)
                VALUES (\(bind: UUID()), \(bind: position), \(bind: entry.kind.rawValue), \(bind: entry.phrase),
                        \(bind: entry.means.joined(separator: " | ")), \(bind: entry.weight), \(bind: entry.bothWays))
                """).run()
        }
    }

    static func fields(_ entry: Lexicon.Entry) -> [String: String] {
        ["kind": entry.kind.rawValue, "phrase": entry.phrase, "means": entry.means.joined(separator: " | "),
         "weight": String(entry.weight), "both": entry.bothWays ? "yes" : "no"]
    }
}
