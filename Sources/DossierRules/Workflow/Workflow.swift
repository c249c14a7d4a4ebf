import Foundation
import WorkCalendar
import Localization

/// A procedure's internal workflow (quy trình nội bộ): ordered steps, each done by a unit
/// within a number of working hours, and the procedure's reception cut-off (Decree 61/2018
/// Art. 18.2; 15:00 unless set). With no steps the whole processing period is one step.
public struct Workflow: Sendable, Hashable, Codable {
    public struct Step: Sendable, Hashable, Codable {
        /// What the step is ("Thẩm định", "Trình ký").
        public var title: String
        /// The unit that does it; nil: the competent unit.
        public var unitID: UUID?
        /// Working hours allowed for the step.
        public var hours: Int

        public init(title: String, unitID: UUID?, hours: Int) {
            self.title = title
            self.unitID = unitID
            self.hours = hours
        }
    }

    public var steps: [Step]
    /// Minutes after midnight; nil: the standard 15:00.
    public var cutoffMinutes: Int?

    public init(steps: [Step] = [], cutoffMinutes: Int? = nil) {
        self.steps = steps
        self.cutoffMinutes = cutoffMinutes
    }

    public static let standard = Workflow()

    public var cutoff: ReceptionCutoff {
        guard let cutoffMinutes, let cutoff = ReceptionCutoff(hour: cutoffMinutes / 60, minute: cutoffMinutes % 60) else {
            return .standard
        }
        return cutoff
    }

    /// The step handed over at `handedAt` as step number `index` (0-based): its deadline, never
    /// later than the dossier's legal due moment. Past the last step (or with no steps) the
    /// step runs to the legal due moment.
    public func stepDue(index: Int, handedAt: LocalDateTime, legalDue: LocalDateTime?, calendar: HolidayCalendar) -> LocalDateTime {
        guard index < steps.count else { return legalDue ?? handedAt }
        let due = calendar.due(DeadlineRequest(receivedAt: handedAt, period: .hours(steps[index].hours), cutoffMinutes: nil)).due
        if let legalDue, legalDue < due { return legalDue }
        return due
    }
}

/// Early / on time / late of one step of the control slip (Mẫu 05).
public enum StepResult: String, Sendable, Hashable, Codable, CaseIterable {
    case early, onTime, late

    /// A step is judged by the moment: its deadline is a moment within office hours.
    public static func of(completedAt: LocalDateTime, due: LocalDateTime) -> StepResult {
        if completedAt.date < due.date { return .early }
        return completedAt <= due ? .onTime : .late
    }

    public var name: LocalizedText {
        switch self {
        case .early: LocalizedText(vi: "Trước hạn", en: "Early")
        case .onTime: LocalizedText(vi: "Đúng hạn", en: "On time")
        case .late: LocalizedText(vi: "Quá hạn", en: "Late")
        }
    }
}
