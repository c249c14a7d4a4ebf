import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar

/// What a notification is about.
public enum NotificationKind: String, Sendable, Codable, CaseIterable {
    /// A reminder before the due date (the job).
    case due
    /// Overdue (the job).
    case overdue
    /// The office returned the report.
    case returned
    /// The office urged the unit (đôn đốc).
    case urged
}

/// A notification in a unit's inbox (every person of the unit sees it).
public struct PlanNotification: Sendable, Codable {
    public let id: Int
    public let kind: NotificationKind
    public let planID: String
    public let obligation: String
    public let message: String
    public let note: String
    public let sender: String
    public let createdAt: String
}

/// The in-app inbox: notifications are addressed to a unit (optionally one person of it).
public enum NotificationStore {
    static func add(unit: String, person: UUID? = nil, kind: NotificationKind, planID: UUID, obligation: String,
                    message: LocalizedText, note: String, sender: String, at: LocalDateTime, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO plan_notifications (unit_id, person_id, kind, plan_id, obligation, message_vi, message_en, note, sender, created_at)
            VALUES (\(bind: unit), \(bind: person?.uuidString), \(bind: kind.rawValue), \(bind: planID.uuidString), \(bind: obligation),
              \(bind: message.vi), \(bind: message.en), \(bind: note), \(bind: sender), \(bind: at.iso))
            """).run()
    }

    /// Urges a unit about an obligation (đôn đốc): recorded in its inbox and in the audit log.
    public static func urge(_ planID: UUID, _ obligation: ReportingObligation, taskNumber: String, note: String, actor: Actor,
                            at: LocalDateTime = LocalDateTime(Date()), on handle: DatabaseHandle) async throws {
        try await handle.writeTransaction { tx in
            let sql = tx as! any SQLDatabase
            try await add(unit: obligation.unit.rawValue, kind: .urged, planID: planID, obligation: obligation.key.text,
                          message: S.notifyUrged(taskNumber, obligation.occurrence.label, obligation.due), note: note,
                          sender: actor.name, at: at, on: sql)
            try await Audit.record(on: tx, actor: actor, action: "plan.urge", entityType: "plan", entityID: planID.uuidString,
                                   label: obligation.key.text, after: ["unit": obligation.unit.rawValue, "note": note])
        }
    }

    /// The inbox of a person: what was sent to the person's unit or to the person, newest first.
    public static func inbox(unit: UUID, person: UUID, language: Platform.Language, limit: Int = 100, on db: any Database) async throws -> [PlanNotification] {
        let sql = db as! any SQLDatabase
        let rows = try await sql.raw("""
            SELECT * FROM plan_notifications
            WHERE unit_id = \(bind: unit.uuidString) AND (person_id IS NULL OR person_id = \(bind: person.uuidString))
            ORDER BY id DESC LIMIT \(bind: limit)
            """).all()
        return try rows.compactMap { row in
            guard let kind = NotificationKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return PlanNotification(
                id: try row.decode(column: "id", as: Int.self), kind: kind, planID: try row.decode(column: "plan_id", as: String.self),
                obligation: try row.decode(column: "obligation", as: String.self),
                message: try row.decode(column: language == .vi ? "message_vi" : "message_en", as: String.self),
                note: try row.decode(column: "note", as: String.self), sender: try row.decode(column: "sender", as: String.self),
                createdAt: try row.decode(column: "created_at", as: String.self))
        }
    }
}
