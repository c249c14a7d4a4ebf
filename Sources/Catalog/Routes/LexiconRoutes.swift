import Foundation
import Hummingbird
import Localization
import Platform
import TextSearch
import WorkCalendar

/// The administrators' page for the search lexicon: list, add, remove, import and export.
enum LexiconRoutes {
    /// Longest lexicon file accepted in the import box.
    static let maxImportBytes = 512 * 1024

    static func register(_ routes: Routes, _ services: Services, _ search: CatalogSearch) {
        routes.staff.get(CatalogURL.lexicon.path, requires: .editCatalog) { request, context in
            var model = try await model(services)
            model.notice = switch request.queryFields["thong-bao"] {
            case "da-them": S.lexiconAdded(context.language)
            case "da-xoa": S.lexiconRemoved(context.language)
            case "da-nhap": S.lexiconImported(context.language)
            default: nil
            }
            // From the search log: the query becomes the phrase of a new entry.
            if let phrase = request.queryFields["cum-tu"].map(InputText.clean), !phrase.isEmpty {
                model.values["phrase"] = String(phrase.prefix(LexiconFile.maxLength))
            }
            return try await services.render(CatalogStaffViews.lexicon(model, context.language), request, context)
        }
        routes.staff.get(CatalogURL.searchLog.path, requires: .editCatalog) { request, context in
            let days = Int(request.queryFields["ngay"] ?? "").flatMap { SearchLogViews.periods.contains($0) ? $0 : nil } ?? 30
            let today = context.localNow.date
            // This instance's latest counts first, so the page is current.
            try? await search.log.flush(on: services.database, today: today)
            let from = today.adding(days: 1 - days)
            let lines = try await SearchLog.lines(from: from, to: today, on: services.db)
            return try await services.render(
                SearchLogViews.page(.init(days: days, from: from, to: today, lines: lines), context.language), request, context)
        }
        routes.staff.get(CatalogURL.lexiconExport.path, requires: .editCatalog) { _, _ in
            let text = LexiconFile.write(try await LexiconStore.current(on: services.db).entries)
            return Response(status: .ok, headers: [
                .contentType: "text/tab-separated-values; charset=utf-8",
                .contentDisposition: "attachment; filename=\"tu-dien-tra-cuu.tsv\"",
            ], body: .init(byteBuffer: .init(string: text)))
        }
        routes.staff.post(CatalogURL.lexiconAdd.path, requires: .editCatalog) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let values = ["kind", "phrase", "means", "weight", "both"].map { fields[$0] ?? "" }
            switch LexiconFile.entry(values) {
            case .success(let entry):
                try await LexiconStore.add(entry, actor: context.actor, on: services.database)
                search.invalidate()
                return Responses.redirect(CatalogURL.lexicon.path + "?thong-bao=da-them")
            case .failure(let problem):
                var model = try await model(services)
                model.values = Dictionary(uniqueKeysWithValues: zip(["kind", "phrase", "means", "weight", "both"], values))
                model.errors = [FieldError(field: field(of: problem), message: S.lexiconProblem(problem, context.language))]
                return try await services.render(CatalogStaffViews.lexicon(model, context.language), request, context, status: .unprocessableContent)
            }
        }
        routes.staff.post(CatalogURL.lexiconRemove.path, requires: .editCatalog) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            guard let kind = Lexicon.Kind(rawValue: fields["kind"] ?? ""), let phrase = fields["phrase"], !phrase.isEmpty else {
                throw AppError.badRequest(S.lexiconUnknownEntry(context.language))
            }
            try await LexiconStore.remove(kind: kind, phrase: phrase, actor: context.actor, on: services.database)
            search.invalidate()
            return Responses.redirect(CatalogURL.lexicon.path + "?thong-bao=da-xoa")
        }
        routes.staff.post(CatalogURL.lexiconImport.path, requires: .editCatalog) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let text = fields["content"] ?? ""
            let tooLarge = text.utf8.count > maxImportBytes
            let parsed = tooLarge ? (entries: [], errors: []) : LexiconFile.parse(text)
            var problems: [String] = parsed.errors.map { S.lexiconLine(context.language, $0.line, S.lexiconProblem($0.problem, context.language)) }
            if tooLarge { problems = [S.lexiconImportTooLarge(context.language)] }
            if problems.isEmpty && parsed.entries.isEmpty { problems = [S.lexiconImportEmpty(context.language)] }
            guard problems.isEmpty else {
                var model = try await model(services)
                model.importText = String(text.prefix(maxImportBytes))
                model.importProblems = problems
                return try await services.render(CatalogStaffViews.lexicon(model, context.language), request, context, status: .unprocessableContent)
            }
            try await LexiconStore.replace(with: parsed.entries, actor: context.actor, on: services.database)
            search.invalidate()
            return Responses.redirect(CatalogURL.lexicon.path + "?thong-bao=da-nhap")
        }
    }

    static func model(_ services: Services) async throws -> CatalogStaffViews.LexiconModel {
        let current = try await LexiconStore.current(on: services.db)
        return CatalogStaffViews.LexiconModel(entries: current.entries, edited: current.edited)
    }

    /// The form field a problem belongs to.
    static func field(of problem: LexiconFile.Problem) -> String {
        switch problem {
        case .unknownKind: "kind"
        case .missingPhrase, .tooLong, .tooManyColumns: "phrase"
        case .missingMeaning, .unexpectedMeaning: "means"
        case .badWeight: "weight"
        case .badDirection: "both"
        }
    }
}
