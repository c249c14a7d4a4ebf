import WorkCalendar
import Localization

/// Something that happens to a dossier, with the moment it happened.
public enum DossierEvent: Sendable, Hashable, Codable {
    /// Complete and correct: receipt and appointment (Mẫu 01; Decree 61/2018 Art. 17.1.c, 17.2.b).
    case accept(at: LocalDateTime)
    /// Refused at reception, with the reason (Mẫu 03; Art. 17.1.b, 17.2.a).
    case refuse(at: LocalDateTime, reason: String)
    /// Handed to the competent agency and taken up (Art. 18, 19.1).
    case startProcessing(at: LocalDateTime)
    /// Ask the applicant to supplement, listing everything at once (Mẫu 02; Art. 15.3, 17.1.a,
    /// 19.4). `applicantAtFault` records whether the extra contact is the applicant's doing
    /// (Circular 01/2018 Art. 13.3.c); nil when nobody said.
    case requestSupplement(at: LocalDateTime, reason: String, applicantAtFault: Bool? = nil)
    /// The complete dossier arrived; after appraisal the period restarts from zero (Art. 19.4).
    case supplementReceived(at: LocalDateTime)
    /// Ask for fees or other financial obligations (Art. 22).
    case requestPayment(at: LocalDateTime)
    case paymentReceived(at: LocalDateTime)
    /// Stop processing, with the reason (Phiếu từ chối giải quyết hồ sơ; Art. 19.8).
    case stop(at: LocalDateTime, reason: String)
    /// The result is ready.
    case complete(at: LocalDateTime)
    /// The result was handed to the applicant (Art. 20).
    case returnResult(at: LocalDateTime)
    /// The applicant withdrew the dossier.
    case withdraw(at: LocalDateTime)
    /// Apology and new appointment (Mẫu 04; Art. 19.9): only once, at least one working day
    /// before the due day, to a later working day.
    case apologise(at: LocalDateTime, reason: String, newDue: LocalDateTime)

    /// The kind of event, without its data.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case accept, refuse, startProcessing, requestSupplement, supplementReceived, requestPayment,
             paymentReceived, stop, complete, returnResult, withdraw, apologise

        public var name: LocalizedText {
            switch self {
            case .accept: LocalizedText(vi: "tiếp nhận hồ sơ", en: "accept")
            case .refuse: LocalizedText(vi: "từ chối tiếp nhận", en: "refuse at reception")
            case .startProcessing: LocalizedText(vi: "chuyển xử lý", en: "start processing")
            case .requestSupplement: LocalizedText(vi: "yêu cầu bổ sung hồ sơ", en: "request a supplement")
            case .supplementReceived: LocalizedText(vi: "nhận hồ sơ bổ sung", en: "receive the supplement")
            case .requestPayment: LocalizedText(vi: "yêu cầu thực hiện nghĩa vụ tài chính", en: "request payment")
            case .paymentReceived: LocalizedText(vi: "xác nhận đã nộp phí, lệ phí", en: "confirm payment")
            case .stop: LocalizedText(vi: "dừng xử lý", en: "stop processing")
            case .complete: LocalizedText(vi: "hoàn thành xử lý", en: "complete processing")
            case .returnResult: LocalizedText(vi: "trả kết quả", en: "return the result")
            case .withdraw: LocalizedText(vi: "rút hồ sơ", en: "withdraw")
            case .apologise: LocalizedText(vi: "xin lỗi và hẹn lại ngày trả kết quả", en: "apologise and reschedule")
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .accept: .accept
        case .refuse: .refuse
        case .startProcessing: .startProcessing
        case .requestSupplement: .requestSupplement
        case .supplementReceived: .supplementReceived
        case .requestPayment: .requestPayment
        case .paymentReceived: .paymentReceived
        case .stop: .stop
        case .complete: .complete
        case .returnResult: .returnResult
        case .withdraw: .withdraw
        case .apologise: .apologise
        }
    }

    /// When the event happened.
    public var at: LocalDateTime {
        switch self {
        case .accept(let at), .refuse(let at, _), .startProcessing(let at), .requestSupplement(let at, _, _),
             .supplementReceived(let at), .requestPayment(let at), .paymentReceived(let at), .stop(let at, _),
             .complete(let at), .returnResult(let at), .withdraw(let at), .apologise(let at, _, _):
            at
        }
    }
}
