import WorkCalendar
import Formats

/// How a dossier was submitted (Decree 61/2018/NĐ-CP Art. 16).
public enum SubmissionChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// At the one-stop desk (Art. 16.1).
    case inPerson
    /// By public postal service, a hired service or a representative (Art. 16.2).
    case postal
    /// On the public-service portal (Art. 16.3).
    case online

    /// Form II.06a has one column for online and one for "in person or postal".
    public var isOnline: Bool { self == .online }
}

/// The applicant's personal data. Internal only: never in a public view or a report
/// (Law 91/2025/QH15 on personal data protection; Decree 61/2018 Art. 25.4).
public struct ApplicantRecord: Sendable, Hashable, Codable {
    public var fullName: String
    public var citizenID: String
    public var phone: String
    public var address: String
    public var email: String?
    /// The applicant agreed to be told of the dossier's progress by e-mail (Law 91/2025/QH15:
    /// consent for this purpose, recorded at the desk). Nil in records from before it was asked.
    public var notifyByEmail: Bool?

    public init(fullName: String, citizenID: String, phone: String, address: String, email: String? = nil, notifyByEmail: Bool? = nil) {
        self.fullName = fullName
        self.citizenID = citizenID
        self.phone = phone
        self.address = address
        self.email = email
        self.notifyByEmail = notifyByEmail
    }
}

/// One row of the control slip (Mẫu 05, Phiếu kiểm soát quá trình giải quyết hồ sơ).
public struct HandoverStep: Sendable, Hashable, Codable {
    public var fromUnit: String
    public var fromPerson: String
    public var toUnit: String
    public var toPerson: String
    public var handedAt: LocalDateTime
    /// The deadline of this step.
    public var stepDue: LocalDateTime
    public var completedAt: LocalDateTime?

    public init(fromUnit: String, fromPerson: String, toUnit: String, toPerson: String,
                handedAt: LocalDateTime, stepDue: LocalDateTime, completedAt: LocalDateTime? = nil) {
        self.fromUnit = fromUnit
        self.fromPerson = fromPerson
        self.toUnit = toUnit
        self.toPerson = toPerson
        self.handedAt = handedAt
        self.stepDue = stepDue
        self.completedAt = completedAt
    }
}

/// What the applicant said on the rating form (Circular 01/2018/TT-VPCP Art. 12, 14.3.a).
public struct CitizenRating: Sendable, Hashable, Codable {
    /// Bodies the applicant had to contact to complete the dossier, not counting those the law
    /// itself requires for site checks or appraisal councils (Art. 13.4.b). nil: not answered.
    public var organisationsContacted: Int?

    public init(organisationsContacted: Int?) {
        self.organisationsContacted = organisationsContacted
    }
}

/// Everything the rules need to know about one dossier, as a value: the lifecycle, what it is
/// about and who handles it, and the applicant's personal data (kept for the staff, never
/// published).
public struct DossierSnapshot: Sendable, Hashable, Codable {
    public var code: DossierCode
    /// National procedure code, e.g. `1.000948`.
    public var procedureCode: String
    /// Field (lĩnh vực), the usual grouping of form II.06a.
    public var field: String
    /// The competent unit that settles the dossier (stored apart from the receiving agency,
    /// which is part of the code).
    public var competentUnit: String
    public var channel: SubmissionChannel
    public var lifecycle: DossierCase
    public var handovers: [HandoverStep]
    /// Conduct complaints about this dossier confirmed by the competent body (Circular 01/2018
    /// Art. 13.7.c; unfounded ones do not count). nil: not known.
    public var substantiatedConductComplaints: Int?
    public var citizenRating: CitizenRating?
    public var applicant: ApplicantRecord
    /// Names of the documents in the file.
    public var documents: [String]

    public init(code: DossierCode, procedureCode: String, field: String, competentUnit: String,
                channel: SubmissionChannel, lifecycle: DossierCase, handovers: [HandoverStep] = [],
                substantiatedConductComplaints: Int? = nil, citizenRating: CitizenRating? = nil,
                applicant: ApplicantRecord, documents: [String] = []) {
        self.code = code
        self.procedureCode = procedureCode
        self.field = field
        self.competentUnit = competentUnit
        self.channel = channel
        self.lifecycle = lifecycle
        self.handovers = handovers
        self.substantiatedConductComplaints = substantiatedConductComplaints
        self.citizenRating = citizenRating
        self.applicant = applicant
        self.documents = documents
    }

    /// The receiving agency (from the code).
    public var receivingAgency: AgencyCode { code.agency }
}
