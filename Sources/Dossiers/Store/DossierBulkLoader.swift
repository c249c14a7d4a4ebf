import DossierRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Writes many finished-or-pending dossiers at once (demo data and benchmark databases). Each
/// dossier's lifecycle has already been run through the rules; the columns come from
/// `DossierColumns` as for any other write, and the counters are brought up to the numbers used.
public enum DossierBulkLoader {
    public struct Item: Sendable {
        public var snapshot: DossierSnapshot
        public var procedureName: String
        public var receivingUnitID: UUID
        public var competentUnitID: UUID
        public var documents: [ReceivedDocument]
        public var feeVND: Int?
        public var rating: Int?
        /// The register (Mẫu 06) number, for accepted dossiers.
        public var registerNumber: Int?

        public init(snapshot: DossierSnapshot, procedureName: String, receivingUnitID: UUID, competentUnitID: UUID,
                    documents: [ReceivedDocument], feeVND: Int?, rating: Int?, registerNumber: Int?) {
            self.registerNumber = registerNumber
            self.snapshot = snapshot
            self.procedureName = procedureName
            self.receivingUnitID = receivingUnitID
            self.competentUnitID = competentUnitID
            self.documents = documents
            self.feeVND = feeVND
            self.rating = rating
        }
    }

    /// The next free sequence number of each (agency, YYMMDD) and register (unit, year).
    public static func counters(on db: any Database) async throws -> [String: Int] {
        let sql = db.sql
        var result: [String: Int] = [:]
        for row in try await sql.raw("SELECT scope, period, last FROM dossier_sequences").all() {
            result["\(try row.decode(column: "scope", as: String.self))|\(try row.decode(column: "period", as: String.self))"] = try row.decode(column: "last", as: Int.self)
        }
        return result
    }

    /// Inserts `items` (codes already allocated from `counters`) and records the counters.
    /// `history`: also write the handling history and the control slip (demo data).
    public static func load(_ items: [Item], counters: [String: Int], history: Bool, on handle: DatabaseHandle) async throws {
        let batch = 200
        var start = 0
        while start < items.count {
            let slice = Array(items[start..<min(start + batch, items.count)])
            try await handle.writeTransaction { tx in
                let sql = tx.sql
                try await insert(slice, history: history, on: sql)
            }
            start += batch
        }
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            for (key, last) in counters {
                let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
                guard parts.count == 2 else { continue }
                try await sql.raw("""
                    INSERT INTO dossier_sequences (scope, period, last) VALUES (\(bind: parts[0]), \(bind: parts[1]), \(bind: last))
                    ON CONFLICT (scope, period) DO UPDATE SET last = CASE WHEN dossier_sequences.last > excluded.last
                      THEN dossier_sequences.last ELSE excluded.last END
                    """).run()
            }
        }
    }

    static func insert(_ items: [Item], history: Bool, on sql: any SQLDatabase) async throws {
        var query = SQLQueryString("""
            INSERT INTO dossiers (id, code, agency_code, code_day, sequence, procedure_code, procedure_name, field,
              receiving_unit_id, competent_unit_id, holder_unit_id, channel, online, status, submitted_at, accepted_on,
              closed_at, closed_on, closure_kind, completion, legal_due, appointment, apologised, register_year,
              register_number, fee_vnd, rating, lifecycle, applicant, documents, version, updated_at) VALUES
            """)
        var deadlines: [(String, String, String?)] = []
        var counts: [DossierCounts.Key: Int] = [:]
        var ids: [UUID] = []
        for (index, item) in items.enumerated() {
            let id = UUID()
            ids.append(id)
            let s = item.snapshot
            let c = DossierColumns(s)
            let holder = c.closedAt == nil && s.lifecycle.status.clockRuns ? item.competentUnitID : item.receivingUnitID
            let register = registerNumber(item)
            if index > 0 { query.appendInterpolation(unsafeRaw: ",") }
            query.appendInterpolation(unsafeRaw: "(")
            let values: [any Encodable & Sendable] = [
                id.uuidString, s.code.text, s.code.agency.text, s.code.day.iso, s.code.sequence, s.procedureCode, item.procedureName, s.field,
                item.receivingUnitID.uuidString, item.competentUnitID.uuidString, holder.uuidString, s.channel.rawValue, s.channel.isOnline ? 1 : 0,
                c.status, s.lifecycle.submittedAt.iso,
            ]
            for (position, value) in values.enumerated() {
                if position > 0 { query.appendInterpolation(unsafeRaw: ",") }
                query.appendInterpolation(bind: value)
            }
            let optionals: [String?] = [c.acceptedOn, c.closedAt, c.closedOn, c.closureKind, c.completion, c.legalDue, c.appointment]
            for value in optionals {
                query.appendInterpolation(unsafeRaw: ",")
                query.appendInterpolation(bind: value)
            }
            query.appendInterpolation(unsafeRaw: ",\(c.apologised ? 1 : 0),")
            query.appendInterpolation(bind: register?.year)
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: register?.number)
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: item.feeVND)
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: item.rating)
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: try StoredJSON.encode(s.lifecycle))
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: try StoredJSON.encode(s.applicant))
            query.appendInterpolation(unsafeRaw: ",")
            query.appendInterpolation(bind: try StoredJSON.encode(item.documents))
            query.appendInterpolation(unsafeRaw: ",1,")
            query.appendInterpolation(bind: s.lifecycle.lastChangeAt.iso)
            query.appendInterpolation(unsafeRaw: ")")
            for change in c.deadlines { deadlines.append((id.uuidString, change.from, change.dueOn)) }
            for (key, n) in DossierCounts.contributions(s, receivingUnitID: item.receivingUnitID) { counts[key, default: 0] += n }
        }
        try await sql.raw(query).run()
        try await DossierCounts.write(counts, on: sql)
        if !deadlines.isEmpty {
            var dq = SQLQueryString("INSERT INTO dossier_deadlines (dossier_id, from_at, due_on) VALUES ")
            for (index, d) in deadlines.enumerated() {
                if index > 0 { dq.appendInterpolation(unsafeRaw: ",") }
                dq.appendInterpolation(unsafeRaw: "(")
                dq.appendInterpolation(bind: d.0)
                dq.appendInterpolation(unsafeRaw: ",")
                dq.appendInterpolation(bind: d.1)
                dq.appendInterpolation(unsafeRaw: ",")
                dq.appendInterpolation(bind: d.2)
                dq.appendInterpolation(unsafeRaw: ")")
            }
            try await sql.raw(dq).run()
        }
        guard history else { return }
        for (id, item) in zip(ids, items) {
            for entry in item.snapshot.lifecycle.timeline {
                try await DossierStore.addEvent(id, at: entry.at, kind: entry.event?.rawValue ?? "submit", status: entry.status.code, actor: .system("demo", at: entry.at.foundationDate), note: nil, on: sql)
            }
            let lifecycle = item.snapshot.lifecycle
            if let started = lifecycle.timeline.first(where: { $0.event == .startProcessing })?.at {
                let finished = lifecycle.closure?.at
                let due = lifecycle.legalDue(at: started) ?? lifecycle.legalDue ?? started
                let result = finished.map { StepResult.of(completedAt: $0, due: due).rawValue }
                try await sql.raw("""
                    INSERT INTO dossier_handovers (dossier_id, kind, from_unit_id, from_person, to_unit_id, to_person, handed_at, step_due, completed_at, result)
                    VALUES (\(bind: id.uuidString), 'handover', \(bind: item.receivingUnitID.uuidString), '', \(bind: item.competentUnitID.uuidString), '',
                      \(bind: started.iso), \(bind: due.iso), \(bind: finished?.iso), \(bind: result))
                    """).run()
            }
        }
    }

    static func registerNumber(_ item: Item) -> (year: Int, number: Int)? {
        guard let accepted = item.snapshot.lifecycle.receivedAt, let number = item.registerNumber else { return nil }
        return (accepted.date.year, number)
    }
}
