import FeedbackRules
import FluentKit
import Foundation
import Platform
import SQLKit
import WorkCalendar
import Localization

/// A case arriving, validated and ready to be written.
public struct FeedbackIntake: Sendable {
    public var submission: Submission
    public var procedureName: String?
    /// The procedure's field, or the content kind's short name for a regulation.
    public var field: String
    public var attachments: [FeedbackAttachment]
    public var at: LocalDateTime
    /// Entries typed by staff (phone, letter, in person) go into the register at once (Art. 9.1.c).
    public var registerNow: Bool
    public var linkedCode: String?
    /// Where the case is about (Open311), if given.
    public var location: Open311Location?

    public init(submission: Submission, procedureName: String?, field: String, attachments: [FeedbackAttachment] = [],
                at: LocalDateTime, registerNow: Bool = false, linkedCode: String? = nil, location: Open311Location? = nil) {
        self.location = location
        self.submission = submission
        self.procedureName = procedureName
        self.field = field
        self.attachments = attachments
        self.at = at
        self.registerNow = registerNow
        self.linkedCode = linkedCode
    }
}

/// Why a write was refused; nothing was written.

/// A step on a case: an event of the rules, or the register entry (whose number the store allocates).
public enum FeedbackStep: Sendable {
    case register(at: LocalDateTime)
    case event(FeedbackEvent)
}

/// Reads and writes feedback cases. Every write runs the rules first, then writes the row,
/// its attachments and the audit record in one transaction.
public enum FeedbackStore {
    /// Receives a case: allocates its code `PAKN.YYYYMMDD.NNNN` (and its register number when
    /// typed by staff) and writes it. Returns the code.
    public static func submit(_ intake: FeedbackIntake, by staff: CaseActor, actor: AuditActor, calendar: HolidayCalendar,
                              on handle: DatabaseHandle) async throws -> FeedbackCode {
        try await handle.writeTransaction { tx in
            try await insert(intake, by: staff, actor: actor, calendar: calendar, on: tx)
        }
    }

    static func insert(_ intake: FeedbackIntake, by staff: CaseActor, actor: AuditActor, calendar: HolidayCalendar,
                       on tx: any Database) async throws -> FeedbackCode {
        let sql = tx.sql
        let submission = intake.submission
        var lifecycle = FeedbackCase(receivedAt: intake.at, channel: submission.channel, contentKind: submission.contentKind,
                                     rules: try await FeedbackRuleStore.current(on: tx), by: staff, calendar: calendar)
        let day = intake.at.date
        let sequence = try await FeedbackSequences.next(scope: "code", period: day.iso, on: sql)
        let code: FeedbackCode
        do { code = try FeedbackCode.make(day: day, sequence: sequence) } catch { throw Refusal(error.text) }
        if intake.registerNow {
            let number = try await FeedbackSequences.next(scope: "register", period: String(day.year), on: sql)
            do { try lifecycle.apply(.register(at: intake.at, number: number), by: staff, calendar: calendar) } catch { throw Refusal(error.text) }
        }
        let columns = FeedbackColumns(lifecycle)
        let id = UUID()
        let phone = submission.sender.phone?.lastFour ?? ""
        try await sql.raw("""
            INSERT INTO feedback_cases (id, code, code_day, sequence, channel, content_kind, procedure_code, procedure_name, field,
              status, case_class, unit_id, received_at, received_on, register_year, register_number, register_date, due_at,
              handled_at, timeliness, published_at, published_question, published_answer, rating, linked_code, lifecycle, sender,
              subject, content, phone_last4, location, version, updated_at)
            VALUES (\(bind: id.uuidString), \(bind: code.text), \(bind: day.iso), \(bind: sequence), \(bind: submission.channel.rawValue),
              \(bind: submission.contentKind.rawValue), \(bind: submission.subject.procedureCode?.value), \(bind: intake.procedureName),
              \(bind: intake.field), \(bind: columns.status), \(bind: columns.caseClass), \(bind: columns.unitID), \(bind: intake.at.iso),
              \(bind: day.iso), \(bind: columns.registerYear), \(bind: columns.registerNumber), \(bind: columns.registerDate),
              \(bind: columns.dueAt), \(bind: columns.handledAt), \(bind: columns.timeliness), \(bind: columns.publishedAt),
              \(bind: columns.question), \(bind: columns.answer), \(bind: columns.rating), \(bind: intake.linkedCode),
              \(bind: try StoredJSON.encode(lifecycle)), \(bind: try StoredJSON.encode(submission.sender)),
              \(bind: try StoredJSON.encode(submission.subject)), \(bind: submission.content), \(bind: phone),
              \(bind: try intake.location.map { try StoredJSON.encode($0) }), 1, \(bind: intake.at.iso))
            """).run()
        for file in intake.attachments {
            try await sql.raw("""
                INSERT INTO feedback_attachments (id, case_id, file_name, content_type, size, data)
                VALUES (\(bind: UUID().uuidString), \(bind: id.uuidString), \(bind: file.fileName), \(bind: file.contentType),
                  \(bind: file.data.count), \(bind: file.data))
                """).run()
        }
        try await Audit.record(
            on: tx, actor: actor, action: "feedback.receive", entityType: "feedback", entityID: code.text, label: code.text,
            after: ["channel": submission.channel.rawValue, "kind": submission.contentKind.rawValue, "status": columns.status,
                    "attachments": String(intake.attachments.count)])
        return code
    }

    /// Applies `step` to the case `code`. Returns the case after the step.
    @discardableResult
    public static func apply(_ step: FeedbackStep, to code: String, by staff: CaseActor, actor: AuditActor, calendar: HolidayCalendar,
                             on handle: DatabaseHandle) async throws -> FeedbackRecord {
        try await handle.writeTransaction { tx in
            let sql = tx.sql
            guard var record = try await find(code: code, on: tx) else { throw AppError.notFound }
            let before = record.lifecycle.status
            let event: FeedbackEvent
            switch step {
            case .register(let at):
                let number = try await FeedbackSequences.next(scope: "register", period: String(at.date.year), on: sql)
                event = .register(at: at, number: number)
            case .event(let given):
                event = given
            }
            if case .publish(_, let question) = event {
                let known = Redactor(known: KnownPersonalData(sender: record.sender))
                if !known.findings(in: question).isEmpty {
                    throw Refusal("Nội dung công khai còn thông tin cá nhân của người gửi (Điều 19 Nghị định 20/2008/NĐ-CP).",
                                          "The text to publish still holds the sender's personal data (Decree 20/2008 Art. 19).")
                }
            }
            let wasRequested = record.lifecycle.resubmissionRequested
            do { try record.lifecycle.apply(event, by: staff, calendar: calendar) } catch let error as FeedbackTransitionError { throw Refusal(error.text) }
            let columns = FeedbackColumns(record.lifecycle)
            let updated = try await sql.raw("""
                UPDATE feedback_cases SET status = \(bind: columns.status), case_class = \(bind: columns.caseClass),
                  unit_id = \(bind: columns.unitID), register_year = \(bind: columns.registerYear),
                  register_number = \(bind: columns.registerNumber), register_date = \(bind: columns.registerDate),
                  due_at = \(bind: columns.dueAt), handled_at = \(bind: columns.handledAt), timeliness = \(bind: columns.timeliness),
                  published_at = \(bind: columns.publishedAt), published_question = \(bind: columns.question),
                  published_answer = \(bind: columns.answer), rating = \(bind: columns.rating),
                  lifecycle = \(bind: try StoredJSON.encode(record.lifecycle)), version = version + 1, updated_at = \(bind: event.at.iso)
                WHERE id = \(bind: record.id.uuidString) AND version = \(bind: record.version)
                RETURNING version
                """).first()
            guard let updated else { throw AppError.conflict("feedback \(code)") }
            record.version = try updated.decode(column: "version", as: Int.self)
            try await Audit.record(
                on: tx, actor: actor, action: "feedback.\(event.kind.rawValue)", entityType: "feedback", entityID: code, label: code,
                before: ["status": before.rawValue], after: ["status": columns.status])
            if record.lifecycle.resubmissionRequested, !wasRequested, case .disagree(let at, let reason) = event {
                try await resubmit(record, reason: reason, at: at, actor: actor, calendar: calendar, on: tx)
            }
            return record
        }
    }

    /// After the reopening limit a disagreement counts as a new case linked to the first (rules, choice 10).
    static func resubmit(_ record: FeedbackRecord, reason: String, at: LocalDateTime, actor: AuditActor, calendar: HolidayCalendar,
                         on tx: any Database) async throws {
        let content = "Không đồng ý với trả lời của hồ sơ \(record.code.text): \(reason)"
        let submission = Submission(channel: record.lifecycle.channel, sender: record.sender, subject: record.subject,
                                    contentKind: record.lifecycle.contentKind, content: content)
        _ = try await insert(FeedbackIntake(submission: submission, procedureName: record.procedureName, field: record.field, at: at,
                                            linkedCode: record.code.text),
                             by: .sender, actor: actor, calendar: calendar, on: tx)
    }

    // MARK: Reading

    public static func find(code: String, on db: any Database) async throws -> FeedbackRecord? {
        let sql = db.sql
        guard let row = try await sql.raw("SELECT \(unsafeRaw: FeedbackCoding.columns) FROM feedback_cases WHERE code = \(bind: code)").first() else {
            return nil
        }
        return try FeedbackCoding.record(row)
    }

    public static func require(code: String, on db: any Database) async throws -> FeedbackRecord {
        guard let record = try await find(code: code, on: db) else { throw AppError.notFound }
        return record
    }

    /// The code of the case linked to `code` (a resubmission), if any.
    public static func resubmission(of code: String, on db: any Database) async throws -> String? {
        let sql = db.sql
        return try await sql.raw("SELECT code FROM feedback_cases WHERE linked_code = \(bind: code)").first()?.decode(column: "code", as: String.self)
    }

    public static func attachments(of id: UUID, on db: any Database) async throws -> [(id: String, name: String, size: Int)] {
        let sql = db.sql
        return try await sql.raw("SELECT id, file_name, size FROM feedback_attachments WHERE case_id = \(bind: id.uuidString) ORDER BY file_name")
            .all().map { (try $0.decode(column: "id", as: String.self), try $0.decode(column: "file_name", as: String.self), try $0.decode(column: "size", as: Int.self)) }
    }

    public static func attachment(_ id: String, of caseID: UUID, on db: any Database) async throws -> FeedbackAttachment {
        let sql = db.sql
        guard let row = try await sql.raw("""
            SELECT file_name, content_type, data FROM feedback_attachments WHERE id = \(bind: id) AND case_id = \(bind: caseID.uuidString)
            """).first() else { throw AppError.notFound }
        return FeedbackAttachment(fileName: try row.decode(column: "file_name", as: String.self),
                                  contentType: try row.decode(column: "content_type", as: String.self),
                                  data: try row.decode(column: "data", as: Data.self))
    }

    /// Every lifecycle with its unit, for statistics.
    public static func lifecycles(on db: any Database) async throws -> [FeedbackCase] {
        let sql = db.sql
        return try await sql.raw("SELECT lifecycle FROM feedback_cases").all().map {
            try StoredJSON.decode(FeedbackCase.self, try $0.decode(column: "lifecycle", as: String.self))
        }
    }
}

/// Gap-free counters (Platform's `SequenceTable`): codes per day, register numbers per year.
enum FeedbackSequences {
    static let table = SequenceTable("feedback_sequences")

    static func next(scope: String, period: String, on sql: any SQLDatabase) async throws -> Int {
        guard let value = try await table.next(scope: scope, period: period, on: sql) else {
            throw Refusal("Không cấp được số thứ tự", "No sequence number could be allocated")
        }
        return value
    }
}
