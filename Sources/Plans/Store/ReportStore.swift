import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

/// A unit report as stored.
public struct StoredReport: Sendable {
    public let id: UUID
    public let report: UnitReport
    public let version: Int
}

/// One line of a report's history with the name of who did it.
public struct ReportEvent: Sendable, Codable {
    public let at: String
    public let action: String
    public let from: String?
    public let to: String
    public let actorName: String
    public let comment: String
}

/// An uploaded file waiting to be written with the report that cites it.
public struct NewEvidenceFile: Sendable {
    public let reference: FileReference
    public let data: Data
}

/// Reads and writes unit reports. Every write goes through `UnitReport` (the rules) first, then
/// writes the report, its history, its new files, the notification and the audit record in one
/// transaction.
public enum ReportStore {
    public static func find(_ planID: UUID, _ key: ObligationKey, on db: any Database) async throws -> StoredReport? {
        let sql = db.sql
        return try await sql.raw("""
            SELECT id, body, version FROM plan_reports WHERE plan_id = \(bind: planID.uuidString) AND obligation = \(bind: key.text)
            """).first().flatMap(stored)
    }

    /// Every report of a plan.
    public static func all(_ planID: UUID, on db: any Database) async throws -> [UnitReport] {
        let sql = db.sql
        return try await sql.raw("SELECT id, body, version FROM plan_reports WHERE plan_id = \(bind: planID.uuidString)")
            .all().compactMap(stored).map(\.report)
    }

    public static func events(_ reportID: UUID, on db: any Database) async throws -> [ReportEvent] {
        let sql = db.sql
        return try await sql.raw("""
            SELECT at, action, from_status, to_status, actor_name, comment FROM plan_report_events
            WHERE report_id = \(bind: reportID.uuidString) ORDER BY id
            """).all().map { row in
            ReportEvent(at: try row.decode(column: "at", as: String.self), action: try row.decode(column: "action", as: String.self),
                        from: try row.decode(column: "from_status", as: String?.self),
                        to: try row.decode(column: "to_status", as: String.self),
                        actorName: try row.decode(column: "actor_name", as: String.self),
                        comment: try row.decode(column: "comment", as: String.self))
        }
    }

    /// Saves what the unit wrote, as a draft or handed in (a first submission, or a
    /// resubmission after a return). Refused moves throw `Refusal` and write nothing.
    @discardableResult
    public static func save(_ planID: UUID, obligation: ReportingObligation, content: ReportContent, submit: Bool,
                            files: [NewEvidenceFile] = [], person: UUID, actor: AuditActor, at: LocalDateTime? = nil,
                            on handle: DatabaseHandle) async throws -> UUID {
        let at = at ?? LocalDateTime(actor.at)
        return try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await lockPlan(planID, on: sql)
            let status = try await sql.raw("SELECT status FROM plans WHERE id = \(bind: planID.uuidString)").first()?
                .decode(column: "status", as: String.self)
            guard status == PlanStatus.issued.rawValue else { throw Refusal(S.planNotAcceptingReports) }
            let existing = try await find(planID, obligation.key, on: tx)
            var report = existing?.report ?? UnitReport(obligation: obligation.key, createdBy: PersonID(person.uuidString), at: at)
            var entries: [ReviewEntry] = []
            do throws(ReportTransitionError) {
                try report.edit(content, at: at)
                if submit {
                    let before = report.history.count
                    try report.apply(report.status == .returned ? .resubmit : .submit, by: PersonID(person.uuidString), at: at)
                    entries = Array(report.history[before...])
                }
            } catch { throw Refusal(error.text) }
            let id = existing?.id ?? UUID()
            for file in files { try await FileStore.insert(file, planID: planID, unit: obligation.unit, person: person, at: at, on: sql) }
            try await write(id, planID, report, version: existing?.version, on: sql)
            if existing == nil { try await addEvent(id, at: at, action: "create", from: nil, to: .draft, actor: actor, comment: "", on: sql) }
            for entry in entries { try await addEvent(id, at: at, action: entry.action.rawValue, from: entry.from, to: entry.to, actor: actor, comment: entry.comment, on: sql) }
            try await Audit.record(on: tx, actor: actor, action: submit ? "plan_report.submit" : "plan_report.save",
                                   entityType: "plan_report", entityID: id.uuidString, label: obligation.key.text,
                                   after: ["status": report.status.rawValue, "work": report.content.workStatus.rawValue])
            return id
        }
    }

    /// The office's review: accept or return with a comment. A return notifies the unit.
    public static func review(_ planID: UUID, _ key: ObligationKey, action: ReviewAction, person: UUID, actor: AuditActor,
                              at: LocalDateTime? = nil, taskNumber: String, on handle: DatabaseHandle) async throws {
        let at = at ?? LocalDateTime(actor.at)
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await lockPlan(planID, on: sql)
            guard let existing = try await find(planID, key, on: tx) else { throw AppError.notFound }
            var report = existing.report
            let before = report.status
            do throws(ReportTransitionError) { try report.apply(action, by: PersonID(person.uuidString), at: at) } catch { throw Refusal(error.text) }
            let entry = report.history.last!
            try await write(existing.id, planID, report, version: existing.version, on: sql)
            try await addEvent(existing.id, at: at, action: entry.action.rawValue, from: before, to: entry.to, actor: actor,
                               comment: entry.comment, on: sql)
            if entry.action == .returnForRevision {
                try await NotificationStore.add(
                    unit: key.unit.rawValue, kind: .returned, planID: planID, obligation: key.text,
                    message: S.notifyReturned(taskNumber), note: entry.comment, sender: actor.name, at: at, on: sql)
            }
            try await Audit.record(on: tx, actor: actor, action: "plan_report.\(entry.action.rawValue)", entityType: "plan_report",
                                   entityID: existing.id.uuidString, label: key.text,
                                   before: ["status": before.rawValue], after: ["status": report.status.rawValue, "comment": entry.comment])
        }
    }

    /// Takes the plan's row lock first (a write), so that writes on one plan take turns.
    static func lockPlan(_ planID: UUID, on sql: any SQLDatabase) async throws {
        try await sql.raw("UPDATE plans SET version = version WHERE id = \(bind: planID.uuidString)").run()
    }

    static func write(_ id: UUID, _ planID: UUID, _ report: UnitReport, version: Int?, on sql: any SQLDatabase) async throws {
        let body = try StoredJSON.encode(report)
        if version != nil {
            try await sql.raw("""
                UPDATE plan_reports SET status = \(bind: report.status.rawValue), work_status = \(bind: report.content.workStatus.rawValue),
                  body = \(bind: body), version = version + 1, updated_at = \(bind: report.updatedAt.iso)
                WHERE id = \(bind: id.uuidString)
                """).run()
        } else {
            try await sql.raw("""
                INSERT INTO plan_reports (id, plan_id, obligation, task_id, unit_id, status, work_status, body, version, updated_at)
                VALUES (\(bind: id.uuidString), \(bind: planID.uuidString), \(bind: report.obligation.text),
                  \(bind: report.obligation.occurrence.task.rawValue), \(bind: report.obligation.unit.rawValue),
                  \(bind: report.status.rawValue), \(bind: report.content.workStatus.rawValue), \(bind: body), 1,
                  \(bind: report.updatedAt.iso))
                """).run()
        }
    }

    static func addEvent(_ id: UUID, at: LocalDateTime, action: String, from: ReviewStatus?, to: ReviewStatus, actor: AuditActor,
                         comment: String, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO plan_report_events (report_id, at, action, from_status, to_status, actor_id, actor_name, comment)
            VALUES (\(bind: id.uuidString), \(bind: at.iso), \(bind: action), \(bind: from?.rawValue), \(bind: to.rawValue),
              \(bind: actor.personID?.uuidString), \(bind: actor.name), \(bind: comment))
            """).run()
    }

    static func stored(_ row: any SQLRow) throws -> StoredReport? {
        guard let id = UUID(uuidString: try row.decode(column: "id", as: String.self)) else { return nil }
        return StoredReport(id: id, report: try StoredJSON.decode(UnitReport.self, try row.decode(column: "body", as: String.self)),
                            version: try row.decode(column: "version", as: Int.self))
    }
}
