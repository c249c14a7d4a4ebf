import FluentKit
import Foundation
import Plans
import Platform

/// The 2024 Diễn Châu communication plan, issued, with the units' reports for the first half
/// of 2024 (the story is in `Plans/Demo`). Running it again changes nothing.
enum DemoPlans {
    static func load(_ env: AppEnvironment, _ units: [String: UnitRecord]) async throws {
        try await PlanDemo.load(database: env.database, calendar: env.calendar, units: units.mapValues(\.id))
    }
}
