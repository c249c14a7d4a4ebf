import FluentKit
import Foundation
import Platform

/// The units cases are assigned to, loaded once per request.
struct FeedbackUnits: Sendable {
    var byID: [UUID: UnitRecord]
    /// The day (ISO) the units are loaded for: the request's day.
    var today: String

    /// The units as they stand on the clock's day.
    static func load(_ services: Services) async throws -> FeedbackUnits {
        let db = services.db
        let today = services.clock.today.iso
        let all = try await UnitModel.query(on: db).all().map(\.record)
        return FeedbackUnits(byID: Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), today: today)
    }

    func name(_ id: UUID?) -> String { id.flatMap { byID[$0]?.name } ?? "—" }

    /// Units in force that can handle a case (not one-stop desks).
    var handling: [UnitRecord] {
        return byID.values.filter { $0.isActive(on: today) && $0.kind != .oneStopDesk }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }
}
