import DossierRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Per-procedure internal workflows and cut-off hours.
public enum WorkflowStore {
    public static func find(_ procedureCode: String, on sql: any SQLDatabase) async throws -> Workflow {
        guard let row = try await sql.raw("SELECT cutoff_minutes, steps FROM procedure_workflows WHERE procedure_code = \(bind: procedureCode)").first() else {
            return .standard
        }
        var workflow = Workflow(steps: try StoredJSON.decode([Workflow.Step].self, try row.decode(column: "steps", as: String.self)))
        workflow.cutoffMinutes = try row.decode(column: "cutoff_minutes", as: Int?.self)
        return workflow
    }

    /// Replaces a procedure's workflow; audited.
    public static func save(_ workflow: Workflow, for procedureCode: String, actor: AuditActor, on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            let steps = try StoredJSON.encode(workflow.steps)
            try await sql.raw("""
                INSERT INTO procedure_workflows (procedure_code, cutoff_minutes, steps, updated_at)
                VALUES (\(bind: procedureCode), \(bind: workflow.cutoffMinutes), \(bind: steps), \(bind: LocalDateTime(actor.at).iso))
                ON CONFLICT (procedure_code) DO UPDATE SET cutoff_minutes = excluded.cutoff_minutes, steps = excluded.steps,
                  updated_at = excluded.updated_at
                """).run()
            try await Audit.record(on: tx, actor: actor, action: "procedure.workflow", entityType: "procedure", entityID: procedureCode,
                                   label: procedureCode, after: ["steps": steps, "cutoff": workflow.cutoffMinutes.map(String.init) ?? ""])
        }
    }
}
