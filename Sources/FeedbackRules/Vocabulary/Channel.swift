import WorkCalendar
import Localization

/// How a feedback reached the receiving body (Decree 20/2008/NĐ-CP Art. 6–7).
public enum FeedbackChannel: String, Sendable, Hashable, Codable, CaseIterable {
    /// The form on this platform (an electronic data message, Art. 7.1.a third dash).
    case webForm = "web"
    /// The national public-service portal (Cổng Dịch vụ công quốc gia) or the provincial one.
    case portal
    /// E-mail (Art. 7.1.a third dash).
    case email
    /// A letter by post (Art. 7.1.a second dash).
    case post
    /// Handed in at the office (Art. 7.1.a first dash).
    case inPerson = "in_person"
    /// The published dedicated phone line; staff write the call down faithfully (Art. 7.2.a, 7.2.đ).
    case phone
    /// A machine client through Open311 GeoReport v2 or the JSON API (an electronic data message).
    case api

    /// The form of Art. 6: written (văn bản) or phone. Opinion forms (Art. 6.3) belong to
    /// consultations the body starts itself and are not a channel of this intake.
    public var isWritten: Bool { self != .phone }

    /// Channels whose entry is typed into the register by staff rather than by the sender.
    public var isStaffEntered: Bool {
        switch self {
        case .post, .inPerson, .phone: true
        case .webForm, .portal, .email, .api: false
        }
    }

    /// Whether the sender typed the text into a system of ours (so the honeypot and the
    /// consent box were on the screen).
    public var isSelfService: Bool { self == .webForm || self == .api }

    public var name: LocalizedText {
        switch self {
        case .webForm: LocalizedText(vi: "Biểu mẫu trên trang này", en: "Web form")
        case .portal: LocalizedText(vi: "Cổng Dịch vụ công", en: "Public-service portal")
        case .email: LocalizedText(vi: "Thư điện tử", en: "E-mail")
        case .post: LocalizedText(vi: "Dịch vụ bưu chính", en: "Post")
        case .inPerson: LocalizedText(vi: "Trực tiếp tại cơ quan", en: "In person")
        case .phone: LocalizedText(vi: "Điện thoại (cán bộ ghi lại)", en: "Phone (transcribed by staff)")
        case .api: LocalizedText(vi: "Open311 / API", en: "Open311 / API")
        }
    }

    /// The article that allows the channel.
    public var citation: LocalizedText {
        self == .phone ? Cite.decree20("7.2") : Cite.decree20("7.1.a")
    }
}

/// Who sends (Decree 20/2008/NĐ-CP Art. 3.2–3.3).
public enum SenderKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Vietnamese citizens, Vietnamese living abroad, foreigners (Art. 3.2).
    case individual
    /// Businesses, associations, agencies, public service units and other lawful organisations (Art. 3.3).
    case organisation

    public var name: LocalizedText {
        switch self {
        case .individual: LocalizedText(vi: "Cá nhân", en: "Individual")
        case .organisation: LocalizedText(vi: "Tổ chức", en: "Organisation")
        }
    }
}
