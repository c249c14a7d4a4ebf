import WorkCalendar
import Localization

/// A deadline of a case, computed with the working calendar, with the rule version it
/// came from.
///
/// Counting is the calendar's (`HolidayCalendar.due`): the reception day is day 0 and not
/// counted (Civil Code 2015 Art. 147.2); a case arriving on a day off or after closing time
/// counts from the next working day; n working days end at closing time (17:00) of the n-th
/// working day after. Decree 20/2008 has no 15:00 cut-off (that rule is the one-stop desk's,
/// Decree 61/2018 Art. 18.2), so none is applied.
public struct CaseDeadline: Sendable, Hashable, Codable {
    public let kind: DeadlineKind
    /// The moment the clock starts (reception, or the reopening).
    public let from: LocalDateTime
    public let period: Period
    public let due: LocalDateTime
    /// `FeedbackRuleSet.version` of the rules used.
    public let ruleVersion: String
    public let basis: LocalizedText

    public init(kind: DeadlineKind, from: LocalDateTime, period: Period, due: LocalDateTime, ruleVersion: String,
                basis: LocalizedText) {
        self.kind = kind
        self.from = from
        self.period = period
        self.due = due
        self.ruleVersion = ruleVersion
        self.basis = basis
    }

    /// The deadline of `kind` starting at `from` under `rule`.
    public static func compute(_ kind: DeadlineKind, from: LocalDateTime, rule: DeadlineRule, version: String,
                               calendar: HolidayCalendar) -> CaseDeadline {
        let due = calendar.dueMoment(request(from: from, period: rule.period))
        return CaseDeadline(kind: kind, from: from, period: rule.period, due: due, ruleVersion: version,
                            basis: rule.basis)
    }

    /// Why the deadline falls where it does: the rule, then one line per calendar step.
    public func explanation(calendar: HolidayCalendar) -> [LocalizedText] {
        let deadline = calendar.due(CaseDeadline.request(from: from, period: period))
        let vi = calendar.describe(deadline, language: .vi)
        let en = calendar.describe(deadline, language: .en)
        return [basis] + zip(vi, en).map { LocalizedText(vi: $0, en: $1) }
    }

    static func request(from: LocalDateTime, period: Period) -> DeadlineRequest {
        DeadlineRequest(receivedAt: from, period: period, cutoffMinutes: nil)
    }
}
