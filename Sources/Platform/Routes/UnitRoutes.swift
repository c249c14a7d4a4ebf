import Formats
import FluentKit
import Foundation
import Hummingbird

/// Staff pages for organisation units under `/quan-tri/don-vi`.
public enum UnitRoutes {
    public static func register(_ routes: Routes, _ services: Services) {
        registerList(routes, services)
        registerUnit(routes, services)
    }

    /// The list of units and the form for a new one.
    static func registerList(_ routes: Routes, _ services: Services) {
        routes.staff.get(PlatformURL.units.path, requires: .viewUnits) { request, context in
            var query = UnitListQuery()
            let q = request.queryFields
            query.text = q["q"].map(InputText.clean)
            query.kind = q["loai"].flatMap { $0.isEmpty ? nil : UnitKind(rawValue: $0) }
            query.includeClosed = q["da-dong"] == "1"
            query.page = max(1, Int(q["trang"] ?? "") ?? 1)
            let (units, total) = try await UnitStore.list(query, today: context.localNow.date.iso, on: services.db)
            return try await services.render(UnitViews.list(units: units, total: total, query: query, today: context.localNow.date.iso, context.language), request, context)
        }
        routes.staff.get(PlatformURL.newUnit.path, requires: .viewUnits) { request, context in
            let person = context.person
            let parents = try await parentOptions(for: nil, person: person, services)
            let values = UnitForm.values(nil)
            return try await services.render(UnitViews.form(unit: nil, values: values, parents: parents, errors: [], context.language), request, context)
        }
        routes.staff.post(PlatformURL.newUnit.path, requires: .viewUnits) { request, context in
            var request = request
            let person = context.person
            let fields = try await request.formFields(context: context)
            let (draft, reader) = try await UnitForm.read(fields, language: context.language, existingID: nil, on: services.db)
            let parent = try await draft?.parentID.asyncMap { try await UnitStore.find($0, on: services.db) } ?? nil
            guard let draft else {
                let parents = try await parentOptions(for: nil, person: person, services)
                return try await services.render(UnitViews.form(unit: nil, values: reader.echo, parents: parents, errors: reader.errors, context.language), request, context, status: .unprocessableContent)
            }
            try await Authorizer.check(person, .createUnit(parent: parent), on: services.db)
            let unit = try await UnitStore.create(draft, actor: context.actor, on: services.db)
            return Responses.redirect(PlatformURL.unit(.id(unit.id)).path + "?thong-bao=da-tao")
        }
    }

    /// One unit: its page, its edit form and its closure.
    static func registerUnit(_ routes: Routes, _ services: Services) {
        routes.staff.get(PlatformURL.unit(":id").path, requires: .viewUnits) { request, context in
            let person = context.person
            let unit = try await UnitStore.require(try context.uuidParameter("id"), on: services.db)
            let db = services.db
            let details = UnitViews.Details(
                unit: unit, parent: try await unit.parentID.asyncMap { try await UnitStore.find($0, on: db) } ?? nil,
                children: try await UnitStore.children(of: unit.id, on: db),
                successors: try await UnitStore.successors(of: unit.id, on: db),
                predecessors: try await UnitStore.predecessors(of: unit.id, on: db),
                canEdit: try await Authorizer.isAllowed(person, .editUnit(unit), on: db),
                canClose: try await Authorizer.isAllowed(person, .closeUnit(unit), on: db),
                notice: request.queryFields["thong-bao"])
            return try await services.render(UnitViews.detail(details, context.language), request, context)
        }
        routes.staff.get(PlatformURL.editUnit(":id").path, requires: .viewUnits) { request, context in
            let unit = try await UnitStore.require(try context.uuidParameter("id"), on: services.db)
            let person = context.person
            try await Authorizer.check(person, .editUnit(unit), on: services.db)
            let parents = try await parentOptions(for: unit, person: person, services)
            return try await services.render(UnitViews.form(unit: unit, values: UnitForm.values(unit), parents: parents, errors: [], context.language), request, context)
        }
        routes.staff.post(PlatformURL.editUnit(":id").path, requires: .enterStaffArea) { request, context in
            var request = request
            let unit = try await UnitStore.require(try context.uuidParameter("id"), on: services.db)
            let person = context.person
            try await Authorizer.check(person, .editUnit(unit), on: services.db)
            let fields = try await request.formFields(context: context)
            let (draft, reader) = try await UnitForm.read(fields, language: context.language, existingID: unit.id, on: services.db)
            guard var draft else {
                let parents = try await parentOptions(for: unit, person: person, services)
                return try await services.render(UnitViews.form(unit: unit, values: reader.echo, parents: parents, errors: reader.errors, context.language), request, context, status: .unprocessableContent)
            }
            // Moving a unit under another parent is a coordinator's or administrator's act.
            if draft.parentID != unit.parentID, !(try await Authorizer.isAllowed(person, .closeUnit(unit), on: services.db)) {
                draft.parentID = unit.parentID
            }
            try await UnitStore.update(unit.id, with: draft, actor: context.actor, on: services.db)
            return Responses.redirect(PlatformURL.unit(.id(unit.id)).path + "?thong-bao=da-luu")
        }
        routes.staff.get(PlatformURL.closeUnit(":id").path, requires: .viewUnits) { request, context in
            let unit = try await UnitStore.require(try context.uuidParameter("id"), on: services.db)
            try await Authorizer.check(context.person, .closeUnit(unit), on: services.db)
            return try await services.render(UnitViews.close(unit: unit, values: [:], errors: [], context.language), request, context)
        }
        routes.staff.post(PlatformURL.closeUnit(":id").path, requires: .viewUnits) { request, context in try await close(request, context, services) }
    }

    static func close(_ request: Request, _ context: StaffRequestContext, _ services: Services) async throws -> Response {
        var request = request
        let db = services.db
        let unit = try await UnitStore.require(try context.uuidParameter("id"), on: db)
        try await Authorizer.check(context.person, .closeUnit(unit), on: services.db)
        let fields = try await request.formFields(context: context)
        var reader = FormReader(fields, language: context.language)
        let dateRaw = reader.text("valid_to", label: S.unitValidTo, required: true, maxLength: 10)
        let codes = reader.text("successors", label: S.unitSuccessors, maxLength: 400)
        let note = reader.text("note", label: S.unitSuccessionNote, maxLength: 500, multiline: true)
        let date = dateRaw.flatMap(VNFormat.parseDay)
        if dateRaw != nil, date == nil { reader.fail("valid_to", S.unitValidTo, .invalid) }
        var successors: [UUID] = []
        for code in (codes ?? "").split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }).map({ InputText.clean(String($0)) }) where !code.isEmpty {
            var found = try await UnitStore.findByAgencyCode(AgencyCode(code)?.text ?? code, on: db)
            if found == nil { found = try await UnitModel.query(on: db).filter(\.$gsoCode == code).sort(\.$validFrom, .descending).first()?.record }
            if let found, found.id != unit.id { successors.append(found.id) } else {
                reader.fail("successors", message: S.successorNotFound(context.language, code))
            }
        }
        guard reader.isValid, let date else {
            return try await services.render(UnitViews.close(unit: unit, values: reader.echo, errors: reader.errors, context.language), request, context, status: .unprocessableContent)
        }
        try await UnitStore.close(unit.id, on: date, successors: successors, note: note, actor: context.actor, on: db)
        return Responses.redirect(PlatformURL.unit(.id(unit.id)).path + "?thong-bao=da-dong")
    }

    /// Parents a unit may be placed under: its current parent, the site's unit and the
    /// People's Committees and offices directly under it. Bounded, whatever the import size.
    static func parentOptions(for unit: UnitRecord?, person: PersonRecord, _ services: Services) async throws -> [UnitRecord] {
        let db = services.db
        var options: [UnitRecord] = []
        if let parentID = unit?.parentID, let parent = try await UnitStore.find(parentID, on: db) { options.append(parent) }
        let own = try await UnitStore.find(person.unitID, on: db)
        let anchor = try await Settings.siteUnit(on: db) ?? own
        if let anchor {
            if let grand = try await anchor.parentID.asyncMap({ try await UnitStore.find($0, on: db) }) ?? nil { options.append(grand) }
            options.append(anchor)
            options += try await UnitStore.children(of: anchor.id, on: db).filter { $0.kind.isPeoplesCommittee || $0.kind == .office || $0.kind == .oneStopDesk }
        }
        var seen = Set<UUID>()
        return options.filter { $0.id != unit?.id && seen.insert($0.id).inserted }
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let value = self else { return nil }
        return try await transform(value)
    }
}
