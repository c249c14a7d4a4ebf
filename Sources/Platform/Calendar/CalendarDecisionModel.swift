import FluentKit
import Foundation
import WorkCalendar

/// One official decision on working days (a Tết schedule, a day swap…), stored so that
/// administrators can add or correct a year's decisions. Seeded from the library's bundled file.
public final class CalendarDecisionModel: Model, @unchecked Sendable {
    public static let schema = "calendar_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "year") public var year: Int
    @Field(key: "reference") public var reference: String
    /// ISO dates, comma-separated.
    @Field(key: "days_off") public var daysOff: String
    @Field(key: "working_days") public var workingDays: String
    @OptionalField(key: "note") public var note: String?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}

    var decision: YearDecision {
        YearDecision(year: year, reference: reference, daysOff: Self.dates(daysOff), workingDays: Self.dates(workingDays), note: note)
    }

    static func dates(_ text: String) -> [LocalDate] {
        text.split(separator: ",").compactMap { LocalDate(iso: String($0)) }
    }

    static func text(_ dates: [LocalDate]) -> String {
        dates.sorted().map(\.iso).joined(separator: ",")
    }

    var auditSnapshot: [String: String] {
        var s = ["year": String(year), "reference": reference, "days_off": daysOff, "working_days": workingDays]
        s["note"] = note
        return s
    }
}

struct M006CalendarDecisions: AsyncMigration {
    var name: String { "platform.006.calendar_decisions" }

    func prepare(on database: any Database) async throws {
        try await database.schema("calendar_decisions")
            .id()
            .field("year", .int, .required)
            .field("reference", .string, .required)
            .field("days_off", .string, .required)
            .field("working_days", .string, .required)
            .field("note", .string)
            .field("updated_at", .datetime)
            .create()
        // The decided schedules shipped with the library become ordinary, editable rows.
        for decision in try CalendarData.bundled().decisions {
            let model = CalendarDecisionModel()
            model.year = decision.year
            model.reference = decision.reference
            model.daysOff = CalendarDecisionModel.text(decision.daysOff)
            model.workingDays = CalendarDecisionModel.text(decision.workingDays)
            model.note = decision.note
            try await model.create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.schema("calendar_decisions").delete()
    }
}
