import WorkCalendar
import Localization

/// Feedback statistics for a period, by unit, content kind, channel or class, with a total
/// row: received (new, carried over) · handled (answered on time / late, forwarded on time /
/// late, not accepted) · pending (within deadline, overdue), and the two Decision 766/QĐ-TTg
/// rates (docs/LEGAL-READINGS.md §4.7). Identities: received = new + carried over = handled + pending;
/// handled = the five handled columns; pending = within deadline + overdue.
public struct FeedbackStatistics: Sendable, Hashable, Codable {
    public enum Grouping: String, Sendable, Hashable, Codable, CaseIterable {
        /// The unit handling the case (the body forwarded to, for forwarded cases).
        case unit
        case contentKind = "content_kind"
        case channel
        case caseClass = "class"
    }

    /// A fraction that may have an empty denominator.
    public struct Rate: Sendable, Hashable, Codable {
        public var numerator = 0
        public var denominator = 0
        /// Nil when there is nothing to divide by.
        public var value: Double? { denominator == 0 ? nil : Double(numerator) / Double(denominator) }
    }

    public struct Row: Sendable, Hashable, Codable {
        public let key: String
        public var received = 0, new = 0, carriedOver = 0
        public var answeredOnTime = 0, answeredLate = 0, forwardedOnTime = 0, forwardedLate = 0, notAccepted = 0
        public var pendingWithinDeadline = 0, pendingOverdue = 0
        /// Decision 766/QĐ-TTg: PAKN handled on time ÷ PAKN within competence.
        public var onTimeRate = Rate()
        /// Satisfied ÷ rated.
        public var satisfactionRate = Rate()

        public init(key: String) { self.key = key }

        public var handled: Int { answeredOnTime + answeredLate + forwardedOnTime + forwardedLate + notAccepted }
        public var handledOnTime: Int { answeredOnTime + forwardedOnTime }
        public var handledLate: Int { answeredLate + forwardedLate }
        public var pending: Int { pendingWithinDeadline + pendingOverdue }

        mutating func add(_ outcome: CaseOutcome, _ feedback: FeedbackCase, ratedBy end: LocalDateTime) {
            received += 1
            if outcome.entry == .new { new += 1 } else { carriedOver += 1 }
            switch outcome.result {
            case .answered(let timeliness): if timeliness == .onTime { answeredOnTime += 1 } else { answeredLate += 1 }
            case .forwarded(let timeliness): if timeliness == .onTime { forwardedOnTime += 1 } else { forwardedLate += 1 }
            case .notAccepted: notAccepted += 1
            case .pending(let overdue): if overdue { pendingOverdue += 1 } else { pendingWithinDeadline += 1 }
            }
            if feedback.caseClass == .withinCompetence {
                onTimeRate.denominator += 1
                if outcome.result == .answered(.onTime) { onTimeRate.numerator += 1 }
            }
            if let rating = feedback.rating, rating.at <= end {
                satisfactionRate.denominator += 1
                if rating.satisfaction == .satisfied { satisfactionRate.numerator += 1 }
            }
        }

        mutating func add(_ other: Row) {
            received += other.received; new += other.new; carriedOver += other.carriedOver
            answeredOnTime += other.answeredOnTime; answeredLate += other.answeredLate
            forwardedOnTime += other.forwardedOnTime; forwardedLate += other.forwardedLate
            notAccepted += other.notAccepted
            pendingWithinDeadline += other.pendingWithinDeadline; pendingOverdue += other.pendingOverdue
            onTimeRate.numerator += other.onTimeRate.numerator; onTimeRate.denominator += other.onTimeRate.denominator
            satisfactionRate.numerator += other.satisfactionRate.numerator
            satisfactionRate.denominator += other.satisfactionRate.denominator
        }

        /// Whether the identities hold.
        public var identitiesHold: Bool {
            received == new + carriedOver && received == handled + pending
                && onTimeRate.numerator <= onTimeRate.denominator && onTimeRate.denominator <= received
                && satisfactionRate.numerator <= satisfactionRate.denominator
        }
    }

    public let from: LocalDate
    public let to: LocalDate
    public let grouping: Grouping
    /// Rows sorted by key.
    public let rows: [Row]
    public let total: Row

    /// The statistics of `cases` for [from, to].
    public static func compute(_ cases: [FeedbackCase], from: LocalDate, to: LocalDate,
                               groupedBy grouping: Grouping = .unit) throws(StatisticsError) -> FeedbackStatistics {
        guard from <= to, let end = LocalDateTime(date: to, minutes: 1439) else { throw .invalidPeriod(from: from, to: to) }
        var rows: [String: Row] = [:]
        for feedback in cases {
            guard let outcome = CaseOutcome.of(feedback, from: from, to: to) else { continue }
            let key = key(feedback, grouping)
            rows[key, default: Row(key: key)].add(outcome, feedback, ratedBy: end)
        }
        let sorted = rows.values.sorted { $0.key < $1.key }
        var total = Row(key: "")
        for row in sorted { total.add(row) }
        return FeedbackStatistics(from: from, to: to, grouping: grouping, rows: sorted, total: total)
    }

    /// Key of an unassigned case in the unit grouping.
    public static let unassigned = "—"

    private static func key(_ feedback: FeedbackCase, _ grouping: Grouping) -> String {
        switch grouping {
        case .unit: feedback.unit ?? feedback.forwarding?.to ?? unassigned
        case .contentKind: feedback.contentKind.rawValue
        case .channel: feedback.channel.rawValue
        case .caseClass: feedback.caseClass?.rawValue ?? unassigned
        }
    }
}

public enum StatisticsError: Error, Sendable, Hashable {
    case invalidPeriod(from: LocalDate, to: LocalDate)

    public var text: LocalizedText {
        switch self {
        case .invalidPeriod(let from, let to):
            LocalizedText(vi: "Kỳ \(from.vnFormat)–\(to.vnFormat) không hợp lệ", en: "Period \(from.vnFormat)–\(to.vnFormat) is invalid")
        }
    }
}
