import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar
import Localization

/// The obligations of issued plans: each occurrence of a task × each responsible unit.
public enum ObligationStore {
    static func write(_ planID: UUID, _ obligations: [ReportingObligation], on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM plan_obligations WHERE plan_id = \(bind: planID.uuidString)").run()
        for o in obligations {
            let occurrence = o.occurrence
            try await sql.raw("""
                INSERT INTO plan_obligations (plan_id, obligation, task_id, unit_id, sequence, period_start, period_end, due,
                  label_vi, label_en)
                VALUES (\(bind: planID.uuidString), \(bind: o.key.text), \(bind: occurrence.task.rawValue),
                  \(bind: o.unit.rawValue), \(bind: occurrence.sequence), \(bind: occurrence.period.start.iso),
                  \(bind: occurrence.period.end.iso), \(bind: occurrence.due.iso), \(bind: occurrence.label.vi),
                  \(bind: occurrence.label.en))
                """).run()
        }
    }

    /// A plan's obligations (of one unit, or of every unit), by due date.
    public static func list(_ planID: UUID, unit: UUID? = nil, on db: any Database) async throws -> [ReportingObligation] {
        let sql = db.sql
        let rows: [any SQLRow]
        if let unit {
            rows = try await sql.raw("""
                SELECT * FROM plan_obligations WHERE plan_id = \(bind: planID.uuidString) AND unit_id = \(bind: unit.uuidString)
                ORDER BY due, task_id
                """).all()
        } else {
            rows = try await sql.raw("SELECT * FROM plan_obligations WHERE plan_id = \(bind: planID.uuidString) ORDER BY due, task_id").all()
        }
        return try rows.compactMap(obligation)
    }

    /// One obligation, or nil.
    public static func find(_ planID: UUID, _ key: ObligationKey, on db: any Database) async throws -> ReportingObligation? {
        let sql = db.sql
        return try await sql.raw("""
            SELECT * FROM plan_obligations WHERE plan_id = \(bind: planID.uuidString) AND obligation = \(bind: key.text)
            """).first().flatMap(obligation)
    }

    /// Every obligation of one unit in issued plans, with its plan.
    public static func ofUnit(_ unit: UUID, on db: any Database) async throws -> [(UUID, ReportingObligation)] {
        let sql = db.sql
        let rows = try await sql.raw("""
            SELECT o.* FROM plan_obligations o JOIN plans p ON p.id = o.plan_id
            WHERE o.unit_id = \(bind: unit.uuidString) AND p.status = 'issued' ORDER BY o.due, o.task_id
            """).all()
        return try rows.compactMap { row in
            guard let o = try obligation(row), let id = UUID(uuidString: try row.decode(column: "plan_id", as: String.self)) else { return nil }
            return (id, o)
        }
    }

    static func obligation(_ row: any SQLRow) throws -> ReportingObligation? {
        guard let start = LocalDate(iso: try row.decode(column: "period_start", as: String.self)),
              let end = LocalDate(iso: try row.decode(column: "period_end", as: String.self)),
              let period = DayRange(start: start, end: end),
              let due = LocalDate(iso: try row.decode(column: "due", as: String.self)) else { return nil }
        let occurrence = Occurrence(
            task: TaskID(try row.decode(column: "task_id", as: String.self)),
            sequence: try row.decode(column: "sequence", as: Int.self), period: period, due: due,
            label: LocalizedText(vi: try row.decode(column: "label_vi", as: String.self),
                                 en: try row.decode(column: "label_en", as: String.self)))
        return ReportingObligation(occurrence: occurrence, unit: UnitID(try row.decode(column: "unit_id", as: String.self)))
    }
}
