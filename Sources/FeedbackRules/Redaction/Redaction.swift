import WorkCalendar
import Localization

/// Kinds of personal data the redactor removes.
public enum PersonalDataKind: String, Sendable, Hashable, Codable, CaseIterable {
    case name, phone, email, address
    /// A 9-digit identity card or 12-digit citizen ID number.
    case idNumber = "id_number"

    public var name: LocalizedText {
        switch self {
        case .name: LocalizedText(vi: "họ tên", en: "name")
        case .phone: LocalizedText(vi: "số điện thoại", en: "phone number")
        case .email: LocalizedText(vi: "thư điện tử", en: "e-mail")
        case .address: LocalizedText(vi: "địa chỉ", en: "address")
        case .idNumber: LocalizedText(vi: "số định danh", en: "ID number")
        }
    }
}

/// The sender's own data, removed wherever it appears (in any case, with or without
/// diacritics, with any spacing).
public struct KnownPersonalData: Sendable, Hashable, Codable {
    public var names: [String]
    public var phones: [String]
    public var emails: [String]
    public var addresses: [String]
    public var idNumbers: [String]

    public init(names: [String] = [], phones: [String] = [], emails: [String] = [], addresses: [String] = [],
                idNumbers: [String] = []) {
        self.names = names
        self.phones = phones
        self.emails = emails
        self.addresses = addresses
        self.idNumbers = idNumbers
    }

    /// The data of `sender` (name, organisation's contact, phone, e-mail, address), plus an
    /// ID number if one is known.
    public init(sender: Sender, idNumber: String? = nil) {
        self.init(names: [sender.name], phones: sender.phone.map { [$0.national] } ?? [],
                  emails: sender.email.map { [$0.value] } ?? [], addresses: [sender.address],
                  idNumbers: idNumber.map { [$0] } ?? [])
    }

    public static let none = KnownPersonalData()
}

/// One piece of personal data found in a text.
public struct RedactionFinding: Sendable, Hashable {
    public let range: Range<String.Index>
    public let kind: PersonalDataKind
    /// The text found (for the staff preview only).
    public let text: String
}

/// The staff preview: the original text cut into pieces, the personal ones marked.
public struct RedactionPreview: Sendable, Hashable {
    public struct Segment: Sendable, Hashable {
        public let text: String
        /// Nil for ordinary text.
        public let kind: PersonalDataKind?
    }

    public let segments: [Segment]
    public let placeholder: String

    /// The original with every finding between `open` and `close`, e.g. "tôi là ⟦Nguyễn Văn An⟧".
    public func marked(open: String = "⟦", close: String = "⟧") -> String {
        segments.map { $0.kind == nil ? $0.text : open + $0.text + close }.joined()
    }

    /// What will be published.
    public var redacted: String {
        segments.map { $0.kind == nil ? $0.text : placeholder }.joined()
    }

    public var findingCount: Int { segments.filter { $0.kind != nil }.count }
}
