import Platform
import DossierRules
import FluentKit
import Foundation
import SQLKit
import WorkCalendar

/// The staff list: dossiers a unit receives, settles or holds, filtered by stage.
public enum DossierList {
    public static let perPage = 30

    public struct Filter: Sendable, Hashable {
        /// open, overdue, due-soon, finished or all.
        public var status: String
        public var code: String
        public var page: Int
    }

    public struct Item: Sendable {
        public var id: UUID
        public var code: String
        public var procedureName: String
        public var status: DossierStatus
        public var appointment: LocalDateTime?
        public var legalDue: LocalDateTime?
        public var holderUnitID: UUID
        public var overdue: Bool
    }

    public struct Result: Sendable {
        public var items: [Item]
        public var total: Int
    }

    /// `scope` nil: every dossier (coordinators); otherwise those touching these units.
    public static func load(_ filter: Filter, scope: [UUID]?, today: LocalDateTime, calendar: HolidayCalendar, on db: any Database) async throws -> Result {
        let sql = db.sql
        var conditions = SQLQueryString("1 = 1")
        if let scope {
            let ids = scope.map(\.uuidString)
            conditions.appendInterpolation(unsafeRaw: " AND (")
            for (index, id) in ids.enumerated() {
                if index > 0 { conditions.appendInterpolation(unsafeRaw: " OR ") }
                conditions.appendInterpolation(unsafeRaw: "holder_unit_id = ")
                conditions.appendInterpolation(bind: id)
                conditions.appendInterpolation(unsafeRaw: " OR receiving_unit_id = ")
                conditions.appendInterpolation(bind: id)
                conditions.appendInterpolation(unsafeRaw: " OR competent_unit_id = ")
                conditions.appendInterpolation(bind: id)
            }
            conditions.appendInterpolation(unsafeRaw: ")")
        }
        let code = String(filter.code.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }.prefix(40))
        if !code.isEmpty {
            conditions.appendInterpolation(unsafeRaw: " AND code LIKE ")
            conditions.appendInterpolation(bind: "%\(code.replacingOccurrences(of: "%", with: ""))%")
        }
        let openStatuses = "(1, 2, 4, 5, 6, 9)"
        let todayStart = "\(today.date.iso)T00:00"
        switch filter.status {
        case "open": conditions.appendInterpolation(unsafeRaw: " AND status IN \(openStatuses)")
        case "overdue":
            conditions.appendInterpolation(unsafeRaw: " AND status IN (2, 4, 6) AND legal_due < ")
            conditions.appendInterpolation(bind: todayStart)
        case "due-soon":
            let soon = calendar.addingWorkingDays(2, to: today.date)
            conditions.appendInterpolation(unsafeRaw: " AND status IN (2, 4, 6) AND legal_due >= ")
            conditions.appendInterpolation(bind: todayStart)
            conditions.appendInterpolation(unsafeRaw: " AND legal_due <= ")
            conditions.appendInterpolation(bind: "\(soon.iso)T23:59")
        case "finished": conditions.appendInterpolation(unsafeRaw: " AND status IN (3, 7, 8, 10)")
        default: break
        }
        var countQuery = SQLQueryString("SELECT COUNT(*) AS n FROM dossiers WHERE ")
        countQuery += conditions
        let total = try await sql.raw(countQuery).first()?.decode(column: "n", as: Int.self) ?? 0
        var listQuery = SQLQueryString("SELECT id, code, procedure_name, status, appointment, legal_due, holder_unit_id FROM dossiers WHERE ")
        listQuery += conditions
        listQuery.appendInterpolation(unsafeRaw: " ORDER BY updated_at DESC, code DESC LIMIT \(perPage) OFFSET \(max(0, filter.page - 1) * perPage)")
        let items = try await sql.raw(listQuery).all().map { row -> Item in
            let status = DossierStatus(rawValue: try row.decode(column: "status", as: Int.self)) ?? .newOnline
            let due = DossierCoding.moment(try row.decode(column: "legal_due", as: String?.self))
            return Item(id: try DossierCoding.uuid(row, "id"), code: try row.decode(column: "code", as: String.self),
                        procedureName: try row.decode(column: "procedure_name", as: String.self), status: status,
                        appointment: DossierCoding.moment(try row.decode(column: "appointment", as: String?.self)), legalDue: due,
                        holderUnitID: try DossierCoding.uuid(row, "holder_unit_id"),
                        overdue: status.clockRuns && Timeliness.pending(due: due, on: today.date) == .overdue)
        }
        return Result(items: items, total: total)
    }
}
