import WorkCalendar
import Localization

/// How a finished dossier compares with its due date.
public enum CompletionTimeliness: String, Sendable, Hashable, Codable, CaseIterable {
    /// Finished before the due date (trước hạn).
    case early
    /// Finished on the due date (đúng hạn).
    case onTime
    /// Finished after the due date (quá hạn / trễ hạn).
    case late

    public var name: LocalizedText {
        switch self {
        case .early: LocalizedText(vi: "Trước hạn", en: "Early")
        case .onTime: LocalizedText(vi: "Đúng hạn", en: "On time")
        case .late: LocalizedText(vi: "Quá hạn", en: "Late")
        }
    }
}

/// How an unfinished dossier stands on a reference day.
public enum PendingTimeliness: String, Sendable, Hashable, Codable, CaseIterable {
    /// The due date has not passed (trong hạn).
    case withinDeadline
    /// The due date has passed (quá hạn).
    case overdue

    public var name: LocalizedText {
        switch self {
        case .withinDeadline: LocalizedText(vi: "Trong hạn", en: "Within deadline")
        case .overdue: LocalizedText(vi: "Quá hạn", en: "Overdue")
        }
    }
}

/// Early / on time / late and within deadline / overdue, judged by date (Circular
/// 01/2018/TT-VPCP Art. 13.1: shorter than, equal to or longer than the time the law allows).
public enum Timeliness {
    /// A dossier finished at `finishedAt` against `due`: early before the due date, on time on
    /// it, late after it. With `comparingMoments` (used for periods in working hours, where a
    /// date alone would hide up to a day of delay) a finish on the due date but after the due
    /// moment is late.
    public static func completed(finishedAt: LocalDateTime, due: LocalDateTime,
                                 comparingMoments: Bool = false) -> CompletionTimeliness {
        if finishedAt.date < due.date { return .early }
        if finishedAt.date > due.date { return .late }
        return comparingMoments && finishedAt > due ? .late : .onTime
    }

    /// An unfinished dossier on `reference`: overdue once the reference day is after the due
    /// date (the due day itself is still within the deadline). A nil `due` (the period is
    /// suspended while the applicant supplements, Decree 61/2018 Art. 19.4) is within deadline.
    public static func pending(due: LocalDateTime?, on reference: LocalDate) -> PendingTimeliness {
        guard let due else { return .withinDeadline }
        return reference > due.date ? .overdue : .withinDeadline
    }
}
