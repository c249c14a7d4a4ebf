import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

/// A plan as stored: its id, the PlanRules value, and its version.
public struct StoredPlan: Sendable {
    public let id: UUID
    public let plan: Plan
    public let version: Int
}

/// A line of the plan list.
public struct PlanSummary: Sendable, Codable {
    public let id: UUID
    public let year: Int
    public let title: String
    public let status: PlanStatus
    public let issuerName: String
}

/// Reads and writes plans. Every write checks the rules first, then writes the plan, its task
/// rows, its obligations (on issue) and the audit record in one transaction.
public enum PlanStore {
    /// Stores a new plan (draft, or as given). Returns its id.
    public static func create(_ plan: Plan, actor: AuditActor, at: LocalDateTime? = nil, on handle: DatabaseHandle) async throws -> UUID {
        let at = at ?? LocalDateTime(actor.at)
        let id = UUID()
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await sql.raw("""
                INSERT INTO plans (id, year, title, status, issuer_name, body, version, created_at, updated_at)
                VALUES (\(bind: id.uuidString), \(bind: plan.year), \(bind: plan.title), \(bind: plan.status.rawValue),
                  \(bind: plan.issuerName), \(bind: try StoredJSON.encode(plan)), 1, \(bind: at.iso), \(bind: at.iso))
                """).run()
            try await writeTasks(id, plan, on: sql)
            try await Audit.record(on: tx, actor: actor, action: "plan.create", entityType: "plan", entityID: id.uuidString,
                                   label: plan.title, after: ["year": String(plan.year), "tasks": String(plan.tasks.count)])
        }
        return id
    }

    public static func find(_ id: UUID, on db: any Database) async throws -> StoredPlan? {
        let sql = db.sql
        guard let row = try await sql.raw("SELECT body, version FROM plans WHERE id = \(bind: id.uuidString)").first() else { return nil }
        return StoredPlan(id: id, plan: try StoredJSON.decode(Plan.self, try row.decode(column: "body", as: String.self)),
                          version: try row.decode(column: "version", as: Int.self))
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> StoredPlan {
        guard let plan = try await find(id, on: db) else { throw AppError.notFound }
        return plan
    }

    /// Every plan, newest year first; `issuedOnly` for the public site.
    public static func list(issuedOnly: Bool = false, on db: any Database) async throws -> [PlanSummary] {
        let sql = db.sql
        let rows = try await sql.raw("SELECT id, year, title, status, issuer_name FROM plans ORDER BY year DESC, created_at DESC").all()
        return try rows.compactMap { row in
            guard let id = UUID(uuidString: try row.decode(column: "id", as: String.self)),
                  let status = PlanStatus(rawValue: try row.decode(column: "status", as: String.self)) else { return nil }
            if issuedOnly, status == .draft { return nil }
            return PlanSummary(id: id, year: try row.decode(column: "year", as: Int.self),
                               title: try row.decode(column: "title", as: String.self), status: status,
                               issuerName: try row.decode(column: "issuer_name", as: String.self))
        }
    }

    /// Moves a plan to `status`. Issuing writes every obligation (each occurrence × each
    /// responsible unit, groups expanded as they stand for the plan's year).
    public static func transition(_ id: UUID, to status: PlanStatus, calendar: HolidayCalendar, actor: AuditActor,
                                  at: LocalDateTime? = nil, on handle: DatabaseHandle) async throws {
        let at = at ?? LocalDateTime(actor.at)
        let stored = try await require(id, on: handle.db)
        var plan = stored.plan
        do { try plan.transition(to: status) } catch { throw Refusal(error.text) }
        let directory = try await PlanDirectory.load(year: plan.year, on: handle.db)
        let obligations = status == .issued ? Schedule.obligations(of: plan, directory: directory, calendar: calendar) : []
        let updated = plan
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await sql.raw("""
                UPDATE plans SET status = \(bind: updated.status.rawValue), body = \(bind: try StoredJSON.encode(updated)),
                  version = version + 1, updated_at = \(bind: at.iso) WHERE id = \(bind: id.uuidString)
                """).run()
            if status == .issued { try await ObligationStore.write(id, obligations, on: sql) }
            try await Audit.record(on: tx, actor: actor, action: "plan.\(status.rawValue)", entityType: "plan",
                                   entityID: id.uuidString, label: updated.title,
                                   before: ["status": stored.plan.status.rawValue], after: ["status": updated.status.rawValue])
        }
    }

    /// A draft for the next year made from this plan (no reports). Returns the new id.
    public static func copyToNextYear(_ id: UUID, actor: AuditActor, on handle: DatabaseHandle) async throws -> UUID {
        let stored = try await require(id, on: handle.db)
        return try await create(stored.plan.copiedToNextYear(), actor: actor, on: handle)
    }

    static func writeTasks(_ id: UUID, _ plan: Plan, on sql: any SQLDatabase) async throws {
        try await sql.raw("DELETE FROM plan_tasks WHERE plan_id = \(bind: id.uuidString)").run()
        var position = 0
        for section in plan.sections {
            for task in section.tasks {
                position += 1
                try await sql.raw("""
                    INSERT INTO plan_tasks (plan_id, task_id, position, section_number, number, content, time_text)
                    VALUES (\(bind: id.uuidString), \(bind: task.id.rawValue), \(bind: position), \(bind: section.number),
                      \(bind: task.number), \(bind: task.content), \(bind: task.timeText))
                    """).run()
            }
        }
    }
}
