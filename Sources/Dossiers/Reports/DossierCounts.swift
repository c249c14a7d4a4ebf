import DossierRules
import Foundation
import SQLKit
import WorkCalendar

/// Form II.06a kept as running totals: each dossier adds, per day, what it contributes to the
/// form's columns (received online or direct, completed early / on time / late, entering and
/// leaving the pending pile, entering and leaving the overdue pile). A period's report then
/// reads a few thousand day totals instead of a year of dossiers:
/// - received online / direct, completed early / on time / late: the sums over [from, to];
/// - carried over: the pending pile at the end of the day before `from`;
/// - pending: the pile at the end of `to`; overdue: the overdue pile at the end of `to`.
/// Every write replaces the dossier's old contributions by its new ones in the same
/// transaction. The meaning is `DossierSnapshot.classification` with the default policy, and a
/// test checks both give the same report.
public enum DossierCounts {
    public enum Measure: String, Sendable, CaseIterable {
        case acceptedOnline, acceptedDirect, closedEarly, closedOnTime, closedLate, pending, overdue
    }

    public struct Key: Hashable, Sendable {
        public var day: String
        public var field: String
        public var competentUnit: String
        public var receivingUnit: String
        public var agency: String
        public var measure: Measure
    }

    /// What one dossier adds to the totals.
    public static func contributions(_ s: DossierSnapshot, receivingUnitID: UUID) -> [Key: Int] {
        let lifecycle = s.lifecycle
        guard let received = lifecycle.receivedAt else { return [:] }
        var result: [Key: Int] = [:]
        func add(_ day: LocalDate, _ measure: Measure, _ n: Int) {
            let key = Key(day: day.iso, field: s.field, competentUnit: s.competentUnit, receivingUnit: receivingUnitID.uuidString,
                          agency: s.code.agency.text, measure: measure)
            result[key, default: 0] += n
            if result[key] == 0 { result.removeValue(forKey: key) }
        }
        add(received.date, s.channel.isOnline ? .acceptedOnline : .acceptedDirect, 1)
        add(received.date, .pending, 1)
        let closure = lifecycle.closure
        if let closure {
            let measure: Measure = switch s.timeliness(of: closure) {
            case .early: .closedEarly
            case .onTime: .closedOnTime
            case .late: .closedLate
            }
            add(closure.at.date, measure, 1)
            add(closure.at.date, .pending, -1)
        }
        // Overdue at the end of day d: still pending (d before the closure day) and the due day
        // in force at the end of d is before d.
        let changes = lifecycle.dueChanges
        for (index, change) in changes.enumerated() {
            guard let due = change.due else { continue }
            let start = max(change.from.date, due.date.adding(days: 1))
            var end: LocalDate? = index + 1 < changes.count ? changes[index + 1].from.date : nil
            if let closed = closure?.at.date { end = end.map { min($0, closed) } ?? closed }
            if let end, end <= start { continue }
            add(start, .overdue, 1)
            if let end { add(end, .overdue, -1) }
        }
        return result
    }

    /// `new` minus `old`, without zeros.
    public static func difference(_ new: [Key: Int], _ old: [Key: Int]) -> [Key: Int] {
        var result = new
        for (key, value) in old {
            result[key, default: 0] -= value
            if result[key] == 0 { result.removeValue(forKey: key) }
        }
        return result
    }

    /// Adds `deltas` to the stored totals.
    public static func write(_ deltas: [Key: Int], on sql: any SQLDatabase) async throws {
        let entries = Array(deltas.filter { $0.value != 0 })
        var start = 0
        while start < entries.count {
            let slice = entries[start..<min(start + 300, entries.count)]
            var query = SQLQueryString("INSERT INTO dossier_counts (day, field, competent_unit_id, receiving_unit_id, agency_code, measure, n) VALUES ")
            for (index, (key, n)) in slice.enumerated() {
                if index > 0 { query.appendInterpolation(unsafeRaw: ",") }
                query.appendInterpolation(unsafeRaw: "(")
                query.appendInterpolation(binds: [key.day, key.field, key.competentUnit, key.receivingUnit, key.agency, key.measure.rawValue, n])
                query.appendInterpolation(unsafeRaw: ")")
            }
            query.appendInterpolation(unsafeRaw: """
                 ON CONFLICT (day, field, competent_unit_id, receiving_unit_id, agency_code, measure)
                DO UPDATE SET n = dossier_counts.n + excluded.n
                """)
            try await sql.raw(query).run()
            start += 300
        }
    }
}
