import FluentKit
import Foundation
import Platform
import PlanRules
import SQLKit
import WorkCalendar
import Localization

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
    /// Whether the person looking has read it.
    public let read: Bool
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
    public static func urge(_ planID: UUID, _ obligation: ReportingObligation, taskNumber: String, note: String, actor: AuditActor,
                            at: LocalDateTime? = nil, on handle: DatabaseHandle) async throws {
        let at = at ?? LocalDateTime(actor.at)
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await add(unit: obligation.unit.rawValue, kind: .urged, planID: planID, obligation: obligation.key.text,
                          message: S.notifyUrged(taskNumber, obligation.occurrence.label, obligation.due), note: note,
                          sender: actor.name, at: at, on: sql)
            try await Audit.record(on: tx, actor: actor, action: "plan.urge", entityType: "plan", entityID: planID.uuidString,
                                   label: obligation.key.text, after: ["unit": obligation.unit.rawValue, "note": note])
        }
    }

    /// The inbox of a person: what was sent to the person's unit or to the person, newest first.
    public static func inbox(unit: UUID, person: UUID, language: Language, limit: Int = 100, on db: any Database) async throws -> [PlanNotification] {
        let sql = db.sql
        let rows = try await sql.raw("""
            SELECT n.*, CASE WHEN r.notification_id IS NULL THEN 0 ELSE 1 END AS is_read FROM plan_notifications n
            LEFT JOIN plan_notification_reads r ON r.notification_id = n.id AND r.person_id = \(bind: person.uuidString)
            WHERE n.unit_id = \(bind: unit.uuidString) AND (n.person_id IS NULL OR n.person_id = \(bind: person.uuidString))
            ORDER BY n.id DESC LIMIT \(bind: limit)
            """).all()
        return try rows.compactMap { row in
            guard let kind = NotificationKind(rawValue: try row.decode(column: "kind", as: String.self)) else { return nil }
            return PlanNotification(
                id: try row.decode(column: "id", as: Int.self), kind: kind, planID: try row.decode(column: "plan_id", as: String.self),
                obligation: try row.decode(column: "obligation", as: String.self),
                message: try row.decode(column: language == .vi ? "message_vi" : "message_en", as: String.self),
                note: try row.decode(column: "note", as: String.self), sender: try row.decode(column: "sender", as: String.self),
                createdAt: try row.decode(column: "created_at", as: String.self),
                read: try row.decode(column: "is_read", as: Int.self) == 1)
        }
    }

    /// How many notifications of the person's inbox the person has not read.
    public static func unreadCount(unit: UUID, person: UUID, on db: any Database) async throws -> Int {
        let sql = db.sql
        return try await sql.raw("""
            SELECT COUNT(*) AS n FROM plan_notifications n
            WHERE n.unit_id = \(bind: unit.uuidString) AND (n.person_id IS NULL OR n.person_id = \(bind: person.uuidString))
              AND NOT EXISTS (SELECT 1 FROM plan_notification_reads r
                              WHERE r.notification_id = n.id AND r.person_id = \(bind: person.uuidString))
            """).first()?.decode(column: "n", as: Int.self) ?? 0
    }

    /// Marks one notification of the person's inbox as read (or every one, when `id` is nil).
    /// Returns the notification, or nil when it is not in the person's inbox.
    @discardableResult
    public static func markRead(_ id: Int?, unit: UUID, person: UUID, at: LocalDateTime,
                                on handle: DatabaseHandle) async throws -> PlanNotification? {
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            let items = try await inbox(unit: unit, person: person, language: .vi, limit: 10_000, on: tx)
            let chosen = items.filter { !$0.read && (id == nil || $0.id == id) }
            for item in chosen {
                try await sql.raw("""
                    INSERT INTO plan_notification_reads (notification_id, person_id, read_at)
                    VALUES (\(bind: item.id), \(bind: person.uuidString), \(bind: at.iso))
                    ON CONFLICT (notification_id, person_id) DO NOTHING
                    """).run()
            }
            return id.flatMap { id in items.first { $0.id == id } }
        }
    }
}
