import DossierRules
import Foundation
import Hummingbird
import NIOCore
import Platform
import WorkCalendar
import Localization

/// `/api/v1/dossiers…`: the public lookup (the hot path, written by hand) and staff reads.
enum DossierAPI {
    static func register(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.get(DossierURL.apiLookup.path) { request, context in
            let query = request.queryFields
            let code = query["code"] ?? ""
            let lastFour = query["last4"]
            let address = context.clientAddress ?? "unknown"
            let minute = LocalDateTime(context.now)
            // The code alone, asked again within the minute: the answer as sent before.
            if lastFour == nil, !feature.guardian.isBlocked(address, now: context.now),
               let body = feature.lookup.answer(code, language: context.language, at: minute) {
                return lookupResponse(body)
            }
            let asked = DispatchTime.now().uptimeNanoseconds
            let outcome = try await DossierPublicRoutes.lookup(code: code, lastFour: lastFour, address: address, at: context.now, feature, services)
            switch outcome {
            case .blocked: throw AppError.tooManyRequests(S.lookupBlocked(context.language))
            case .notFound: throw AppError.notFound
            case .found(let view, _, _):
                let body = ByteBuffer(string: json(view, context.language))
                if lastFour == nil { feature.lookup.keep(answer: body, for: view.code, language: context.language, at: minute, asked: asked) }
                return lookupResponse(body)
            }
        }
        routes.staff.get(DossierURL.apiReport.path, requires: .viewDossierReports) { request, context in
            let person = context.person
            let query = request.queryFields
            guard let from = LocalDate(iso: query["from"] ?? ""), let to = LocalDate(iso: query["to"] ?? "") else {
                throw AppError.badRequest(context.language == .vi ? "Cần from và to dạng yyyy-mm-dd" : "from and to are required as yyyy-mm-dd")
            }
            let grouping = DossierReports.Grouping(rawValue: query["group"] ?? "field") ?? .field
            let filter = DossierStatsRoutes.scopeFilter(person)
            let report: Report0206a
            do { report = try await DossierReports.report0206a(from: from, to: to, groupedBy: grouping, filter: filter, on: services.db) } catch let refusal as Refusal {
                throw AppError.badRequest(refusal.text(context.language))
            }
            return try Responses.json(ReportDTO(report))
        }
        routes.staff.get(DossierURL.apiDossier(":code").path, requires: .viewDossiers) { _, context in
            let person = context.person
            guard let code = try? DossierCode.parse(context.parameters.get("code") ?? ""),
                  let record = try await DossierStore.find(code: code.text, on: services.db) else { throw AppError.notFound }
            try await Authorizer.check(person, .handleDossier(units: [record.receivingUnitID, record.competentUnitID, record.holderUnitID]), on: services.db)
            return try Responses.json(DossierDTO(record))
        }
    }

    static func lookupResponse(_ body: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "application/json; charset=utf-8", .cacheControl: "no-store"], body: .init(byteBuffer: body))
    }

    /// The lookup view as JSON: never a personal field, since the view has none.
    static func json(_ view: PublicDossierView, _ language: Language) -> String {
        var w = JSONWriter(capacity: 512)
        w.beginObject()
        w.string("code", view.code)
        w.int("status", view.status)
        w.string("stage", view.stage(language))
        if let onTime = view.onTime { w.bool("on_time", onTime) }
        w.bool("verified", view.verified)
        if let detail = view.detail {
            w.string("appointment", detail.appointment?.iso)
            w.string("original_appointment", detail.originalAppointment?.iso)
            w.beginArray("timeline")
            for step in detail.timeline {
                w.beginObject()
                w.string("at", step.at.iso)
                w.int("status", step.status)
                w.string("stage", step.stage(language))
                w.string("event", step.event?(language))
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
        return w.output
    }

    struct DossierDTO: Encodable {
        var code: String
        var procedure_code: String
        var procedure_name: String
        var status: Int
        var channel: String
        var received_at: String?
        var legal_due: String?
        var appointment: String?
        var receiving_unit_id: String
        var competent_unit_id: String
        var holder_unit_id: String

        init(_ r: DossierRecord) {
            code = r.code.text
            procedure_code = r.snapshot.procedureCode
            procedure_name = r.procedureName
            status = r.status.code
            channel = r.snapshot.channel.rawValue
            received_at = r.lifecycle.receivedAt?.iso
            legal_due = r.lifecycle.legalDue?.iso
            appointment = r.lifecycle.appointment?.iso
            receiving_unit_id = r.receivingUnitID.uuidString
            competent_unit_id = r.competentUnitID.uuidString
            holder_unit_id = r.holderUnitID.uuidString
        }
    }

    struct ReportDTO: Encodable {
        struct Row: Encodable {
            var key: String
            var values: [Int]
        }
        var from: String
        var to: String
        var columns: [String]
        var rows: [Row]
        var total: [Int]

        init(_ report: Report0206a) {
            from = report.from.iso
            to = report.to.iso
            columns = Report0206a.columns.map(\.en)
            rows = report.rows.map { Row(key: $0.key, values: $0.values) }
            total = report.total.values
        }
    }
}
