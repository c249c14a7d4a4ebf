import Platform
import DossierRules
import FluentKit
import Foundation
import SQLKit
import WorkCalendar

extension DossierReports {
    /// Form II.06a from the running totals (`DossierCounts`): a few thousand day totals read.
    static func fromCounts(from: LocalDate, to: LocalDate, groupedBy grouping: Grouping, filter: Filter, on db: any Database) async throws -> Report0206a {
        let sql = db.sql
        let f = from.iso, t = to.iso
        var query = SQLQueryString("SELECT \(unsafeRaw: grouping.countsColumn) AS k, measure, ")
        query += SQLQueryString("SUM(CASE WHEN day >= \(bind: f) THEN n ELSE 0 END) AS in_period, ")
        query += SQLQueryString("SUM(CASE WHEN day < \(bind: f) THEN n ELSE 0 END) AS before_period, SUM(n) AS upto ")
        query += SQLQueryString("FROM dossier_counts WHERE day <= \(bind: t)")
        if let unit = filter.competentUnitID { query += SQLQueryString(" AND competent_unit_id = \(bind: unit.uuidString)") }
        if let unit = filter.receivingUnitID { query += SQLQueryString(" AND receiving_unit_id = \(bind: unit.uuidString)") }
        if let field = filter.field { query += SQLQueryString(" AND field = \(bind: field)") }
        query += SQLQueryString(" GROUP BY \(unsafeRaw: grouping.countsColumn), measure")
        var lines: [String: Report0206a.Row] = [:]
        for row in try await sql.raw(query).all() {
            let key = try row.decode(column: "k", as: String.self)
            guard let measure = DossierCounts.Measure(rawValue: try row.decode(column: "measure", as: String.self)) else { continue }
            let inPeriod = try row.decode(column: "in_period", as: Int?.self) ?? 0
            let before = try row.decode(column: "before_period", as: Int?.self) ?? 0
            let upto = try row.decode(column: "upto", as: Int?.self) ?? 0
            var line = lines[key] ?? Report0206a.Row(key: key)
            switch measure {
            case .acceptedOnline: line.received.online = inPeriod
            case .acceptedDirect: line.received.direct = inPeriod
            case .closedEarly: line.completed.early = inPeriod
            case .closedOnTime: line.completed.onTime = inPeriod
            case .closedLate: line.completed.late = inPeriod
            case .pending:
                line.received.carriedOver = before
                line.pending.total = upto
            case .overdue: line.pending.overdue = upto
            }
            lines[key] = line
        }
        let rows = lines.values.map { line -> Report0206a.Row in
            var line = line
            line.received.total = line.received.online + line.received.direct + line.received.carriedOver
            line.completed.total = line.completed.early + line.completed.onTime + line.completed.late
            line.pending.withinDeadline = line.pending.total - line.pending.overdue
            return line
        }.filter { $0.received.total > 0 }
        return Report0206a(from: from, to: to, grouping: .field, policy: ReportPolicy(), rows: rows.sorted { $0.key < $1.key })
    }
}

extension DossierReports.Grouping {
    var countsColumn: String {
        switch self {
        case .field: "field"
        case .competentUnit: "competent_unit_id"
        case .procedure: "field"
        case .receivingAgency: "agency_code"
        }
    }
}
