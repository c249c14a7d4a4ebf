import WorkCalendar
import Localization

/// Where a feedback case stands. The steps follow Decree 20/2008/NĐ-CP Art. 9 (reception),
/// Art. 14–15 (handling) and Art. 19 (publication of the result).
public enum FeedbackStatus: String, Sendable, Hashable, Codable, CaseIterable {
    /// Arrived (submitted online, or a letter, call or visit noted) and not yet in the register
    /// (Art. 9.1.b).
    case received
    /// Entered in the register with its number and date (Art. 9.1.c).
    case registered
    /// Classified (Art. 9.1.d): within competence and waiting for a unit, or about conduct /
    /// outside competence and waiting to be forwarded.
    case classified
    /// Not accepted (Art. 9.1.d first dash); the reason was sent to the sender.
    case notAccepted = "not_accepted"
    /// Forwarded to the competent body (Art. 9.1.d second and fourth dashes).
    case forwarded
    /// A unit handles it (Art. 14).
    case assigned
    /// More information was asked of the sender (Art. 14: contact the sender when needed).
    case awaitingSender = "awaiting_sender"
    /// A draft answer waits for the coordinator.
    case drafted
    /// The coordinator approved the answer; it has not gone out yet.
    case approved
    /// The answer was sent to the sender.
    case answered
    /// The question (with personal data removed) and the answer are public (Art. 19).
    case published
    /// Filed (Art. 9.1.đ: kept in the archive and the electronic database).
    case closed

    /// Still waiting for something from us: the Open311 `open` status. Forwarded and not
    /// accepted cases are finished for this body, so they are `closed` there.
    public var isOpen: Bool {
        switch self {
        case .received, .registered, .classified, .assigned, .awaitingSender, .drafted, .approved: true
        case .notAccepted, .forwarded, .answered, .published, .closed: false
        }
    }

    /// An answer has been sent (so the sender may rate it or disagree).
    public var isAnswered: Bool { self == .answered || self == .published || self == .closed }

    public var name: LocalizedText {
        switch self {
        case .received: LocalizedText(vi: "Đã nhận", en: "Received")
        case .registered: LocalizedText(vi: "Đã vào sổ tiếp nhận", en: "Registered")
        case .classified: LocalizedText(vi: "Đã phân loại", en: "Classified")
        case .notAccepted: LocalizedText(vi: "Không tiếp nhận", en: "Not accepted")
        case .forwarded: LocalizedText(vi: "Đã chuyển cơ quan có thẩm quyền", en: "Forwarded to the competent body")
        case .assigned: LocalizedText(vi: "Đang xử lý", en: "Being handled")
        case .awaitingSender: LocalizedText(vi: "Chờ người gửi bổ sung thông tin", en: "Waiting for the sender")
        case .drafted: LocalizedText(vi: "Đang dự thảo trả lời", en: "Answer being drafted")
        case .approved: LocalizedText(vi: "Đã duyệt trả lời", en: "Answer approved")
        case .answered: LocalizedText(vi: "Đã trả lời", en: "Answered")
        case .published: LocalizedText(vi: "Đã công khai kết quả", en: "Result published")
        case .closed: LocalizedText(vi: "Đã kết thúc", en: "Closed")
        }
    }
}

/// The sender's view of the answer.
public enum Satisfaction: String, Sendable, Hashable, Codable, CaseIterable {
    case satisfied
    case notSatisfied = "not_satisfied"

    public var name: LocalizedText {
        switch self {
        case .satisfied: LocalizedText(vi: "Hài lòng", en: "Satisfied")
        case .notSatisfied: LocalizedText(vi: "Không hài lòng", en: "Not satisfied")
        }
    }
}
