import DossierRules
import Foundation
import Platform
import WorkCalendar

/// What the applicant is told by e-mail, when they agreed at the desk (`ApplicantRecord.notifyByEmail`):
/// received (code and appointment), a supplement asked for, an apology with the new date
/// (Decree 61/2018 Art. 19), the result ready, the result returned (with the satisfaction
/// survey). Each message says no more than the public lookup shows with the code, plus a
/// greeting: no name, ID number or address. Written to the outbox in the action's transaction.
public enum DossierNotices {
    /// Where the messages' links point: the site's public address (`AppConfig.absoluteURL`:
    /// `MINHBACH_PUBLIC_URL`, or the host the request came to).
    public struct Settings: Sendable {
        let config: AppConfig
        let requestHost: String?

        public init(_ config: AppConfig, requestHost: String? = nil) {
            self.config = config
            self.requestHost = requestHost
        }

        func url(_ path: String) -> String { config.absoluteURL(path, requestHost: requestHost) }
    }

    enum Event: String {
        case received, supplementRequested = "supplement_requested", apologised, resultReady = "result_ready", returned
    }

    static func event(for action: DossierAction) -> Event? {
        switch action {
        case .requestSupplement: .supplementRequested
        case .apologise: .apologised
        case .complete: .resultReady
        case .returnResult: .returned
        default: nil
        }
    }

    /// The message for `event`, or nil when the applicant did not ask for messages.
    static func draft(_ event: Event, code: String, procedure: String, applicant: ApplicantRecord, lifecycle: DossierCase,
                      at moment: LocalDateTime, settings: Settings) -> OutboxDraft? {
        guard applicant.notifyByEmail == true, let email = applicant.email, !email.isEmpty else { return nil }
        let lookup = settings.url(DossierURL.lookup.path + "?ma=" + (code.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? code))
        let appointment = lifecycle.appointment.map { "\($0.timeText) ngày \($0.date.vnFormat)" }
        let subject: String
        var lines: [String]
        switch event {
        case .received:
            subject = "Hồ sơ \(code) đã được tiếp nhận"
            lines = ["Hồ sơ của ông/bà đã được tiếp nhận.", "Thủ tục: \(procedure)."]
            if let appointment { lines.append("Hẹn trả kết quả: \(appointment).") }
        case .supplementRequested:
            subject = "Hồ sơ \(code) cần bổ sung"
            // The reason is free text, which the public lookup never shows either: the written
            // request (Mẫu 02) from the desk says what is missing.
            lines = ["Hồ sơ của ông/bà cần được bổ sung, hoàn thiện. Nội dung cần bổ sung được ghi trong phiếu yêu cầu bổ sung, hoàn thiện hồ sơ của bộ phận một cửa.",
                     "Thủ tục: \(procedure)."]
        case .apologised:
            subject = "Xin lỗi về việc trễ hẹn hồ sơ \(code)"
            lines = ["Cơ quan giải quyết xin lỗi ông/bà vì hồ sơ chưa có kết quả đúng hẹn.", "Thủ tục: \(procedure)."]
            if let appointment { lines.append("Hẹn trả kết quả mới: \(appointment).") }
        case .resultReady:
            subject = "Hồ sơ \(code) đã có kết quả"
            lines = ["Hồ sơ của ông/bà đã có kết quả. Mời ông/bà đến bộ phận một cửa để nhận, mang theo giấy tiếp nhận hồ sơ và hẹn trả kết quả.",
                     "Thủ tục: \(procedure)."]
        case .returned:
            subject = "Hồ sơ \(code) đã trả kết quả — mời đánh giá"
            lines = ["Hồ sơ của ông/bà đã được trả kết quả.", "Thủ tục: \(procedure).",
                     "Mời ông/bà đánh giá mức độ hài lòng về việc giải quyết hồ sơ tại trang tra cứu dưới đây (cần bốn số cuối điện thoại đã khai)."]
        }
        let body = (["Kính gửi ông/bà,", "", "Mã hồ sơ: \(code)."] + lines + [
            "", "Tra cứu tình trạng hồ sơ: \(lookup)", "",
            "Thư này được gửi tự động vì ông/bà đã đồng ý nhận thông báo khi nộp hồ sơ. Xin không trả lời thư này.",
        ]).joined(separator: "\n")
        return OutboxDraft(
            key: "dossier.\(event.rawValue):\(code):\(moment.iso)", event: "dossier.\(event.rawValue)", channel: .email,
            recipient: email, subject: subject, body: body, reference: code)
    }
}
