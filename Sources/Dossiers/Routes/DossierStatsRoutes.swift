import DossierRules
import FluentKit
import Foundation
import Hummingbird
import Platform
import SQLKit
import WorkCalendar

/// Form II.06a (page, print, CSV) and the evaluation of Circular 01/2018 Art. 13–15.
enum DossierStatsRoutes {
    /// Unit leads see their own unit; coordinators and administrators see every unit.
    static func scopeFilter(_ person: PersonRecord) -> DossierReports.Filter {
        person.has(.administrator) || person.has(.coordinator) ? .init() : .init(competentUnitID: person.unitID)
    }

    static let evaluationLimit = 3000

    static func register(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.staff.get(DossierURL.statistics.path, requires: .viewDossierReports) { request, context in
            let person = context.person
            let query = request.queryFields
            let today = context.localNow.date
            let from = LocalDate(iso: query["tu"] ?? "") ?? LocalDate(year: today.year, month: 1, day: 1) ?? today
            let to = LocalDate(iso: query["den"] ?? "") ?? today
            let grouping = DossierReports.Grouping(rawValue: query["nhom"] ?? "field") ?? .field
            let units = try await DossierUnits.load(services)
            var model = DossierStatsViews.Model(from: from, to: to, grouping: grouping, report: nil, error: nil, units: units, evaluations: [],
                                                printable: query["in"] == "1")
            do {
                let report = try await DossierReports.report0206a(from: from, to: to, groupedBy: grouping, filter: scopeFilter(person), on: services.db)
                if query["dinh-dang"] == "csv" {
                    let labels = Dictionary(report.rows.map { ($0.key, DossierStatsViews.label($0.key, grouping, units)) }, uniquingKeysWith: { a, _ in a })
                    return Response(status: .ok, headers: [
                        .contentType: "text/csv; charset=utf-8",
                        .contentDisposition: "attachment; filename=\"bieu-II.06a-\(from.iso)-\(to.iso).csv\"",
                    ], body: .init(byteBuffer: ByteBuffer(string: DossierReports.csv(report, labels: labels, language: context.language))))
                }
                model.report = report
                if !model.printable {
                    model.evaluations = try await evaluations(from: from, to: to, filter: scopeFilter(person), on: services.db)
                }
            } catch let refusal as Refusal {
                model.error = refusal.text
            }
            return try await services.render(DossierStatsViews.page(model, context.language), request, context)
        }
    }

    /// The units' evaluation over the latest dossiers settled in the period.
    static func evaluations(from: LocalDate, to: LocalDate, filter: DossierReports.Filter, on db: any Database) async throws -> [UnitEvaluation] {
        let sql = db.sql
        var query = SQLQueryString("""
            SELECT \(unsafeRaw: DossierCoding.columns) FROM dossiers WHERE accepted_on IS NOT NULL AND accepted_on <= \(bind: to.iso)
              AND (closed_on IS NULL OR closed_on >= \(bind: from.iso))
            """)
        if let unit = filter.competentUnitID {
            query.appendInterpolation(unsafeRaw: " AND competent_unit_id = ")
            query.appendInterpolation(bind: unit.uuidString)
        }
        query.appendInterpolation(unsafeRaw: " ORDER BY accepted_on DESC LIMIT \(evaluationLimit)")
        var snapshots: [DossierSnapshot] = []
        for row in try await sql.raw(query).all() {
            let record = try DossierCoding.record(row)
            var snapshot = record.snapshot
            snapshot.handovers = try await DossierStore.handovers(of: record.id, on: db).filter { $0.kind == .handover }.map { row in
                HandoverStep(fromUnit: row.fromUnitID.uuidString, fromPerson: row.fromPerson, toUnit: row.toUnitID.uuidString,
                             toPerson: row.toPerson, handedAt: row.handedAt, stepDue: row.stepDue, completedAt: row.completedAt)
            }
            snapshots.append(snapshot)
        }
        return UnitScoring.evaluateAll(snapshots, from: from, to: to, groupedBy: .competentUnit)
    }
}

/// Forms Mẫu 01–05 of one dossier, and the register (Mẫu 06) of a unit and year.
enum DossierPrintRoutes {
    static func register(_ routes: Routes, _ services: Services, _ feature: DossiersFeature) {
        routes.staff.get(DossierURL.register.path, requires: .viewDossiers) { request, context in
            let person = context.person
            let query = request.queryFields
            let units = try await DossierUnits.load(services)
            let unitID = UUID(uuidString: query["don-vi"] ?? "") ?? person.unitID
            try await Authorizer.check(person, .handleDossier(units: [unitID]), on: services.db)
            let year = Int(query["nam"] ?? "") ?? context.localNow.date.year
            let sql = services.db.sql
            let rows = try await sql.raw("""
                SELECT \(unsafeRaw: DossierCoding.columns) FROM dossiers WHERE receiving_unit_id = \(bind: unitID.uuidString)
                  AND register_year = \(bind: year) ORDER BY register_number LIMIT 5000
                """).all().map(DossierCoding.record)
            let model = DossierFormViews.RegisterModel(unit: units.byID[unitID], year: year, records: rows, units: units,
                                                       desks: units.desks + units.competent)
            return try await services.render(DossierFormViews.register(model, context.language), request, context)
        }
        routes.staff.get(DossierURL.form(":id", ":number").path, requires: .viewDossiers) { request, context in
            let (_, record) = try await DossierStaffRoutes.authorized(context, services)
            guard let number = Int(context.parameters.get("number") ?? ""), (1...5).contains(number) else { throw AppError.notFound }
            let units = try await DossierUnits.load(services)
            let handovers = try await DossierStore.handovers(of: record.id, on: services.db)
            let events = try await DossierStore.events(of: record.id, on: services.db)
            let calendar = try await feature.calendar.calendar(on: services.db)
            let appointment = record.lifecycle.receivedAt.map {
                Appointment.appointment(receivedAt: $0, period: record.lifecycle.period, cutoff: record.lifecycle.cutoff, calendar: calendar)
            }
            let model = DossierFormViews.FormModel(number: number, record: record, units: units, handovers: handovers, events: events,
                                                   officer: context.person.fullName, appointment: appointment)
            return try await services.render(DossierFormViews.form(model, context.language), request, context)
        }
    }
}
