import WorkCalendar
import Localization

/// Something that happens to a case, with the moment it happened. Who did it is passed
/// beside the event (`CaseActor`).
public enum FeedbackEvent: Sendable, Hashable, Codable {
    /// Entered in the register (sổ tiếp nhận) under `number`, dated the event's day (Art. 9.1.c).
    case register(at: LocalDateTime, number: Int)
    /// Classified into one of the four classes (Art. 9.1.d). Allowed again before the case is
    /// forwarded or answered, e.g. when the unit finds it is not competent.
    case classify(at: LocalDateTime, Classification)
    /// Sent to the competent body (Art. 9.1.d), with the outgoing letter's reference if any.
    case forward(at: LocalDateTime, to: String, reference: String?)
    /// Given to a unit to handle (or moved to another unit).
    case assign(at: LocalDateTime, unit: String)
    /// Ask the sender for more information (Art. 14); the question is sent to them.
    case requestInformation(at: LocalDateTime, question: String)
    /// The sender's reply arrived.
    case receiveInformation(at: LocalDateTime, reply: String)
    /// A draft answer, maybe from a template (`AnswerTemplate.id`). A new draft replaces the old.
    case draftAnswer(at: LocalDateTime, text: String, template: String?)
    /// The coordinator sends the draft back with a comment.
    case returnDraft(at: LocalDateTime, comment: String)
    /// The coordinator approves the draft.
    case approve(at: LocalDateTime)
    /// The approved answer went to the sender.
    case sendAnswer(at: LocalDateTime)
    /// Publish the question, with personal data removed, and the answer (Art. 19).
    case publish(at: LocalDateTime, question: String)
    /// File the case.
    case close(at: LocalDateTime)
    /// The sender rated the answer.
    case rate(at: LocalDateTime, Satisfaction)
    /// The sender disagrees with the answer: reopens the case, or asks for a resubmission
    /// once the reopening limit is reached (see `FeedbackRuleSet.maxReopenings`).
    case disagree(at: LocalDateTime, reason: String)
    /// An internal note (never shown to the sender or the public).
    case addNote(at: LocalDateTime, text: String)

    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case register, classify, forward, assign, requestInformation, receiveInformation, draftAnswer,
             returnDraft, approve, sendAnswer, publish, close, rate, disagree, addNote

        /// Events the sender may do (staff may also record them on the sender's behalf).
        public var senderMayDo: Bool { self == .receiveInformation || self == .rate || self == .disagree }

        public var name: LocalizedText {
            switch self {
            case .register: LocalizedText(vi: "vào sổ tiếp nhận", en: "register")
            case .classify: LocalizedText(vi: "phân loại", en: "classify")
            case .forward: LocalizedText(vi: "chuyển cơ quan có thẩm quyền", en: "forward")
            case .assign: LocalizedText(vi: "giao đơn vị xử lý", en: "assign to a unit")
            case .requestInformation: LocalizedText(vi: "đề nghị người gửi bổ sung thông tin", en: "ask the sender for information")
            case .receiveInformation: LocalizedText(vi: "nhận thông tin bổ sung", en: "receive the sender's information")
            case .draftAnswer: LocalizedText(vi: "dự thảo trả lời", en: "draft the answer")
            case .returnDraft: LocalizedText(vi: "trả lại dự thảo", en: "return the draft")
            case .approve: LocalizedText(vi: "duyệt trả lời", en: "approve the answer")
            case .sendAnswer: LocalizedText(vi: "gửi trả lời", en: "send the answer")
            case .publish: LocalizedText(vi: "công khai kết quả", en: "publish the result")
            case .close: LocalizedText(vi: "kết thúc", en: "close")
            case .rate: LocalizedText(vi: "đánh giá mức độ hài lòng", en: "rate the answer")
            case .disagree: LocalizedText(vi: "không đồng ý với trả lời", en: "disagree with the answer")
            case .addNote: LocalizedText(vi: "ghi chú nội bộ", en: "add an internal note")
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .register: .register
        case .classify: .classify
        case .forward: .forward
        case .assign: .assign
        case .requestInformation: .requestInformation
        case .receiveInformation: .receiveInformation
        case .draftAnswer: .draftAnswer
        case .returnDraft: .returnDraft
        case .approve: .approve
        case .sendAnswer: .sendAnswer
        case .publish: .publish
        case .close: .close
        case .rate: .rate
        case .disagree: .disagree
        case .addNote: .addNote
        }
    }

    public var at: LocalDateTime {
        switch self {
        case .register(let at, _), .classify(let at, _), .forward(let at, _, _), .assign(let at, _),
             .requestInformation(let at, _), .receiveInformation(let at, _), .draftAnswer(let at, _, _),
             .returnDraft(let at, _), .approve(let at), .sendAnswer(let at), .publish(let at, _), .close(let at),
             .rate(let at, _), .disagree(let at, _), .addNote(let at, _):
            at
        }
    }
}

/// Who did something.
public enum CaseActor: Sendable, Hashable, Codable {
    /// A staff account (its id or user name).
    case staff(String)
    /// The sender, through the follow-up page or the API.
    case sender
    /// The platform itself (e.g. a scheduled closing).
    case system

    /// The staff id, if a staff member acted.
    public var staffID: String? {
        if case .staff(let id) = self { return id }
        return nil
    }
}
