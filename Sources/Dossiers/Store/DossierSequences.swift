import SQLKit
import WorkCalendar

/// Gap-free counters: dossier numbers per receiving agency and day (Circular 01/2018/TT-VPCP
/// Art. 19.1, `XXXX`), and register numbers per unit and year (Mẫu 06, numbered continuously).
///
/// One upsert both creates and increments the counter and returns the new value. It runs in
/// the caller's transaction: PostgreSQL locks the counter's row until that transaction ends,
/// so concurrent receptions on any number of app instances queue for it; SQLite has one writer
/// at a time. A transaction that rolls back gives its number back, so numbers have no gaps.
enum DossierSequences {
    static func next(scope: String, period: String, on sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw("""
            INSERT INTO dossier_sequences (scope, period, last) VALUES (\(bind: scope), \(bind: period), 1)
            ON CONFLICT (scope, period) DO UPDATE SET last = dossier_sequences.last + 1
            RETURNING last
            """).first()
        guard let value = try row?.decode(column: "last", as: Int.self) else {
            throw DossierRefusal(.init(vi: "Không cấp được số thứ tự hồ sơ", en: "No sequence number could be allocated"))
        }
        return value
    }

    /// `YYMMDD`, as in the code.
    static func dayKey(_ day: LocalDate) -> String {
        String(day.iso.replacingOccurrences(of: "-", with: "").dropFirst(2))
    }
}
