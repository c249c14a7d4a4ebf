import Platform
import SQLKit
import WorkCalendar

/// Gap-free counters (Platform's `SequenceTable`): dossier numbers per receiving agency and day
/// (Circular 01/2018/TT-VPCP Art. 19.1, `XXXX`), and register numbers per unit and year
/// (Mẫu 06, numbered continuously).
enum DossierSequences {
    static let table = SequenceTable("dossier_sequences")

    static func next(scope: String, period: String, on sql: any SQLDatabase) async throws -> Int {
        guard let value = try await table.next(scope: scope, period: period, on: sql) else {
            throw Refusal(.init(vi: "Không cấp được số thứ tự hồ sơ", en: "No sequence number could be allocated"))
        }
        return value
    }

    /// `YYMMDD`, as in the code.
    static func dayKey(_ day: LocalDate) -> String {
        String(day.iso.replacingOccurrences(of: "-", with: "").dropFirst(2))
    }
}
