import WorkCalendar
import Localization

/// What a sender (or staff, for phone, post and in-person entries) typed, as typed. Every
/// field is a string so the form can be shown again with the sender's own text after an error.
public struct SubmissionForm: Sendable, Hashable, Codable {
    /// `individual` or `organisation` (`SenderKind` raw values); empty means individual.
    public var senderKind: String
    /// Full name of the person (for an organisation: the contact person).
    public var name: String
    public var address: String
    public var phone: String
    public var email: String
    /// The organisation's name (required when `senderKind` is `organisation`).
    public var organisation: String
    /// The procedure concerned, a catalogue code (`1.000893`); or empty.
    public var procedureCode: String
    /// The regulation concerned, named in free text; or empty.
    public var regulation: String
    /// A `ContentKind` raw value or the clause number of Decree 20/2008 Art. 5 (`1`…`8`).
    public var contentKind: String
    public var content: String
    /// The box "I agree to the processing of my personal data for handling this feedback".
    public var consent: Bool
    /// A field hidden from people; bots fill it. Must stay empty.
    public var honeypot: String

    public init(senderKind: String = "", name: String = "", address: String = "", phone: String = "",
                email: String = "", organisation: String = "", procedureCode: String = "", regulation: String = "",
                contentKind: String = "", content: String = "", consent: Bool = false, honeypot: String = "") {
        self.senderKind = senderKind
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.organisation = organisation
        self.procedureCode = procedureCode
        self.regulation = regulation
        self.contentKind = contentKind
        self.content = content
        self.consent = consent
        self.honeypot = honeypot
    }
}

/// The fields of the form, for tying each error to its input.
public enum FormField: String, Sendable, Hashable, Codable, CaseIterable {
    case senderKind, name, address, phone, email, organisation, procedureCode, regulation, contentKind,
         content, consent, honeypot

    public var label: LocalizedText {
        switch self {
        case .senderKind: LocalizedText(vi: "Người gửi là", en: "Sender is")
        case .name: LocalizedText(vi: "Họ và tên", en: "Full name")
        case .address: LocalizedText(vi: "Địa chỉ", en: "Address")
        case .phone: LocalizedText(vi: "Số điện thoại", en: "Phone number")
        case .email: LocalizedText(vi: "Thư điện tử", en: "E-mail")
        case .organisation: LocalizedText(vi: "Tên tổ chức", en: "Organisation")
        case .procedureCode: LocalizedText(vi: "Mã thủ tục hành chính", en: "Procedure code")
        case .regulation: LocalizedText(vi: "Quy định hành chính", en: "Regulation")
        case .contentKind: LocalizedText(vi: "Loại nội dung", en: "Kind of content")
        case .content: LocalizedText(vi: "Nội dung phản ánh, kiến nghị", en: "Content")
        case .consent: LocalizedText(vi: "Đồng ý xử lý dữ liệu cá nhân", en: "Consent to personal-data processing")
        case .honeypot: LocalizedText(vi: "Trường kiểm tra", en: "Check field")
        }
    }
}

/// Lengths, in characters, after cleaning.
public struct SubmissionLimits: Sendable, Hashable, Codable {
    public var name: Int
    public var address: Int
    public var organisation: Int
    public var regulation: Int
    /// Shortest content accepted: Art. 7.1.c asks for clear content, which a few letters are not.
    public var contentMinimum: Int
    public var contentMaximum: Int

    public init(name: Int = 150, address: Int = 300, organisation: Int = 200, regulation: Int = 500,
                contentMinimum: Int = 10, contentMaximum: Int = 10_000) {
        self.name = name
        self.address = address
        self.organisation = organisation
        self.regulation = regulation
        self.contentMinimum = contentMinimum
        self.contentMaximum = contentMaximum
    }

    /// The web form's limits.
    public static let standard = SubmissionLimits()
    /// Open311 GeoReport v2 limits `description` to 4,000 characters.
    public static let open311 = SubmissionLimits(contentMaximum: 4_000)
}

/// Who sent a feedback and how to reach them. Personal data: never public.
public struct Sender: Sendable, Hashable, Codable {
    public var kind: SenderKind
    public var name: String
    public var address: String
    /// Nil only for a letter that gives no phone (see `SubmissionValidator.requirePhone`).
    public var phone: PhoneNumber?
    public var email: EmailAddress?
    public var organisation: String?

    public init(kind: SenderKind = .individual, name: String, address: String, phone: PhoneNumber?,
                email: EmailAddress? = nil, organisation: String? = nil) {
        self.kind = kind
        self.name = name
        self.address = address
        self.phone = phone
        self.email = email
        self.organisation = organisation
    }
}

/// What the feedback is about: a procedure of the catalogue, a regulation named in free
/// text, or both. At least one is present.
public struct Subject: Sendable, Hashable, Codable {
    public let procedureCode: ProcedureCode?
    public let regulation: String?

    /// Nil when both are missing.
    public init?(procedureCode: ProcedureCode?, regulation: String?) {
        let named = regulation.flatMap { $0.isEmpty ? nil : $0 }
        guard procedureCode != nil || named != nil else { return nil }
        self.procedureCode = procedureCode
        self.regulation = named
    }
}

/// A valid feedback, cleaned (NFC, no control characters), ready to be registered.
public struct Submission: Sendable, Hashable, Codable {
    public let channel: FeedbackChannel
    public let sender: Sender
    public let subject: Subject
    public let contentKind: ContentKind
    public let content: String
    /// Always true: a submission without consent is refused.
    public let consentGiven: Bool

    public init(channel: FeedbackChannel, sender: Sender, subject: Subject, contentKind: ContentKind,
                content: String) {
        self.channel = channel
        self.sender = sender
        self.subject = subject
        self.contentKind = contentKind
        self.content = content
        consentGiven = true
    }
}
