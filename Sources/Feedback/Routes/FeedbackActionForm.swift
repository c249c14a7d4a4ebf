import FeedbackRules
import Foundation
import Platform
import WorkCalendar
import Localization

/// The staff actions on a case page: their URL names, who may do them, and how their fields
/// become a step of the rules.
enum FeedbackActionForm {
    enum Name: String, CaseIterable, Sendable {
        case register = "vao-so", classify = "phan-loai", forward = "chuyen", assign = "giao", note = "ghi-chu"
        case ask = "hoi-them", reply = "nhan-bo-sung", draft = "du-thao", returnDraft = "tra-lai", approve = "duyet"
        case send = "gui", publish = "cong-khai", close = "ket-thuc"

        var kind: FeedbackEvent.Kind {
            switch self {
            case .register: .register
            case .classify: .classify
            case .forward: .forward
            case .assign: .assign
            case .note: .addNote
            case .ask: .requestInformation
            case .reply: .receiveInformation
            case .draft: .draftAnswer
            case .returnDraft: .returnDraft
            case .approve: .approve
            case .send: .sendAnswer
            case .publish: .publish
            case .close: .close
            }
        }

        /// The permission the action needs on this case.
        func permission(_ record: FeedbackRecord) -> StaffAction {
            switch self {
            case .register, .classify, .forward, .assign, .send, .publish, .close: .registerFeedback
            case .approve, .returnDraft: .approveFeedback
            case .note, .ask, .reply, .draft: .handleFeedback(units: record.unitID.map { [$0] } ?? [])
            }
        }
    }

    /// The label of each text field, as the error names it and the page shows it.
    static let labels: [String: LocalizedText] = [
        "ly-do": LocalizedText("lý do không tiếp nhận", "the reason for not accepting"),
        "co-quan": LocalizedText("cơ quan có thẩm quyền", "the competent body"),
        "so-van-ban": LocalizedText("số văn bản chuyển (nếu có)", "the outgoing letter's number (if any)"),
        "ghi-chu": LocalizedText("ghi chú nội bộ", "the internal note"),
        "cau-hoi": LocalizedText("nội dung đề nghị bổ sung", "what to ask the sender"),
        "bo-sung": LocalizedText("thông tin người gửi bổ sung", "the sender's reply"),
        "tra-loi": LocalizedText("nội dung trả lời", "the answer"),
        "y-kien": LocalizedText("ý kiến trả lại", "the comment"),
        "cau-hoi-cong-khai": LocalizedText("nội dung phản ánh công khai (đã ẩn thông tin cá nhân)", "the question to publish (personal data removed)"),
    ]

    /// The actions the rules allow now.
    static func available(_ record: FeedbackRecord) -> [Name] {
        let allowed = FeedbackStateMachine.allowedEvents(from: record.status)
        return Name.allCases.filter { allowed.contains($0.kind) }
    }

    /// The step for `name` from the fields, or the field errors.
    static func read(_ name: Name, _ fields: FormFields, record: FeedbackRecord, units: FeedbackUnits, at: LocalDateTime,
                     language: Language) -> (step: FeedbackStep?, errors: [FieldError]) {
        var errors: [FieldError] = []
        // Every field is prefixed with its action, so that ids stay unique on the page.
        func field(_ key: String) -> String? { fields["\(name.rawValue)-\(key)"] }
        func text(_ key: String, required: Bool = true) -> String {
            let value = InputText.clean(field(key) ?? "")
            if required && value.isEmpty { errors.append(FieldError(field: "\(name.rawValue)-\(key)", message: S.fbErrRequired(language, (labels[key] ?? S.fbContent)(language)))) }
            return value
        }
        let event: FeedbackEvent?
        switch name {
        case .register: return (.register(at: at), [])
        case .classify:
            switch CaseClass(rawValue: field("lop") ?? "") {
            case .notAccepted: event = .classify(at: at, .notAccepted(reason: text("ly-do")))
            case .aboutConduct: event = .classify(at: at, .aboutConduct(competentBody: text("co-quan")))
            case .outsideCompetence: event = .classify(at: at, .outsideCompetence(competentBody: text("co-quan")))
            case .withinCompetence: event = .classify(at: at, .withinCompetence)
            case nil:
                errors.append(FieldError(field: "\(name.rawValue)-lop", message: S.fbErrRequired(language, S.fbClass(language))))
                event = nil
            }
        case .forward:
            let body = InputText.clean(field("co-quan") ?? "")
            let reference = InputText.clean(field("so-van-ban") ?? "")
            event = .forward(at: at, to: body.isEmpty ? (record.lifecycle.classification?.competentBody ?? "") : body,
                             reference: reference.isEmpty ? nil : reference)
        case .assign:
            guard let id = UUID(uuidString: field("don-vi") ?? ""), units.byID[id] != nil else {
                return (nil, [FieldError(field: "\(name.rawValue)-don-vi", message: S.fbErrRequired(language, S.fbUnit(language)))])
            }
            event = .assign(at: at, unit: id.uuidString)
        case .note: event = .addNote(at: at, text: text("ghi-chu"))
        case .ask: event = .requestInformation(at: at, question: text("cau-hoi"))
        case .reply: event = .receiveInformation(at: at, reply: text("bo-sung"))
        case .draft:
            let typed = text("tra-loi")
            let template = field("mau").flatMap(AnswerTemplate.standard)
            var body = typed
            if let template, template.id == "tra-loi" {
                let values = ["ma": record.code.text, "ngay_tiep_nhan": record.lifecycle.receivedAt.date.vnFormat,
                              "noi_dung_phan_anh": record.lifecycle.contentKind.shortName.vi.lowercased(), "tra_loi": typed,
                              "don_vi": units.name(record.unitID)]
                body = (try? template.render(values)) ?? typed
            }
            event = .draftAnswer(at: at, text: body, template: template?.id)
        case .returnDraft: event = .returnDraft(at: at, comment: text("y-kien"))
        case .approve: event = .approve(at: at)
        case .send: event = .sendAnswer(at: at)
        case .publish: event = .publish(at: at, question: text("cau-hoi-cong-khai"))
        case .close: event = .close(at: at)
        }
        guard errors.isEmpty, let event else { return (nil, errors) }
        return (.event(event), [])
    }
}
