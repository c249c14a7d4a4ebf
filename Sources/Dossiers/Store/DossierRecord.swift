import Platform
import DossierRules
import Foundation
import SQLKit
import WorkCalendar

/// A dossier as the staff pages see it: the rules' snapshot plus what the desk recorded.
public struct DossierRecord: Sendable {
    public var id: UUID
    /// The lifecycle, applicant and procedure; `competentUnit` holds the competent unit's id.
    public var snapshot: DossierSnapshot
    public var procedureName: String
    public var receivingUnitID: UUID
    public var competentUnitID: UUID
    /// The unit holding the dossier now (the last handover's receiver).
    public var holderUnitID: UUID
    public var documents: [ReceivedDocument]
    public var feeVND: Int?
    public var registerYear: Int?
    public var registerNumber: Int?
    public var rating: Int?
    public var resultNote: String?
    public var version: Int

    public var code: DossierCode { snapshot.code }
    public var lifecycle: DossierCase { snapshot.lifecycle }
    public var status: DossierStatus { snapshot.lifecycle.status }
}

/// One row of the control slip (Mẫu 05) as stored.
public struct HandoverRow: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// The dossier moves to the next unit or officer.
        case handover
        /// Another unit is asked for its opinion; the dossier stays where it is.
        case consultation
    }

    public var id: Int
    public var kind: Kind
    public var fromUnitID: UUID
    public var fromPerson: String
    public var toUnitID: UUID
    public var toPerson: String
    public var handedAt: LocalDateTime
    public var stepDue: LocalDateTime
    public var completedAt: LocalDateTime?
    public var result: StepResult?
    public var note: String?
}

/// One line of a dossier's handling history: who did what, when.
public struct DossierEventRow: Sendable, Hashable {
    public var at: LocalDateTime
    public var kind: String
    public var status: Int
    public var actorName: String
    public var note: String?
}

enum DossierCoding {
    static let columns = "id, code, procedure_code, procedure_name, field, receiving_unit_id, competent_unit_id, holder_unit_id, channel, "
        + "lifecycle, applicant, documents, fee_vnd, register_year, register_number, rating, contacts, result_note, version"

    static func record(_ row: any SQLRow) throws -> DossierRecord {
        let code = try DossierCode.parse(try row.decode(column: "code", as: String.self))
        let lifecycle = try StoredJSON.decode(DossierCase.self, try row.decode(column: "lifecycle", as: String.self))
        let applicant = try StoredJSON.decode(ApplicantRecord.self, try row.decode(column: "applicant", as: String.self))
        let documents = try StoredJSON.decode([ReceivedDocument].self, try row.decode(column: "documents", as: String.self))
        let competent = try uuid(row, "competent_unit_id")
        let rating = try row.decode(column: "rating", as: Int?.self)
        let contacts = try row.decode(column: "contacts", as: Int?.self)
        let snapshot = DossierSnapshot(
            code: code, procedureCode: try row.decode(column: "procedure_code", as: String.self),
            field: try row.decode(column: "field", as: String.self), competentUnit: competent.uuidString,
            channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self)) ?? .inPerson,
            lifecycle: lifecycle, citizenRating: rating.map { _ in CitizenRating(organisationsContacted: contacts) },
            applicant: applicant, documents: documents.map(\.name))
        return DossierRecord(
            id: try uuid(row, "id"), snapshot: snapshot, procedureName: try row.decode(column: "procedure_name", as: String.self),
            receivingUnitID: try uuid(row, "receiving_unit_id"), competentUnitID: competent, holderUnitID: try uuid(row, "holder_unit_id"),
            documents: documents, feeVND: try row.decode(column: "fee_vnd", as: Int?.self),
            registerYear: try row.decode(column: "register_year", as: Int?.self),
            registerNumber: try row.decode(column: "register_number", as: Int?.self),
            rating: rating, resultNote: try row.decode(column: "result_note", as: String?.self),
            version: try row.decode(column: "version", as: Int.self))
    }

    static func uuid(_ row: any SQLRow, _ column: String) throws -> UUID {
        guard let id = UUID(uuidString: try row.decode(column: column, as: String.self)) else {
            throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: "\(column) is not a UUID"))
        }
        return id
    }

    static func moment(_ text: String?) -> LocalDateTime? { text.flatMap(LocalDateTime.init(iso:)) }
}
