import DossierRules
import Foundation
import Hummingbird
import Platform
import WorkCalendar

/// The public lookup (`/tra-cuu-ho-so`) and the rating form.
enum DossierPublicRoutes {
    enum Outcome {
        case found(PublicDossierView, rating: Int?, wrongDigits: Bool)
        case notFound
        case blocked
    }

    /// Looks a code up for `address`; misses are counted against enumeration.
    static func lookup(code raw: String, lastFour: String?, address: String, at now: Date, _ feature: DossiersFeature, _ services: Services) async throws -> Outcome {
        if feature.guardian.isBlocked(address, now: now) { return .blocked }
        let found: DossierSnapshot?
        if let hit = feature.lookup.cached(raw) {
            found = hit
        } else if let code = try? DossierCode.parse(raw) {
            found = try await feature.lookup.snapshot(code: code.text, on: services.db)
        } else {
            found = nil
        }
        guard let snapshot = found else {
            return try await feature.guardian.recordMiss(address, on: services.db, now: now) ? .blocked : .notFound
        }
        let digits = lastFour.map { $0.filter { $0 != " " } }.flatMap { $0.isEmpty ? nil : $0 }
        let view = PublicDossierView.lookup(snapshot, lastFour: digits, asOf: LocalDateTime(now))
        var wrong = false
        if digits != nil, !view.verified {
            wrong = true
            if try await feature.guardian.recordMiss(address, on: services.db, now: now) { return .blocked }
        }
        return .found(view, rating: nil, wrongDigits: wrong)
    }

    static func register(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.get(DossierURL.lookup.path) { request, context in
            let query = request.queryFields
            let code = (query["ma"] ?? "").trimmingCharacters(in: .whitespaces)
            var model = DossierPublicViews.LookupModel(code: code, lastFour: query["so"] ?? "")
            if !code.isEmpty {
                let outcome = try await lookup(code: code, lastFour: query["so"], address: context.clientAddress ?? "unknown", at: context.now, feature, services)
                model.outcome = outcome
                if case .found(let view, _, _) = outcome, view.verified, view.status == DossierStatus.resultReturned.code {
                    model.rating = try await DossierStore.find(code: view.code, on: services.db)?.rating
                }
                model.notice = query["thong-bao"] == "da-danh-gia" ? S.rateThanks(context.language) : nil
            }
            let status: HTTPResponse.Status = if case .blocked = model.outcome { .tooManyRequests } else { .ok }
            return try await services.render(DossierPublicViews.lookup(model, context.language), request, context, status: status)
        }
        routes.post(DossierURL.rate.path) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            let code = fields["ma"] ?? "", digits = fields["so"] ?? ""
            let outcome = try await lookup(code: code, lastFour: digits, address: context.clientAddress ?? "unknown", at: context.now, feature, services)
            guard case .found(let view, _, _) = outcome, view.verified else {
                var model = DossierPublicViews.LookupModel(code: code, lastFour: digits)
                model.outcome = outcome
                return try await services.render(DossierPublicViews.lookup(model, context.language), request, context, status: .unprocessableContent)
            }
            do {
                try await DossierStore.rate(code: view.code, score: Int(fields["muc"] ?? "") ?? 0, contacts: Int(fields["so-co-quan"] ?? ""), at: context.localNow, on: services.database)
            } catch let refusal as Refusal {
                var model = DossierPublicViews.LookupModel(code: code, lastFour: digits)
                model.outcome = outcome
                model.rateError = refusal.text(context.language)
                return try await services.render(DossierPublicViews.lookup(model, context.language), request, context, status: .unprocessableContent)
            }
            feature.lookup.evict(view.code)
            let query = "ma=\(view.code)&so=\(digits)&thong-bao=da-danh-gia"
            return Responses.redirect(DossierURL.lookup.path + "?\(query)")
        }
    }
}
