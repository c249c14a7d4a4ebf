import DossierRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar
import Localization

/// Form II.06a computed by the database: one aggregate query over the columns the rules
/// derived for each dossier (`DossierColumns`), so a year of a million dossiers is counted
/// without loading them. It follows `DossierSnapshot.classification(from:to:)` with the default
/// policy (withdrawals counted as completed, the legal due moment decides), and a test checks
/// that both give the same report on random dossiers.
public enum DossierReports {
    public enum Grouping: String, Sendable, CaseIterable {
        case field, competentUnit = "unit", procedure, receivingAgency = "agency"

        var column: String {
            switch self {
            case .field: "field"
            case .competentUnit: "competent_unit_id"
            case .procedure: "procedure_code"
            case .receivingAgency: "agency_code"
            }
        }
    }

    public struct Filter: Sendable, Hashable {
        public var competentUnitID: UUID?
        public var receivingUnitID: UUID?
        public var procedureCode: String?
        public var field: String?

        public init(competentUnitID: UUID? = nil, receivingUnitID: UUID? = nil, procedureCode: String? = nil, field: String? = nil) {
            self.competentUnitID = competentUnitID
            self.receivingUnitID = receivingUnitID
            self.procedureCode = procedureCode
            self.field = field
        }
    }

    /// The report of [from, to], both days included: from the running totals
    /// (`DossierCounts`), or, grouped or filtered by procedure, counted over the dossiers.
    public static func report0206a(from: LocalDate, to: LocalDate, groupedBy grouping: Grouping = .field, filter: Filter = Filter(),
                                   on db: any Database) async throws -> Report0206a {
        guard from <= to else { throw Refusal(ReportError.periodEndsBeforeItStarts(from: from, to: to).text) }
        if grouping == .procedure || filter.procedureCode != nil {
            return try await scanning(from: from, to: to, groupedBy: grouping, filter: filter, on: db)
        }
        return try await fromCounts(from: from, to: to, groupedBy: grouping, filter: filter, on: db)
    }

    /// The same report counted over the dossiers themselves (one aggregate query).
    public static func scanning(from: LocalDate, to: LocalDate, groupedBy grouping: Grouping = .field, filter: Filter = Filter(),
                                on db: any Database) async throws -> Report0206a {
        guard from <= to else { throw Refusal(ReportError.periodEndsBeforeItStarts(from: from, to: to).text) }
        let sql = db.sql
        let f = from.iso, t = to.iso, end = "\(to.iso)T23:59"
        var conditions = SQLQueryString("d.accepted_on IS NOT NULL AND d.accepted_on <= \(bind: t) AND (d.closed_on IS NULL OR d.closed_on >= \(bind: f))")
        if let unit = filter.competentUnitID { conditions.appendInterpolation(unsafeRaw: " AND d.competent_unit_id = "); conditions.appendInterpolation(bind: unit.uuidString) }
        if let unit = filter.receivingUnitID { conditions.appendInterpolation(unsafeRaw: " AND d.receiving_unit_id = "); conditions.appendInterpolation(bind: unit.uuidString) }
        if let code = filter.procedureCode { conditions.appendInterpolation(unsafeRaw: " AND d.procedure_code = "); conditions.appendInterpolation(bind: code) }
        if let field = filter.field { conditions.appendInterpolation(unsafeRaw: " AND d.field = "); conditions.appendInterpolation(bind: field) }
        let pending = "(d.closed_on IS NULL OR d.closed_on > \(t.sqlLiteral))"
        var query = SQLQueryString("""
            SELECT d.\(unsafeRaw: grouping.column) AS k,
              SUM(CASE WHEN d.accepted_on >= \(bind: f) AND d.online = 1 THEN 1 ELSE 0 END) AS r_online,
              SUM(CASE WHEN d.accepted_on >= \(bind: f) AND d.online = 0 THEN 1 ELSE 0 END) AS r_direct,
              SUM(CASE WHEN d.accepted_on < \(bind: f) THEN 1 ELSE 0 END) AS r_carried,
              SUM(CASE WHEN d.closed_on <= \(bind: t) AND d.completion = 'early' THEN 1 ELSE 0 END) AS c_early,
              SUM(CASE WHEN d.closed_on <= \(bind: t) AND d.completion = 'onTime' THEN 1 ELSE 0 END) AS c_on_time,
              SUM(CASE WHEN d.closed_on <= \(bind: t) AND d.completion = 'late' THEN 1 ELSE 0 END) AS c_late,
              SUM(CASE WHEN \(unsafeRaw: pending) THEN 1 ELSE 0 END) AS p_total,
              SUM(CASE WHEN \(unsafeRaw: pending) AND (SELECT dd.due_on FROM dossier_deadlines dd
                  WHERE dd.dossier_id = d.id AND dd.from_at <= \(bind: end) ORDER BY dd.from_at DESC LIMIT 1) < \(bind: t)
                THEN 1 ELSE 0 END) AS p_overdue
            FROM dossiers d WHERE
            """)
        query.appendInterpolation(unsafeRaw: " ")
        query += conditions
        query.appendInterpolation(unsafeRaw: " GROUP BY d.\(grouping.column)")
        var rows: [Report0206a.Row] = []
        for row in try await sql.raw(query).all() {
            var line = Report0206a.Row(key: try row.decode(column: "k", as: String.self))
            func value(_ column: String) throws -> Int { try row.decode(column: column, as: Int?.self) ?? 0 }
            line.received.online = try value("r_online")
            line.received.direct = try value("r_direct")
            line.received.carriedOver = try value("r_carried")
            line.received.total = line.received.online + line.received.direct + line.received.carriedOver
            line.completed.early = try value("c_early")
            line.completed.onTime = try value("c_on_time")
            line.completed.late = try value("c_late")
            line.completed.total = line.completed.early + line.completed.onTime + line.completed.late
            line.pending.total = try value("p_total")
            line.pending.overdue = try value("p_overdue")
            line.pending.withinDeadline = line.pending.total - line.pending.overdue
            rows.append(line)
        }
        return Report0206a(from: from, to: to, grouping: .field, policy: ReportPolicy(), rows: rows.sorted { $0.key < $1.key })
    }

    /// The report as CSV (UTF-8 with a byte-order mark, so that spreadsheet programs read the
    /// Vietnamese letters), one line per row and the total last.
    public static func csv(_ report: Report0206a, labels: [String: String], language: Language) -> String {
        func quote(_ text: String) -> String {
            text.contains(where: { ",\"\n".contains($0) }) ? "\"\(text.replacingOccurrences(of: "\"", with: "\"\""))\"" : text
        }
        var lines = [([language == .vi ? "Nhóm" : "Group"] + Report0206a.columns.map { $0(language) }).map(quote).joined(separator: ",")]
        for row in report.rows {
            lines.append(([quote(labels[row.key] ?? row.key)] + row.values.map(String.init)).joined(separator: ","))
        }
        lines.append(([quote(language == .vi ? "Tổng cộng" : "Total")] + report.total.values.map(String.init)).joined(separator: ","))
        return "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n"
    }
}

extension String {
    /// A day or moment as an SQL literal; only for values this module formats itself.
    var sqlLiteral: String { "'" + replacingOccurrences(of: "'", with: "''") + "'" }
}
