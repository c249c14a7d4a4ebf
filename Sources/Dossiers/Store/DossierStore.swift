import DossierRules
import FluentKit
import Formats
import Foundation
import Platform
import SQLKit
import WorkCalendar
import Localization

/// What the desk decided at reception (Decree 61/2018/NĐ-CP Art. 17.1).
public enum ReceptionOutcome: Sendable, Hashable {
    /// Complete and correct: receipt and appointment (Mẫu 01).
    case accept
    /// Incomplete: everything missing, listed at once (Mẫu 02).
    case requestSupplement(reason: String)
    /// Not acceptable, with the reasons (Mẫu 03).
    case refuse(reason: String)
}

/// A dossier handed in at the desk, validated and ready to be written.
public struct ReceptionDraft: Sendable {
    public var procedureCode: String
    public var procedureName: String
    public var field: String
    public var period: Period
    public var workflow: Workflow
    public var receivingUnitID: UUID
    /// The receiving agency's code, the first part of the dossier code.
    public var receivingAgency: Formats.AgencyCode
    public var competentUnitID: UUID
    public var channel: SubmissionChannel
    public var applicant: ApplicantRecord
    public var documents: [ReceivedDocument]
    public var feeVND: Int?
    public var outcome: ReceptionOutcome
    public var at: LocalDateTime

    public init(procedureCode: String, procedureName: String, field: String, period: Period, workflow: Workflow,
                receivingUnitID: UUID, receivingAgency: Formats.AgencyCode, competentUnitID: UUID, channel: SubmissionChannel,
                applicant: ApplicantRecord, documents: [ReceivedDocument], feeVND: Int?, outcome: ReceptionOutcome,
                at: LocalDateTime) {
        self.procedureCode = procedureCode
        self.procedureName = procedureName
        self.field = field
        self.period = period
        self.workflow = workflow
        self.receivingUnitID = receivingUnitID
        self.receivingAgency = receivingAgency
        self.competentUnitID = competentUnitID
        self.channel = channel
        self.applicant = applicant
        self.documents = documents
        self.feeVND = feeVND
        self.outcome = outcome
        self.at = at
    }
}

/// Why a write was refused; nothing was written.

/// Reads and writes dossiers. Every write validates through the rules first, then writes the
/// row, its deadlines, its history, the audit record and the change note in one transaction.
public enum DossierStore {
    /// Receives a dossier: allocates its code (and, when accepted, its register number) and
    /// records the outcome. Returns the new dossier's id and code.
    /// With `notices`, the applicant who agreed is told by e-mail (`DossierNotices`), in the same transaction.
    public static func receive(_ draft: ReceptionDraft, actor: AuditActor, calendar: HolidayCalendar,
                               notices: DossierNotices.Settings? = nil, on handle: DatabaseHandle) async throws -> (id: UUID, code: DossierCode) {
        var initial = DossierCase(submittedAt: draft.at, period: draft.period, cutoff: draft.workflow.cutoff)
        let event: DossierEvent
        switch draft.outcome {
        case .accept: event = .accept(at: draft.at)
        case .requestSupplement(let reason): event = .requestSupplement(at: draft.at, reason: reason)
        case .refuse(let reason): event = .refuse(at: draft.at, reason: reason)
        }
        do { try initial.apply(event, calendar: calendar) } catch { throw Refusal(error.text) }
        let id = UUID()
        let lifecycle = initial
        let code = try await handle.writeTransaction { tx in
            let sql = tx.sql
            let day = draft.at.date
            let sequence = try await DossierSequences.next(scope: draft.receivingAgency.text, period: DossierSequences.dayKey(day), on: sql)
            let code: DossierCode
            do { code = try DossierCode.make(agency: draft.receivingAgency, day: day, sequence: sequence) } catch let error as DossierCodeError {
                throw Refusal(error.text)
            }
            var register: (year: Int, number: Int)?
            if draft.outcome == .accept {
                register = (day.year, try await DossierSequences.next(scope: "register:\(draft.receivingUnitID.uuidString)", period: String(day.year), on: sql))
            }
            let snapshot = DossierSnapshot(
                code: code, procedureCode: draft.procedureCode, field: draft.field, competentUnit: draft.competentUnitID.uuidString,
                channel: draft.channel, lifecycle: lifecycle, applicant: draft.applicant, documents: draft.documents.map(\.name))
            let columns = DossierColumns(snapshot)
            try await sql.raw("""
                INSERT INTO dossiers (id, code, agency_code, code_day, sequence, procedure_code, procedure_name, field,
                  receiving_unit_id, competent_unit_id, holder_unit_id, channel, online, status, submitted_at, accepted_on,
                  closed_at, closed_on, closure_kind, completion, legal_due, appointment, apologised, register_year,
                  register_number, fee_vnd, lifecycle, applicant, documents, version, updated_at)
                VALUES (\(bind: id.uuidString), \(bind: code.text), \(bind: draft.receivingAgency.text), \(bind: day.iso),
                  \(bind: sequence), \(bind: draft.procedureCode), \(bind: draft.procedureName), \(bind: draft.field),
                  \(bind: draft.receivingUnitID.uuidString), \(bind: draft.competentUnitID.uuidString),
                  \(bind: draft.receivingUnitID.uuidString), \(bind: draft.channel.rawValue), \(bind: draft.channel.isOnline ? 1 : 0),
                  \(bind: columns.status), \(bind: lifecycle.submittedAt.iso), \(bind: columns.acceptedOn), \(bind: columns.closedAt),
                  \(bind: columns.closedOn), \(bind: columns.closureKind), \(bind: columns.completion), \(bind: columns.legalDue),
                  \(bind: columns.appointment), 0, \(bind: register?.year), \(bind: register?.number), \(bind: draft.feeVND),
                  \(bind: try StoredJSON.encode(lifecycle)), \(bind: try StoredJSON.encode(draft.applicant)),
                  \(bind: try StoredJSON.encode(draft.documents)), 1, \(bind: draft.at.iso))
                """).run()
            try await writeDeadlines(id, columns, replacing: false, on: sql)
            try await DossierCounts.write(DossierCounts.contributions(snapshot, receivingUnitID: draft.receivingUnitID), on: sql)
            try await addEvent(id, at: draft.at, kind: "submit", status: DossierStatus.newOnline.code, actor: actor, note: nil, on: sql)
            try await addEvent(id, at: draft.at, kind: event.kind.rawValue, status: columns.status, actor: actor, note: reasonNote(event), on: sql)
            try await Audit.record(
                on: tx, actor: actor, action: "dossier.receive", entityType: "dossier", entityID: code.text, label: draft.procedureName,
                after: ["status": String(columns.status), "procedure": draft.procedureCode, "channel": draft.channel.rawValue])
            try await noteChange(code.text, at: draft.at, on: sql)
            if let notices, draft.outcome == .accept, let message = DossierNotices.draft(
                .received, code: code.text, procedure: draft.procedureName, applicant: draft.applicant, lifecycle: lifecycle,
                at: draft.at, settings: notices) {
                try await Outbox.enqueue(message, at: actor.at, on: tx)
            }
            return code
        }
        return (id, code)
    }

    // MARK: Reading

    public static func find(id: UUID, on db: any Database) async throws -> DossierRecord? {
        let sql = db.sql
        guard let row = try await sql.raw("SELECT \(unsafeRaw: DossierCoding.columns) FROM dossiers WHERE id = \(bind: id.uuidString)").first() else {
            return nil
        }
        return try DossierCoding.record(row)
    }

    public static func require(id: UUID, on db: any Database) async throws -> DossierRecord {
        guard let record = try await find(id: id, on: db) else { throw AppError.notFound }
        return record
    }

    public static func find(code: String, on db: any Database) async throws -> DossierRecord? {
        let sql = db.sql
        guard let row = try await sql.raw("SELECT \(unsafeRaw: DossierCoding.columns) FROM dossiers WHERE code = \(bind: code)").first() else {
            return nil
        }
        return try DossierCoding.record(row)
    }

    public static func events(of id: UUID, on db: any Database) async throws -> [DossierEventRow] {
        let sql = db.sql
        return try await sql.raw("SELECT at, kind, status, actor_name, note FROM dossier_events WHERE dossier_id = \(bind: id.uuidString) ORDER BY id")
            .all().map { row in
                DossierEventRow(at: try row.decodeMoment(column: "at"),
                                kind: try row.decode(column: "kind", as: String.self), status: try row.decode(column: "status", as: Int.self),
                                actorName: try row.decode(column: "actor_name", as: String.self),
                                note: try row.decode(column: "note", as: String?.self))
            }
    }

    public static func handovers(of id: UUID, on db: any Database) async throws -> [HandoverRow] {
        let sql = db.sql
        return try await sql.raw("""
            SELECT id, kind, from_unit_id, from_person, to_unit_id, to_person, handed_at, step_due, completed_at, result, note
            FROM dossier_handovers WHERE dossier_id = \(bind: id.uuidString) ORDER BY id
            """).all().map(handover)
    }

    static func handover(_ row: any SQLRow) throws -> HandoverRow {
        HandoverRow(
            id: try row.decode(column: "id", as: Int.self),
            kind: HandoverRow.Kind(rawValue: try row.decode(column: "kind", as: String.self)) ?? .handover,
            fromUnitID: try DossierCoding.uuid(row, "from_unit_id"), fromPerson: try row.decode(column: "from_person", as: String.self),
            toUnitID: try DossierCoding.uuid(row, "to_unit_id"), toPerson: try row.decode(column: "to_person", as: String.self),
            handedAt: try row.decodeMoment(column: "handed_at"),
            stepDue: try row.decodeMoment(column: "step_due"),
            completedAt: DossierCoding.moment(try row.decode(column: "completed_at", as: String?.self)),
            result: try row.decode(column: "result", as: String?.self).flatMap(StepResult.init(rawValue:)),
            note: try row.decode(column: "note", as: String?.self))
    }

    // MARK: Shared write steps

    static func writeDeadlines(_ id: UUID, _ columns: DossierColumns, replacing: Bool, on sql: any SQLDatabase) async throws {
        if replacing { try await sql.raw("DELETE FROM dossier_deadlines WHERE dossier_id = \(bind: id.uuidString)").run() }
        for change in columns.deadlines {
            try await sql.raw("INSERT INTO dossier_deadlines (dossier_id, from_at, due_on) VALUES (\(bind: id.uuidString), \(bind: change.from), \(bind: change.dueOn))").run()
        }
    }

    static func addEvent(_ id: UUID, at: LocalDateTime, kind: String, status: Int, actor: AuditActor, note: String?, on sql: any SQLDatabase) async throws {
        try await sql.raw("""
            INSERT INTO dossier_events (dossier_id, at, kind, status, actor_id, actor_name, note)
            VALUES (\(bind: id.uuidString), \(bind: at.iso), \(bind: kind), \(bind: status), \(bind: actor.personID?.uuidString), \(bind: actor.name), \(bind: note))
            """).run()
    }

    /// Tells every app instance that this dossier's public view changed (see `LookupCache`).
    static func noteChange(_ code: String, at: LocalDateTime, on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO dossier_changes (code, at) VALUES (\(bind: code), \(bind: at.iso))").run()
    }

    static func reasonNote(_ event: DossierEvent) -> String? {
        switch event {
        case .refuse(_, let reason), .requestSupplement(_, let reason, _), .stop(_, let reason), .apologise(_, let reason, _): reason
        default: nil
        }
    }
}
