import Formats
import DossierRules
import FluentKit
import Foundation
import Platform

/// The units dossiers refer to, loaded once per request (the deployment's units are few).
struct DossierUnits {
    var byID: [UUID: UnitRecord]
    /// The day (ISO) the units are loaded for: the request's day.
    var today: String

    /// The units as they stand on the clock's day.
    static func load(_ services: Services) async throws -> DossierUnits {
        let db = services.db
        let today = services.clock.today.iso
        let all = try await UnitModel.query(on: db).all().map(\.record)
        return DossierUnits(byID: Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }), today: today)
    }

    func name(_ id: UUID) -> String { byID[id]?.name ?? "—" }

    func name(_ text: String) -> String { UUID(uuidString: text).map(name) ?? text }

    var active: [UnitRecord] {
        return byID.values.filter { $0.isActive(on: today) }.sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
    }

    /// Units that settle dossiers: committees, offices, departments and other bodies in force.
    var competent: [UnitRecord] {
        active.filter { $0.kind != .oneStopDesk }
    }

    /// One-stop desks in force.
    var desks: [UnitRecord] { active.filter { $0.kind == .oneStopDesk } }

    /// The unit's own agency code, or its nearest parent's.
    func agencyCode(_ unit: UnitRecord) -> AgencyCode? {
        var current: UnitRecord? = unit
        var seen = Set<UUID>()
        while let u = current, seen.insert(u.id).inserted {
            if let text = u.agencyCode, let code = AgencyCode(text) { return code }
            current = u.parentID.flatMap { byID[$0] }
        }
        return nil
    }
}
