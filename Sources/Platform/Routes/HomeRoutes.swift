import FluentKit
import Foundation
import Hummingbird
import Localization

/// The public home, the staff home, the audit log and the people list.
public enum HomeRoutes {
    public static func register(_ routes: Routes, _ services: Services) {
        routes.get(PlatformURL.home.path) { request, context in
            try await services.render(HomeViews.home(services.navigation.publicCards, context.language), request, context)
        }
        routes.staff.get(PlatformURL.staffHome.path, requires: .enterStaffArea) { request, context in
            let person = context.person
            let notice = request.queryFields["thong-bao"] == "mat-khau" ? S.passwordChanged(context.language) : nil
            let cards = try await services.navigation.staffCards(for: person, on: services.db)
            return try await services.render(HomeViews.staffHome(person: person, cards: cards, notice: notice, context.language), request, context)
        }
        routes.staff.get(PlatformURL.audit.path, requires: .viewAudit) { request, context in
            let q = request.queryFields
            var query = AuditQuery()
            query.entityType = q["loai"].flatMap { $0.isEmpty ? nil : $0 }
            query.entityID = q["ma"].flatMap { $0.isEmpty ? nil : $0 }
            query.text = q["q"].map(InputText.clean).flatMap { $0.isEmpty ? nil : $0 }
            query.page = max(1, Int(q["trang"] ?? "") ?? 1)
            let (entries, total) = try await Audit.list(on: services.db, query)
            return try await services.render(AuditViews.list(entries: entries, total: total, query: query, context.language), request, context)
        }
        routes.staff.get(PlatformURL.people.path, requires: .managePeople) { request, context in
            let people = try await PersonStore.list(on: services.db)
            var unitNames: [UUID: String] = [:]
            for id in Set(people.map(\.unitID)) { unitNames[id] = try await UnitStore.find(id, on: services.db)?.name }
            return try await services.render(PeopleViews.list(people: people, unitNames: unitNames, context.language), request, context)
        }
    }
}
