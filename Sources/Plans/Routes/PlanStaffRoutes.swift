import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import WorkCalendar
import Localization

/// Staff pages of plans: the list, one plan, its moves, the CSV import and the task CSV.
enum PlanStaffRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: PlansFeature) {
        routes.staff.get(PlanURL.list.path, requires: .viewPlans) { request, context in
            let person = context.person
            let model = try await listModel(person, services)
            return try await services.render(PlanViews.list(model, context.language), request, context)
        }
        routes.staff.get(PlanURL.plan(":id").path, requires: .viewPlans) { request, context in
            let person = context.person
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            let model = PlanViews.DetailModel(stored: stored, names: try await PlanNames.load(on: services.db),
                                              documents: try await FileStore.documents(stored.id, on: services.db),
                                              canManage: try await Authorizer.isAllowed(person, .managePlans, on: services.db),
                                              notice: notice(request.queryFields["thong-bao"], context.language))
            return try await services.render(PlanViews.detail(model, context.language), request, context)
        }
        for (path, status) in [("ban-hanh", PlanStatus.issued), ("ket-thuc", .closed)] {
            routes.staff.post(PlanURL.transition(":id", path).path, requires: .managePlans) { request, context in
                let id = try context.uuidParameter("id")
                do {
                    try await PlanStore.transition(id, to: status, calendar: try await feature.calendar.calendar(on: services.db),
                                                   actor: context.actor, on: services.database)
                } catch let refusal as Refusal {
                    let model = PlanViews.DetailModel(stored: try await PlanStore.require(id, on: services.db),
                                                      names: try await PlanNames.load(on: services.db),
                                                      documents: try await FileStore.documents(id, on: services.db), canManage: true,
                                                      error: refusal.text(context.language))
                    return try await services.render(PlanViews.detail(model, context.language), request, context, status: .unprocessableContent)
                }
                return Responses.redirect(PlanURL.plan(.id(id)).path + "?thong-bao=\(path)")
            }
        }
        routes.staff.post(PlanURL.documents(":id").path, requires: .managePlans) { request, context in
            var request = request
            let person = context.person
            let id = try await PlanStore.require(try context.uuidParameter("id"), on: services.db).id
            guard let file = try await PlanImport.readDocument(&request, context) else {
                return Responses.redirect(PlanURL.plan(.id(id)).path + "?thong-bao=loi-van-ban#documents")
            }
            try await FileStore.attach(file, to: id, person: person.id, actor: context.actor, on: services.database)
            return Responses.redirect(PlanURL.plan(.id(id)).path + "?thong-bao=van-ban#documents")
        }
        routes.staff.post(PlanURL.copy(":id").path, requires: .managePlans) { _, context in
            let copy = try await PlanStore.copyToNextYear(try context.uuidParameter("id"), actor: context.actor, on: services.database)
            return Responses.redirect(PlanURL.plan(.id(copy)).path + "?thong-bao=sao-chep")
        }
        routes.staff.get(PlanURL.tasksCSV(":id").path, requires: .viewPlans) { _, context in
            let stored = try await PlanStore.require(try context.uuidParameter("id"), on: services.db)
            return Responses.text("\u{FEFF}" + PlanCSV.export(stored.plan), contentType: "text/csv; charset=utf-8")
        }
        routes.staff.post(PlanURL.importPlans.path, requires: .managePlans) { request, context in
            var request = request
            let person = context.person
            let form = try await PlanImport.readForm(&request, context)
            switch PlanImport.plan(form, language: context.language) {
            case .failure(let errors):
                var model = try await listModel(person, services)
                model.importErrors = errors.messages
                return try await services.render(PlanViews.list(model, context.language), request, context, status: .unprocessableContent)
            case .success(let plan):
                let matched = try await AssigneeMatcher.load(on: services.db).resolve(plan)
                let id = try await PlanStore.create(matched, actor: context.actor, on: services.database)
                return Responses.redirect(PlanURL.plan(.id(id)).path + "?thong-bao=nhap")
            }
        }
    }

    static func listModel(_ person: PersonRecord, _ services: Services) async throws -> PlanViews.ListModel {
        PlanViews.ListModel(plans: try await PlanStore.list(on: services.db),
                            canManage: try await Authorizer.isAllowed(person, .managePlans, on: services.db),
                            unread: try await NotificationStore.unreadCount(unit: person.unitID, person: person.id, on: services.db))
    }

    static func notice(_ code: String?, _ lang: Language) -> String? {
        switch code {
        case "ban-hanh": S.noticeIssued(lang)
        case "ket-thuc": S.noticeClosed(lang)
        case "sao-chep": S.noticeCopied(lang)
        case "nhap": S.noticeImported(lang)
        case "van-ban": S.noticeAttached(lang)
        case "loi-van-ban": S.attachRefused(lang)
        case "tao-moi": S.noticeCreated(lang)
        case "da-luu": S.noticeRecordSaved(lang)
        case "da-luu-muc": S.noticeSectionSaved(lang)
        case "xoa-muc": S.noticeSectionRemoved(lang)
        case "da-luu-nhiem-vu": S.noticeTaskSaved(lang)
        case "xoa-nhiem-vu": S.noticeTaskRemoved(lang)
        default: nil
        }
    }
}
