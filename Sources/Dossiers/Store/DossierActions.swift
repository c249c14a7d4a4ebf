import DossierRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar

/// Something staff do to a dossier after reception.
public enum DossierAction: Sendable, Hashable {
    /// Accept an online or postal submission (status 1) after checking it (Mẫu 01).
    case accept
    /// Refuse it at reception (Mẫu 03).
    case refuse(reason: String)
    /// Hand the dossier to the competent unit, which starts processing (Decree 61 Art. 18).
    case startProcessing(toUnit: UUID, toPerson: String, note: String?)
    /// Pass the dossier to the next unit or officer (a row of Mẫu 05).
    case handover(toUnit: UUID, toPerson: String, note: String?)
    /// Ask another unit for its opinion by `due` (Decree 61 Art. 19.2); the dossier stays.
    case consult(toUnit: UUID, toPerson: String, due: LocalDateTime, question: String)
    /// The consulted unit answered.
    case consultationAnswered(handoverID: Int, answer: String)
    case requestSupplement(reason: String, applicantAtFault: Bool?)
    case supplementReceived
    case requestPayment(note: String?)
    case paymentReceived
    case stop(reason: String)
    case complete(note: String?)
    /// The result was handed over; `receivedBy` is who took it (the applicant or a proxy).
    case returnResult(receivedBy: String)
    case withdraw(note: String?)
    case apologise(reason: String, newDue: LocalDateTime)

    /// The audit and history name of the action.
    public var name: String {
        switch self {
        case .accept: "accept"
        case .refuse: "refuse"
        case .startProcessing: "startProcessing"
        case .handover: "handover"
        case .consult: "consult"
        case .consultationAnswered: "consultationAnswered"
        case .requestSupplement: "requestSupplement"
        case .supplementReceived: "supplementReceived"
        case .requestPayment: "requestPayment"
        case .paymentReceived: "paymentReceived"
        case .stop: "stop"
        case .complete: "complete"
        case .returnResult: "returnResult"
        case .withdraw: "withdraw"
        case .apologise: "apologise"
        }
    }

    /// The lifecycle event this action is, if it is one.
    func event(at moment: LocalDateTime) -> DossierEvent? {
        switch self {
        case .accept: .accept(at: moment)
        case .refuse(let reason): .refuse(at: moment, reason: reason)
        case .startProcessing: .startProcessing(at: moment)
        case .requestSupplement(let reason, let fault): .requestSupplement(at: moment, reason: reason, applicantAtFault: fault)
        case .supplementReceived: .supplementReceived(at: moment)
        case .requestPayment: .requestPayment(at: moment)
        case .paymentReceived: .paymentReceived(at: moment)
        case .stop(let reason): .stop(at: moment, reason: reason)
        case .complete: .complete(at: moment)
        case .returnResult: .returnResult(at: moment)
        case .withdraw: .withdraw(at: moment)
        case .apologise(let reason, let newDue): .apologise(at: moment, reason: reason, newDue: newDue)
        case .handover, .consult, .consultationAnswered: nil
        }
    }

    var note: String? {
        switch self {
        case .refuse(let text), .requestSupplement(let text, _), .stop(let text), .apologise(let text, _): text
        case .startProcessing(_, _, let note), .handover(_, _, let note), .requestPayment(let note), .complete(let note),
             .withdraw(let note): note
        case .consult(_, _, _, let question): question
        case .consultationAnswered(_, let answer): answer
        case .returnResult(let receivedBy): receivedBy
        case .accept, .supplementReceived, .paymentReceived: nil
        }
    }
}

extension DossierStore {
    static let handoverStatuses: Set<DossierStatus> = [.accepted, .processing, .paymentRequested, .processingComplete]

    /// Applies `action` to the dossier `id`, as `actor` of `actorUnit`, at `moment` (now by
    /// default). Refused actions throw `Refusal` and change nothing.
    /// With `notices`, the applicant who agreed is told by e-mail (`DossierNotices`), in the same transaction.
    public static func apply(_ action: DossierAction, to id: UUID, actor: AuditActor, actorUnit: UUID, calendar: HolidayCalendar,
                             at moment: LocalDateTime? = nil, notices: DossierNotices.Settings? = nil, on handle: DatabaseHandle) async throws {
        let moment = moment ?? LocalDateTime(actor.at)
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            // A write first: it takes the row (PostgreSQL) or the file (SQLite) for this transaction.
            try await sql.raw("UPDATE dossiers SET version = version + 1 WHERE id = \(bind: id.uuidString)").run()
            guard let record = try await find(id: id, on: tx) else { throw AppError.notFound }
            var snapshot = record.snapshot
            if let event = action.event(at: moment) {
                do { try snapshot.lifecycle.apply(event, calendar: calendar) } catch let error as TransitionError { throw Refusal(error.text) }
            } else if !handoverStatuses.contains(record.status) {
                throw Refusal(.init(vi: "Không thể chuyển hồ sơ khi hồ sơ ở trạng thái \"\(record.status.name.vi)\"",
                                           en: "A dossier whose status is \"\(record.status.name.en)\" cannot be handed over"))
            }
            let holder = try await updateHandovers(action, record, snapshot, actor: actor, actorUnit: actorUnit, calendar: calendar, at: moment, on: tx)
            let columns = DossierColumns(snapshot)
            let resultNote: String? = if case .returnResult(let by) = action { by } else { record.resultNote }
            try await sql.raw("""
                UPDATE dossiers SET status = \(bind: columns.status), accepted_on = \(bind: columns.acceptedOn),
                  closed_at = \(bind: columns.closedAt), closed_on = \(bind: columns.closedOn), closure_kind = \(bind: columns.closureKind),
                  completion = \(bind: columns.completion), legal_due = \(bind: columns.legalDue), appointment = \(bind: columns.appointment),
                  apologised = \(bind: columns.apologised ? 1 : 0), holder_unit_id = \(bind: holder.uuidString),
                  lifecycle = \(bind: try StoredJSON.encode(snapshot.lifecycle)), result_note = \(bind: resultNote),
                  updated_at = \(bind: moment.iso)
                WHERE id = \(bind: id.uuidString)
                """).run()
            if record.registerNumber == nil, columns.acceptedOn != nil {
                let number = try await DossierSequences.next(scope: "register:\(record.receivingUnitID.uuidString)", period: String(moment.date.year), on: sql)
                try await sql.raw("UPDATE dossiers SET register_year = \(bind: moment.date.year), register_number = \(bind: number) WHERE id = \(bind: id.uuidString)").run()
            }
            try await writeDeadlines(id, columns, replacing: true, on: sql)
            try await DossierCounts.write(DossierCounts.difference(
                DossierCounts.contributions(snapshot, receivingUnitID: record.receivingUnitID),
                DossierCounts.contributions(record.snapshot, receivingUnitID: record.receivingUnitID)), on: sql)
            try await addEvent(id, at: moment, kind: action.name, status: columns.status, actor: actor, note: action.note, on: sql)
            try await Audit.record(
                on: tx, actor: actor, action: "dossier.\(action.name)", entityType: "dossier", entityID: record.code.text,
                label: record.procedureName, before: ["status": String(record.status.code), "holder": record.holderUnitID.uuidString],
                after: ["status": String(columns.status), "holder": holder.uuidString])
            try await noteChange(record.code.text, at: moment, on: sql)
            if let notices, let event = DossierNotices.event(for: action) {
                if let draft = DossierNotices.draft(
                    event, code: record.code.text, procedure: record.procedureName, applicant: record.snapshot.applicant,
                    lifecycle: snapshot.lifecycle, at: moment, settings: notices) {
                    try await Outbox.enqueue(draft, at: actor.at, on: tx)
                }
            }
        }
    }

    /// Keeps the control slip (Mẫu 05) in step with the action; returns the unit holding the
    /// dossier afterwards.
    static func updateHandovers(_ action: DossierAction, _ record: DossierRecord, _ after: DossierSnapshot, actor: AuditActor, actorUnit: UUID,
                                calendar: HolidayCalendar, at moment: LocalDateTime, on tx: any Database) async throws -> UUID {
        let sql = tx.sql
        let rows = try await handovers(of: record.id, on: tx)
        let steps = rows.filter { $0.kind == .handover }
        let open = steps.last { $0.completedAt == nil }
        let workflow = try await WorkflowStore.find(record.snapshot.procedureCode, on: sql)
        func close(_ row: HandoverRow) async throws {
            let result = StepResult.of(completedAt: moment, due: row.stepDue)
            try await sql.raw("UPDATE dossier_handovers SET completed_at = \(bind: moment.iso), result = \(bind: result.rawValue) WHERE id = \(bind: row.id)").run()
        }
        func insert(_ kind: HandoverRow.Kind, to unit: UUID, person: String, due: LocalDateTime, note: String?) async throws {
            try await sql.raw("""
                INSERT INTO dossier_handovers (dossier_id, kind, from_unit_id, from_person, to_unit_id, to_person, handed_at, step_due, note)
                VALUES (\(bind: record.id.uuidString), \(bind: kind.rawValue), \(bind: record.holderUnitID.uuidString), \(bind: actor.name),
                  \(bind: unit.uuidString), \(bind: person), \(bind: moment.iso), \(bind: due.iso), \(bind: note))
                """).run()
        }
        switch action {
        case .startProcessing(let unit, let person, let note), .handover(let unit, let person, let note):
            if let open { try await close(open) }
            let due = workflow.stepDue(index: steps.count, handedAt: moment, legalDue: after.lifecycle.legalDue, calendar: calendar)
            try await insert(.handover, to: unit, person: person, due: due, note: note)
            return unit
        case .consult(let unit, let person, let due, let question):
            try await insert(.consultation, to: unit, person: person, due: due, note: question)
            return record.holderUnitID
        case .consultationAnswered(let rowID, let answer):
            guard let row = rows.first(where: { $0.id == rowID && $0.kind == .consultation && $0.completedAt == nil }) else {
                throw Refusal(.init(vi: "Không có yêu cầu xin ý kiến đang chờ trả lời", en: "No consultation is waiting for an answer"))
            }
            let result = StepResult.of(completedAt: moment, due: row.stepDue)
            try await sql.raw("""
                UPDATE dossier_handovers SET completed_at = \(bind: moment.iso), result = \(bind: result.rawValue),
                  note = \(bind: [row.note, answer].compactMap { $0 }.joined(separator: " — ")) WHERE id = \(bind: row.id)
                """).run()
            return record.holderUnitID
        case .complete, .stop:
            // The result (or the refusal) goes back to the desk to be returned.
            if let open { try await close(open) }
            if record.holderUnitID != record.receivingUnitID {
                try await insert(.handover, to: record.receivingUnitID, person: "", due: after.lifecycle.appointment ?? moment, note: nil)
                return record.receivingUnitID
            }
            return record.holderUnitID
        case .returnResult, .withdraw:
            if let open { try await close(open) }
            return record.holderUnitID
        default:
            return record.holderUnitID
        }
    }

    /// Records the applicant's rating of a returned dossier, once (Decree 61/2018 Art. 31–32;
    /// Circular 01/2018/TT-VPCP Art. 12): the satisfaction level and how many bodies the
    /// applicant had to contact (indicator 4, Art. 13.4).
    public static func rate(code: String, score: Int, contacts: Int?, at moment: LocalDateTime,
                            on handle: DatabaseHandle) async throws {
        guard Satisfaction(rawValue: score) != nil else {
            throw Refusal(.init(vi: "Hãy chọn mức độ hài lòng", en: "Choose how satisfied you are"))
        }
        if let contacts, !(0...20).contains(contacts) {
            throw Refusal(.init(vi: "Số cơ quan phải liên hệ phải từ 0 đến 20", en: "The number of bodies contacted must be 0 to 20"))
        }
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            try await sql.raw("UPDATE dossiers SET version = version + 1 WHERE code = \(bind: code)").run()
            guard let record = try await find(code: code, on: tx) else { throw AppError.notFound }
            guard record.status == .resultReturned else {
                throw Refusal(.init(vi: "Chỉ đánh giá được sau khi đã nhận kết quả", en: "A rating can be given only after the result is returned"))
            }
            guard record.rating == nil else {
                throw Refusal(.init(vi: "Hồ sơ này đã được đánh giá", en: "This dossier has already been rated"))
            }
            try await sql.raw("UPDATE dossiers SET rating = \(bind: score), contacts = \(bind: contacts), rated_at = \(bind: moment.iso) WHERE id = \(bind: record.id.uuidString)").run()
            let citizen = AuditActor(personID: nil, name: "applicant", address: nil, requestID: nil, at: moment.foundationDate)
            try await addEvent(record.id, at: moment, kind: "rate", status: record.status.code, actor: citizen, note: String(score), on: sql)
            try await Audit.record(on: tx, actor: citizen, action: "dossier.rate", entityType: "dossier", entityID: code,
                                   label: record.procedureName, after: ["rating": String(score)])
        }
    }
}
