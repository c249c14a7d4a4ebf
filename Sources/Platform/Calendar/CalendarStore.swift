import FluentKit
import Foundation
import NIOConcurrencyHelpers
import WorkCalendar

/// A decision as typed in the form, validated.
public struct DecisionDraft: Sendable, Equatable {
    public var year: Int
    public var reference: String
    public var daysOff: [LocalDate]
    public var workingDays: [LocalDate]
    public var note: String?
}

/// The working calendar every deadline uses: the law's rules, the bundled defaults, and the
/// decisions stored in the database. Rebuilt only when the decisions change (a version stamp
/// in the settings table tells every app instance), otherwise served from memory.
public final class CalendarStore: Sendable {
    public static let versionKey = "calendar.version"
    public static let swappedSaturdaysKey = "calendar.swapped_saturdays_count"

    private let cache = NIOLockedValueBox<(stamp: String, calendar: HolidayCalendar)?>(nil)

    public init() {}

    public func calendar(on db: any Database) async throws -> HolidayCalendar {
        let stamp = (try await Settings.get(Self.versionKey, on: db) ?? "0") + "/" + (try await Settings.get(Self.swappedSaturdaysKey, on: db) ?? "true")
        if let cached = cache.withLockedValue({ $0 }), cached.stamp == stamp { return cached.calendar }
        let calendar = try await Self.build(on: db)
        cache.withLockedValue { $0 = (stamp, calendar) }
        return calendar
    }

    static func build(on db: any Database) async throws -> HolidayCalendar {
        let decisions = try await CalendarDecisionModel.query(on: db).sort(\.$year).sort(\.$reference).all().map(\.decision)
        let swapped = try await Settings.get(swappedSaturdaysKey, on: db) != "false"
        return HolidayCalendar(decisions: decisions, swappedSaturdaysCount: swapped, rules: try CalendarData.bundled().defaults)
    }

    public static func decisions(year: Int, on db: any Database) async throws -> [(UUID, YearDecision)] {
        try await CalendarDecisionModel.query(on: db).filter(\.$year == year).sort(\.$reference).all().map { ($0.id!, $0.decision) }
    }

    public static func decision(_ id: UUID, on db: any Database) async throws -> YearDecision {
        guard let model = try await CalendarDecisionModel.find(id, on: db) else { throw AppError.notFound }
        return model.decision
    }

    /// Creates (id nil) or replaces a decision, audited, and tells every instance to rebuild.
    @discardableResult
    public static func save(_ draft: DecisionDraft, id: UUID?, actor: AuditActor, on db: any Database) async throws -> UUID {
        try await db.transaction { tx in
            let model: CalendarDecisionModel
            var before: [String: String]?
            if let id {
                guard let existing = try await CalendarDecisionModel.find(id, on: tx) else { throw AppError.notFound }
                model = existing
                before = existing.auditSnapshot
            } else {
                model = CalendarDecisionModel()
            }
            model.year = draft.year
            model.reference = draft.reference
            model.daysOff = CalendarDecisionModel.text(draft.daysOff)
            model.workingDays = CalendarDecisionModel.text(draft.workingDays)
            model.note = draft.note
            try await model.save(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: id == nil ? "calendar.create" : "calendar.update", entityType: "calendar_decision",
                entityID: model.id!.uuidString, label: "\(draft.year): \(draft.reference)", before: before, after: model.auditSnapshot)
            try await bumpVersion(on: tx)
            return model.id!
        }
    }

    public static func delete(_ id: UUID, actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            guard let model = try await CalendarDecisionModel.find(id, on: tx) else { throw AppError.notFound }
            let before = model.auditSnapshot
            try await model.delete(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "calendar.delete", entityType: "calendar_decision", entityID: id.uuidString,
                label: "\(model.year): \(model.reference)", before: before, after: [:])
            try await bumpVersion(on: tx)
        }
    }

    public static func setSwappedSaturdaysCount(_ value: Bool, actor: AuditActor, on db: any Database) async throws {
        try await Settings.set(swappedSaturdaysKey, value ? "true" : "false", actor: actor, on: db)
    }

    static func bumpVersion(on db: any Database) async throws {
        try await Settings.store(versionKey, UUID().uuidString, on: db)
    }

    /// Days of `year` whose status differs between two calendars: what a change would move.
    public static func changedDays(year: Int, from old: HolidayCalendar, to new: HolidayCalendar) -> [LocalDate] {
        guard let first = LocalDate(year: year, month: 1, day: 1) else { return [] }
        return (0..<366).map { first.adding(days: $0) }.filter { $0.year == year && old.isWorkingDay($0) != new.isWorkingDay($0) }
    }
}
