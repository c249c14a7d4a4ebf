import Platform
import FeedbackRules
import Foundation
import SQLKit
import WorkCalendar

/// A file sent with a case.
public struct FeedbackAttachment: Sendable, Hashable {
    public var fileName: String
    public var contentType: String
    public var data: Data

    public init(fileName: String, contentType: String, data: Data) {
        self.fileName = fileName
        self.contentType = contentType
        self.data = data
    }
}

/// A case as staff see it: the lifecycle, and beside it the sender's data and the content.
public struct FeedbackRecord: Sendable {
    public var id: UUID
    public var code: FeedbackCode
    public var lifecycle: FeedbackCase
    public var sender: Sender
    public var subject: Subject
    public var content: String
    public var procedureName: String?
    public var field: String
    public var linkedCode: String?
    public var version: Int

    public var status: FeedbackStatus { lifecycle.status }
    public var unitID: UUID? { lifecycle.unit.flatMap(UUID.init(uuidString:)) }
}

/// One line of a list: what the register and the staff list show.
public struct FeedbackRow: Sendable, Hashable {
    public var code: String
    public var channel: FeedbackChannel
    public var contentKind: ContentKind
    public var field: String
    public var status: FeedbackStatus
    public var caseClass: CaseClass?
    public var unitID: UUID?
    public var receivedAt: LocalDateTime
    public var registerNumber: Int?
    public var registerDate: String?
    public var dueAt: LocalDateTime?
    public var senderName: String
}

/// The columns lists and reports read, all derived from the lifecycle.
struct FeedbackColumns {
    var status: String
    var caseClass: String?
    var unitID: String?
    var registerYear: Int?
    var registerNumber: Int?
    var registerDate: String?
    var dueAt: String?
    var handledAt: String?
    var timeliness: String?
    var publishedAt: String?
    var question: String?
    var answer: String?
    var rating: String?

    init(_ c: FeedbackCase) {
        status = c.status.rawValue
        caseClass = c.caseClass?.rawValue
        unitID = c.unit
        registerYear = c.registerEntry?.date.year
        registerNumber = c.registerEntry?.number
        registerDate = c.registerEntry?.date.iso
        dueAt = c.openDeadlines.map(\.due).min()?.iso
        handledAt = c.handling?.at.iso
        timeliness = c.timeliness?.rawValue
        publishedAt = c.publication?.at.iso
        question = c.publication?.question
        answer = c.publication?.answer
        rating = c.rating?.satisfaction.rawValue
    }
}

enum FeedbackCoding {
    static let columns = "id, code, lifecycle, sender, subject, content, procedure_name, field, linked_code, version"

    static func record(_ row: any SQLRow) throws -> FeedbackRecord {
        FeedbackRecord(
            id: UUID(uuidString: try row.decode(column: "id", as: String.self)) ?? UUID(),
            code: try FeedbackCode.parse(try row.decode(column: "code", as: String.self)),
            lifecycle: try StoredJSON.decode(FeedbackCase.self, try row.decode(column: "lifecycle", as: String.self)),
            sender: try StoredJSON.decode(Sender.self, try row.decode(column: "sender", as: String.self)),
            subject: try StoredJSON.decode(Subject.self, try row.decode(column: "subject", as: String.self)),
            content: try row.decode(column: "content", as: String.self),
            procedureName: try row.decode(column: "procedure_name", as: String?.self),
            field: try row.decode(column: "field", as: String.self),
            linkedCode: try row.decode(column: "linked_code", as: String?.self),
            version: try row.decode(column: "version", as: Int.self))
    }

    static let rowColumns = "code, channel, content_kind, field, status, case_class, unit_id, received_at, register_number, register_date, due_at, sender"

    static func row(_ row: any SQLRow) throws -> FeedbackRow {
        let sender = try StoredJSON.decode(Sender.self, try row.decode(column: "sender", as: String.self))
        return FeedbackRow(
            code: try row.decode(column: "code", as: String.self),
            channel: FeedbackChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .webForm,
            contentKind: ContentKind(rawValue: try row.decode(column: "content_kind", as: String.self)) ?? .otherIssue,
            field: try row.decode(column: "field", as: String.self),
            status: FeedbackStatus(rawValue: try row.decode(column: "status", as: String.self)) ?? .received,
            caseClass: try row.decode(column: "case_class", as: String?.self).flatMap(CaseClass.init(rawValue:)),
            unitID: try row.decode(column: "unit_id", as: String?.self).flatMap(UUID.init(uuidString:)),
            receivedAt: try row.decodeMoment(column: "received_at"),
            registerNumber: try row.decode(column: "register_number", as: Int?.self),
            registerDate: try row.decode(column: "register_date", as: String?.self),
            dueAt: try row.decode(column: "due_at", as: String?.self).flatMap(LocalDateTime.init(iso:)),
            senderName: sender.organisation.map { "\($0) (\(sender.name))" } ?? sender.name)
    }
}
