import WorkCalendar
import Localization

/// Why an event was refused. A refused event changes nothing.
public enum TransitionError: Error, Sendable, Hashable {
    /// The event cannot happen in this status.
    case notAllowed(event: DossierEvent.Kind, from: DossierStatus)
    /// The event is dated before the last recorded change.
    case outOfOrder(event: LocalDateTime, last: LocalDateTime)
    /// Refusals, supplement requests, stops and apologies must state a reason
    /// (Decree 61/2018 Art. 17.1.a–b, 19.4, 19.8, 19.9).
    case reasonRequired(DossierEvent.Kind)
    /// A third supplement request (limit of the dossier's rule set, default 2).
    case supplementLimitReached(limit: Int)
    /// Decree 61/2018 Art. 19.9: the appointment is rescheduled no more than once.
    case apologyAlreadyIssued(at: LocalDateTime)
    /// Decree 61/2018 Art. 19.9: the apology is due at least one working day before the due day.
    case apologyTooLate(latestDay: LocalDate, due: LocalDateTime)
    /// The new appointment must come after the current one.
    case apologyMustExtend(currentDue: LocalDateTime, proposed: LocalDateTime)
    /// The new appointment must fall on a working day, when the one-stop desk is open to
    /// return results (Decree 61/2018 Art. 20.3).
    case appointmentOnDayOff(LocalDate)

    /// The message in both languages.
    public var text: LocalizedText {
        switch self {
        case .notAllowed(let event, let from):
            LocalizedText(
                vi: "Không thể \(event.name.vi) khi hồ sơ ở trạng thái \"\(from.name.vi)\" (\(from.code))",
                en: "Cannot \(event.name.en) a dossier whose status is \"\(from.name.en)\" (\(from.code))")
        case .outOfOrder(let event, let last):
            LocalizedText(
                vi: "Thời điểm \(event.vnFormat) sớm hơn thay đổi gần nhất (\(last.vnFormat))",
                en: "The moment \(event.vnFormat) is before the last change (\(last.vnFormat))")
        case .reasonRequired(let event):
            LocalizedText(vi: "Phải nêu rõ lý do khi \(event.name.vi)",
                          en: "A reason is required to \(event.name.en)")
        case .supplementLimitReached(let limit):
            LocalizedText(
                vi: "Đã yêu cầu bổ sung \(limit) lần; không được yêu cầu bổ sung thêm"
                    + " (khoản 3 Điều 15, khoản 4 Điều 19 Nghị định 61/2018/NĐ-CP)",
                en: "A supplement was already requested \(limit) times; no further request is allowed"
                    + " (Decree 61/2018 Art. 15.3, 19.4)")
        case .apologyAlreadyIssued(let at):
            LocalizedText(
                vi: "Đã gửi phiếu xin lỗi và hẹn lại ngày trả kết quả lúc \(at.vnFormat); việc hẹn lại chỉ"
                    + " thực hiện không quá một lần (khoản 9 Điều 19 Nghị định 61/2018/NĐ-CP)",
                en: "An apology was already issued at \(at.vnFormat); the appointment may be rescheduled"
                    + " only once (Decree 61/2018 Art. 19.9)")
        case .apologyTooLate(let latestDay, let due):
            LocalizedText(
                vi: "Phiếu xin lỗi phải gửi chậm nhất 01 ngày làm việc trước ngày hết hạn \(due.date.vnFormat),"
                    + " tức là không muộn hơn ngày \(latestDay.vnFormat) (khoản 9 Điều 19 Nghị định 61/2018/NĐ-CP)",
                en: "The apology must be sent at least one working day before the due day \(due.date.vnFormat),"
                    + " i.e. no later than \(latestDay.vnFormat) (Decree 61/2018 Art. 19.9)")
        case .apologyMustExtend(let current, let proposed):
            LocalizedText(
                vi: "Ngày hẹn mới (\(proposed.vnFormat)) phải sau hạn hiện tại (\(current.vnFormat))",
                en: "The new appointment (\(proposed.vnFormat)) must be after the current due moment"
                    + " (\(current.vnFormat))")
        case .appointmentOnDayOff(let day):
            LocalizedText(vi: "Ngày hẹn mới \(day.vnFormat) không phải ngày làm việc",
                          en: "The new appointment \(day.vnFormat) is not a working day")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
