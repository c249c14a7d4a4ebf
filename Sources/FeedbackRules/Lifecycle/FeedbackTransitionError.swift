import WorkCalendar
import Localization

/// Why an event was refused. A refused event changes nothing.
public enum FeedbackTransitionError: Error, Sendable, Hashable {
    /// The event cannot happen in this status.
    case notAllowed(event: FeedbackEvent.Kind, from: FeedbackStatus)
    /// The event is dated before the last recorded change.
    case outOfOrder(event: LocalDateTime, last: LocalDateTime)
    /// Only staff may do this.
    case staffOnly(FeedbackEvent.Kind)
    /// The event needs its text: the refusal reason (Art. 9.1.d), the competent body, the
    /// unit, the question, the answer, the note…
    case textRequired(FeedbackEvent.Kind)
    /// Register numbers start at 1.
    case invalidRegisterNumber(Int)
    /// Forwarding needs a class that forwards (about conduct, outside competence); assignment
    /// needs "within competence" (Art. 9.1.d).
    case classDoesNotAllow(event: FeedbackEvent.Kind, caseClass: CaseClass?)
    /// The coordinator approving an answer must not be its drafter (four-eyes rule).
    case approverIsDrafter(String)
    /// The text to publish still holds personal data (Art. 19; personal data law).
    case personalDataInPublication([PersonalDataKind])

    public var text: LocalizedText {
        switch self {
        case .notAllowed(let event, let from):
            LocalizedText(vi: "Không thể \(event.name.vi) khi phản ánh, kiến nghị ở trạng thái \"\(from.name.vi)\"",
                          en: "Cannot \(event.name.en) a case whose status is \"\(from.name.en)\"")
        case .outOfOrder(let event, let last):
            LocalizedText(vi: "Thời điểm \(event.vnFormat) sớm hơn thay đổi gần nhất (\(last.vnFormat))",
                          en: "The moment \(event.vnFormat) is before the last change (\(last.vnFormat))")
        case .staffOnly(let event):
            LocalizedText(vi: "Chỉ cán bộ mới được \(event.name.vi)", en: "Only staff may \(event.name.en)")
        case .textRequired(let event):
            event == .classify
                ? LocalizedText(vi: "Phải nêu lý do không tiếp nhận hoặc cơ quan có thẩm quyền khi phân loại",
                                en: "Classifying needs the reason for refusal or the competent body").appending(Cite.decree20("9.1.d"))
                : LocalizedText(vi: "Phải nhập nội dung khi \(event.name.vi)", en: "Text is required to \(event.name.en)")
        case .invalidRegisterNumber(let number):
            LocalizedText(vi: "Số vào sổ \(number) không hợp lệ (bắt đầu từ 1)",
                          en: "Register number \(number) is invalid (numbers start at 1)")
                .appending(Cite.decree20("9.1.c"))
        case .classDoesNotAllow(let event, let caseClass):
            LocalizedText(vi: "Không thể \(event.name.vi) phản ánh, kiến nghị loại \"\(caseClass?.name.vi ?? "chưa phân loại")\"",
                          en: "Cannot \(event.name.en) a case classified \"\(caseClass?.name.en ?? "not classified")\"")
                .appending(Cite.decree20("9.1.d"))
        case .approverIsDrafter(let person):
            LocalizedText(vi: "Người duyệt (\(person)) không được là người dự thảo trả lời",
                          en: "The approver (\(person)) may not be the person who drafted the answer")
        case .personalDataInPublication(let kinds):
            LocalizedText(vi: "Nội dung công khai còn thông tin cá nhân (\(kinds.map(\.name.vi).joined(separator: ", ")));"
                            + " hãy ẩn trước khi công khai",
                          en: "The text to publish still holds personal data (\(kinds.map(\.name.en).joined(separator: ", ")));"
                            + " redact it first")
                .appending(Cite.decree20("19"))
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
