import FluentKit
import Foundation
import Platform
import SQLKit

/// How often each procedure is used, as the search's prior: counted by another feature (the
/// one-stop dossiers, by a daily job) and handed here whole. Replacing the counts bumps the usage
/// version, which every instance's search follows within a second.
public enum ProcedureUsage {
    static let versionKey = "catalog.usage_version"
    /// The local day the counts were last made (the job counts once a day).
    public static let countedOnKey = "catalog.usage_counted_on"

    /// Replaces every count with `uses` (procedure code → uses), in one transaction. Not audited:
    /// the counts are derived from records that are.
    public static func replace(_ uses: [String: Int], countedOn day: String, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            try await tx.sql.raw("DELETE FROM procedure_usage").run()
            for (code, count) in uses.sorted(by: { $0.key < $1.key }) where count > 0 && !code.isEmpty {
                try await tx.sql.raw("INSERT INTO procedure_usage (procedure_code, uses) VALUES (\(bind: code), \(bind: count))").run()
            }
            try await Settings.store(countedOnKey, day, on: tx)
            try await Settings.store(versionKey, UUID().uuidString, on: tx)
        }
    }

    public static func all(on db: any Database) async throws -> [String: Int] {
        var uses: [String: Int] = [:]
        for row in try await db.sql.raw("SELECT procedure_code, uses FROM procedure_usage").all() {
            uses[try row.decode(column: "procedure_code", as: String.self)] = try row.decode(column: "uses", as: Int.self)
        }
        return uses
    }
}
