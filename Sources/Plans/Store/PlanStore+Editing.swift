import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

extension PlanStore {
    /// Changes a draft plan: takes the plan's row lock, reads the plan as it stands, applies
    /// `change` (the rules refuse anything but a draft, and duplicate numbers), then writes the
    /// plan, its task rows and the audit record in the same transaction. A refusal throws
    /// `PlanEditError` and writes nothing.
    public static func edit(_ id: UUID, action: String, label: String, actor: AuditActor, at: LocalDateTime? = nil,
                            on handle: DatabaseHandle,
                            _ change: @escaping @Sendable (inout Plan) throws -> Void) async throws {
        let at = at ?? LocalDateTime(actor.at)
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await ReportStore.lockPlan(id, on: sql)
            guard let stored = try await find(id, on: tx) else { throw AppError.notFound }
            var plan = stored.plan
            try change(&plan)
            try await sql.raw("""
                UPDATE plans SET year = \(bind: plan.year), title = \(bind: plan.title), issuer_name = \(bind: plan.issuerName),
                  body = \(bind: try StoredJSON.encode(plan)), version = version + 1, updated_at = \(bind: at.iso)
                WHERE id = \(bind: id.uuidString)
                """).run()
            try await writeTasks(id, plan, on: sql)
            try await Audit.record(on: tx, actor: actor, action: action, entityType: "plan", entityID: id.uuidString, label: label,
                                   before: summary(stored.plan), after: summary(plan))
        }
    }

    /// What the audit log keeps of a plan: its facts and its tasks' numbers and times.
    static func summary(_ plan: Plan) -> [String: String] {
        [
            "title": plan.title, "year": String(plan.year), "number": plan.reference.text.vi, "issuer": plan.issuerName,
            "sections": plan.sections.map(\.number).joined(separator: ", "),
            "tasks": plan.tasks.map { "\($0.number): \($0.timeText)" }.joined(separator: "; "),
            "frequency": plan.settings.frequency.rawValue,
        ]
    }
}
