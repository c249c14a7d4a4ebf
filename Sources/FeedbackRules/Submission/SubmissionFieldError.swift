import WorkCalendar
import Localization

/// One problem with one field of the form.
public struct SubmissionFieldError: Sendable, Hashable, Codable {
    public enum Problem: Sendable, Hashable, Codable {
        /// Empty although the decree requires it (Art. 7.1.d / 7.2.d for name, address, phone).
        case required
        case tooLong(maximum: Int)
        case tooShort(minimum: Int)
        case invalidPhone
        case invalidEmail
        case invalidProcedureCode
        /// Neither a procedure nor a regulation was named.
        case subjectRequired
        case unknownContentKind
        case unknownSenderKind
        /// An organisation sender without the organisation's name.
        case organisationRequired
        case consentRequired
        /// The hidden field was filled: almost certainly a bot.
        case honeypotFilled
    }

    public let field: FormField
    public let problem: Problem
    /// The channel, which decides whether the phone or the written article is cited.
    public let channel: FeedbackChannel

    public init(field: FormField, problem: Problem, channel: FeedbackChannel = .webForm) {
        self.field = field
        self.problem = problem
        self.channel = channel
    }

    /// The message shown next to the field, naming the rule.
    public var text: LocalizedText {
        let label = field.label
        let contact = Cite.decree20(channel == .phone ? "7.2.d" : "7.1.d")
        switch problem {
        case .required:
            return LocalizedText(vi: "Vui lòng nhập \(label.vi.lowercasedFirst)", en: "Please enter the \(label.en.lowercased())")
                .appending(field == .content ? Cite.decree20(channel == .phone ? "7.2.c" : "7.1.c") : contact)
        case .tooLong(let maximum):
            return LocalizedText(vi: "\(label.vi) dài quá \(maximum) ký tự", en: "\(label.en) is longer than \(maximum) characters")
        case .tooShort(let minimum):
            return LocalizedText(vi: "\(label.vi) quá ngắn (ít nhất \(minimum) ký tự) để thể hiện rõ nội dung",
                                 en: "\(label.en) is too short (at least \(minimum) characters) to be clear")
                .appending(Cite.decree20(channel == .phone ? "7.2.c" : "7.1.c"))
        case .invalidPhone:
            return LocalizedText(vi: "Số điện thoại không hợp lệ; ví dụ 0912 345 678, +84 912 345 678 hoặc 0238 3844 567",
                                 en: "Invalid phone number; e.g. 0912 345 678, +84 912 345 678 or 0238 3844 567")
                .appending(contact)
        case .invalidEmail:
            return LocalizedText(vi: "Địa chỉ thư điện tử không hợp lệ (ví dụ ten@example.vn)",
                                 en: "Invalid e-mail address (e.g. name@example.vn)")
        case .invalidProcedureCode:
            return LocalizedText(vi: "Mã thủ tục phải có dạng 1.000893 hoặc 1.012790.000.00.00.H41",
                                 en: "A procedure code looks like 1.000893 or 1.012790.000.00.00.H41")
        case .subjectRequired:
            return LocalizedText(vi: "Vui lòng chọn thủ tục hành chính hoặc ghi rõ quy định hành chính được phản ánh",
                                 en: "Please choose a procedure or name the regulation concerned")
                .appending(Cite.decree20("3.1"))
        case .unknownContentKind:
            return LocalizedText(vi: "Vui lòng chọn một loại nội dung trong danh sách", en: "Please choose a kind of content from the list")
                .appending(Cite.decree20("5"))
        case .unknownSenderKind:
            return LocalizedText(vi: "Người gửi phải là cá nhân hoặc tổ chức", en: "The sender is an individual or an organisation")
                .appending(Cite.decree20("3.2"))
        case .organisationRequired:
            return LocalizedText(vi: "Vui lòng nhập tên tổ chức gửi phản ánh, kiến nghị",
                                 en: "Please enter the name of the organisation sending the feedback")
                .appending(contact)
        case .consentRequired:
            return LocalizedText(vi: "Cần đồng ý cho cơ quan xử lý dữ liệu cá nhân để giải quyết phản ánh, kiến nghị",
                                 en: "Consent to the processing of personal data for handling the feedback is required")
                .appending(Cite.personalData)
        case .honeypotFilled:
            return LocalizedText(vi: "Không gửi được biểu mẫu; vui lòng để trống trường kiểm tra",
                                 en: "The form could not be sent; leave the check field empty")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}

/// All the problems of one form, with the cleaned form to show again.
public struct SubmissionRejection: Error, Sendable, Hashable {
    public let errors: [SubmissionFieldError]
    /// What was typed, cleaned (NFC, no control characters) but otherwise untouched.
    public let form: SubmissionForm

    /// The errors of `field`.
    public func errors(for field: FormField) -> [SubmissionFieldError] {
        errors.filter { $0.field == field }
    }

    /// A bot filled the hidden field: answer as if it worked, keep nothing.
    public var isLikelyBot: Bool {
        errors.contains { $0.problem == .honeypotFilled }
    }
}

extension String {
    var lowercasedFirst: String {
        guard let first else { return self }
        return first.lowercased() + dropFirst()
    }
}
