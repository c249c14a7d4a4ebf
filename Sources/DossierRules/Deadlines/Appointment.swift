import WorkCalendar
import Localization

/// The appointment written on the receipt (Mẫu 01, Giấy tiếp nhận hồ sơ và hẹn trả kết quả;
/// Decree 61/2018/NĐ-CP Art. 17.1.c), with the reasons for its date.
///
/// The due moment comes from the working calendar: the reception day moves to the next
/// working day when the dossier arrives on a day off or after the procedure's cut-off
/// (Decree 61 Art. 18.2), the reception day itself is not counted and a last day that is not a
/// working day moves to the next one (Civil Code 2015 Art. 147–148). Day-based periods end at
/// closing time (17:00).
public struct Appointment: Sendable, Hashable, Codable {
    public let receivedAt: LocalDateTime
    public let period: Period
    public let cutoff: ReceptionCutoff
    /// The effective reception day (day 0 of the period).
    public let startDate: LocalDate
    /// The due moment: the appointment.
    public let due: LocalDateTime
    /// One sentence per step, in both languages.
    public let explanation: [LocalizedText]

    /// The appointment for a dossier received at `receivedAt` whose procedure takes `period`.
    public static func appointment(receivedAt: LocalDateTime, period: Period,
                                   cutoff: ReceptionCutoff = .standard,
                                   calendar: HolidayCalendar) -> Appointment {
        let request = DeadlineRequest(receivedAt: receivedAt, period: period, cutoffMinutes: cutoff.minutes)
        let deadline = calendar.due(request)
        let vi = calendar.describe(deadline, language: .vi)
        let en = calendar.describe(deadline, language: .en)
        var lines = zip(vi, en).map { LocalizedText(vi: $0, en: $1) }
        let movedPastCutoff = deadline.steps.contains { step in
            if case .movedPastCutoff = step { true } else { false }
        }
        if movedPastCutoff {
            lines.insert(LocalizedText(
                vi: "Căn cứ khoản 2 Điều 18 Nghị định 61/2018/NĐ-CP: hồ sơ nhận sau giờ chốt được chuyển"
                    + " vào đầu giờ ngày làm việc tiếp theo",
                en: "Decree 61/2018/NĐ-CP Art. 18.2: a dossier received after the cut-off is transferred at"
                    + " the start of the next working day"), at: min(1, lines.count))
        }
        return Appointment(receivedAt: receivedAt, period: period, cutoff: cutoff,
                           startDate: deadline.startDate, due: deadline.due, explanation: lines)
    }

    /// The explanation in one language, one line per step.
    public func explanation(_ language: Language) -> [String] {
        explanation.map { $0(language) }
    }
}
