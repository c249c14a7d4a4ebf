import Platform
import FeedbackRules
import FluentKit
import Foundation
import SQLKit
import WorkCalendar

/// The staff list and the register (sổ tiếp nhận).
public enum FeedbackList {
    public struct Filter: Sendable {
        public var status: String
        public var code: String
        public var page: Int
        public init(status: String = "open", code: String = "", page: Int = 1) {
            self.status = status
            self.code = code
            self.page = page
        }
    }

    public static let perPage = 50

    /// Cases matching `filter`, open ones by deadline; `units` limits to cases held by those units.
    public static func load(_ filter: Filter, units: [UUID]?, on db: any Database) async throws -> (rows: [FeedbackRow], total: Int) {
        let sql = db.sql
        var conditions: [SQLQueryString] = []
        let open = FeedbackStatus.allCases.filter(\.isOpen).map(\.rawValue)
        switch filter.status {
        case "open": conditions.append("status IN (\(binds: open))")
        case "all", "": break
        default: conditions.append("status = \(bind: filter.status)")
        }
        if !filter.code.isEmpty { conditions.append("code LIKE \(bind: "%" + filter.code.uppercased() + "%")") }
        if let units { conditions.append("unit_id IN (\(binds: units.map(\.uuidString)))") }
        let whereClause: SQLQueryString = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order: SQLQueryString = filter.status == "open" ? "ORDER BY due_at, code" : "ORDER BY received_at DESC, code DESC"
        let offset = (max(1, filter.page) - 1) * perPage
        let rows = try await sql.raw("SELECT \(unsafeRaw: FeedbackCoding.rowColumns) FROM feedback_cases \(whereClause) \(order) LIMIT \(unsafeRaw: String(perPage)) OFFSET \(unsafeRaw: String(offset))")
            .all().map(FeedbackCoding.row)
        let total = try await sql.raw("SELECT COUNT(*) AS n FROM feedback_cases \(whereClause)").first()?.decode(column: "n", as: Int.self) ?? 0
        return (rows, total)
    }

    /// The register of `year`, by register number.
    public static func register(year: Int, on db: any Database) async throws -> [FeedbackRow] {
        let sql = db.sql
        return try await sql.raw("""
            SELECT \(unsafeRaw: FeedbackCoding.rowColumns) FROM feedback_cases WHERE register_year = \(bind: year) ORDER BY register_number
            """).all().map(FeedbackCoding.row)
    }
}
