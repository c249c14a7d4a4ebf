import WorkCalendar
import Localization

/// The national status codes of a dossier (trạng thái hồ sơ), as the public-service portals
/// use them (list in docs/LEGAL-READINGS.md §3.8); Circular 01/2018/TT-VPCP Art. 16.2.d has the portal show
/// how far a dossier has progressed. The lifecycle follows Decree 61/2018/NĐ-CP Art. 17–20.
public enum DossierStatus: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 1 — submitted (online, or handed over at the counter) and not yet checked.
    case newOnline = 1
    /// 2 — accepted: complete and correct, receipt and appointment issued (Mẫu 01; Art. 17.1.c).
    case accepted = 2
    /// 3 — refused at reception with reasons (Mẫu 03; Art. 17.1.b, 17.2.a).
    case refusedAtReception = 3
    /// 4 — being processed by the competent agency (Art. 19).
    case processing = 4
    /// 5 — the applicant was asked to supplement the dossier (Mẫu 02; Art. 15.3, 17.1.a, 19.4).
    case supplementRequested = 5
    /// 6 — the applicant was asked to pay fees or other financial obligations (Art. 22).
    case paymentRequested = 6
    /// 7 — withdrawn by the applicant.
    case withdrawn = 7
    /// 8 — processing stopped, e.g. refused after appraisal with Phiếu từ chối (Art. 19.8).
    case stopped = 8
    /// 9 — processing complete; the result waits to be returned.
    case processingComplete = 9
    /// 10 — result returned to the applicant (Art. 20).
    case resultReturned = 10

    /// The national code (1…10).
    public var code: Int { rawValue }

    /// States the applicant may still withdraw from, i.e. the case is undecided:
    /// 1, 2, 4, 5 and 6. At 9 the decision exists (only its hand-over is left), and 3, 7, 8
    /// and 10 are final.
    public var isOpen: Bool {
        switch self {
        case .newOnline, .accepted, .processing, .supplementRequested, .paymentRequested: true
        default: false
        }
    }

    /// No event leaves these states.
    public var isFinal: Bool {
        switch self {
        case .refusedAtReception, .withdrawn, .stopped, .resultReturned: true
        default: false
        }
    }

    /// Whether the processing period runs in this state. It is suspended while the applicant
    /// must supplement (Art. 19.4 restarts it when the complete dossier arrives); Decree 61
    /// has no rule suspending it while a payment is awaited, so it runs in 6.
    public var clockRuns: Bool {
        switch self {
        case .accepted, .processing, .paymentRequested: true
        default: false
        }
    }

    public static func < (lhs: DossierStatus, rhs: DossierStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The status name used on the portals.
    public var name: LocalizedText {
        switch self {
        case .newOnline: LocalizedText(vi: "Mới đăng ký", en: "Newly submitted")
        case .accepted: LocalizedText(vi: "Được tiếp nhận", en: "Accepted")
        case .refusedAtReception: LocalizedText(vi: "Không được tiếp nhận", en: "Refused at reception")
        case .processing: LocalizedText(vi: "Đang xử lý", en: "Processing")
        case .supplementRequested: LocalizedText(vi: "Yêu cầu bổ sung giấy tờ", en: "Supplement requested")
        case .paymentRequested: LocalizedText(vi: "Yêu cầu thực hiện nghĩa vụ tài chính", en: "Payment requested")
        case .withdrawn: LocalizedText(vi: "Công dân yêu cầu rút hồ sơ", en: "Withdrawn by the applicant")
        case .stopped: LocalizedText(vi: "Dừng xử lý", en: "Processing stopped")
        case .processingComplete: LocalizedText(vi: "Đã xử lý xong", en: "Processing complete")
        case .resultReturned: LocalizedText(vi: "Đã trả kết quả", en: "Result returned")
        }
    }
}
