import WorkCalendar
import Localization

/// Inputs for the unit-level indicators that dossier data cannot give (Circular
/// 01/2018/TT-VPCP Art. 14.2–14.3: they come from the catalogue, inspections and the feedback
/// system). Anything left nil stays `.notAvailable`.
public struct UnitLevelInputs: Sendable, Hashable, Codable {
    /// Indicator 5 (Art. 13.5), as assessed from the catalogue and the desk's organisation.
    public var oneStopOrganisationScore: Int?
    /// Indicator 6 (Art. 13.6), as assessed from the notice boards and the portal.
    public var publicationScore: Int?
    /// Indicator 8 (Art. 13.8), from the feedback (PAKN) records.
    public var feedback: FeedbackHandling?
    /// Indicator 9 (Art. 13.9.a): share (0…1) of eligible procedures offered as level 3–4 online
    /// services, from the catalogue.
    public var eligibleProceduresOnlineShare: Double?

    public init(oneStopOrganisationScore: Int? = nil, publicationScore: Int? = nil,
                feedback: FeedbackHandling? = nil, eligibleProceduresOnlineShare: Double? = nil) {
        self.oneStopOrganisationScore = oneStopOrganisationScore
        self.publicationScore = publicationScore
        self.feedback = feedback
        self.eligibleProceduresOnlineShare = eligibleProceduresOnlineShare
    }
}

/// Feedback and petitions handled by a unit in the period (for indicator 8).
public struct FeedbackHandling: Sendable, Hashable, Codable {
    public var received: Int
    public var handledOnTime: Int
    /// Feedback dragging on (kéo dài).
    public var prolonged: Int

    public init(received: Int, handledOnTime: Int, prolonged: Int) {
        self.received = received
        self.handledOnTime = handledOnTime
        self.prolonged = prolonged
    }

    /// Art. 13.8: 2 when none, or all on time and none prolonged; 1 when at least 90 % on time
    /// and none prolonged; otherwise 0.
    public var score: Int {
        if received == 0 { return 2 }
        if prolonged > 0 { return 0 }
        if handledOnTime >= received { return 2 }
        return handledOnTime * 10 >= received * 9 ? 1 : 0
    }
}

/// A unit's score on one indicator, in tenths of a point (Art. 15.2.a rounds to one decimal).
public enum UnitScore: Sendable, Hashable, Codable {
    case scored(tenths: Int)
    case notAvailable(LocalizedText)

    public var tenths: Int? {
        if case .scored(let tenths) = self { return tenths }
        return nil
    }

    /// The score as points, e.g. 1.7.
    public var points: Double? { tenths.map { Double($0) / 10 } }
}

/// The evaluation of one unit over a period (Circular 01/2018/TT-VPCP Art. 15).
public struct UnitEvaluation: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public let indicator: EvaluationIndicator
        public let score: UnitScore
    }

    public let unit: String
    public let from: LocalDate
    public let to: LocalDate
    /// Dossiers settled in the period (the denominator of Art. 15.2.a).
    public let settledDossiers: Int
    /// All nine indicators, in order.
    public let entries: [Entry]

    public subscript(indicator: EvaluationIndicator) -> UnitScore {
        entries[indicator.rawValue - 1].score
    }

    /// Sum of the indicators that could be scored, in tenths (Art. 15.2.b; Art. 15.4.b leaves
    /// out indicators without enough information).
    public var totalTenths: Int { entries.compactMap(\.score.tenths).reduce(0, +) }

    public var total: Double { Double(totalTenths) / 10 }

    /// The most the scored indicators could give (18 when all nine are scored).
    public var maximum: Int { 2 * entries.filter { $0.score.tenths != nil }.count }

    /// Indicators without a score.
    public var missing: [EvaluationIndicator] { entries.filter { $0.score.tenths == nil }.map(\.indicator) }

    /// The grade out of 18 (Art. 15.3.b); nil unless all nine indicators are scored, because
    /// the bands assume the full 18 points.
    public var grade: UnitGrade? { missing.isEmpty ? UnitGrade.band(totalTenths: totalTenths) : nil }

    /// Art. 15.4.b read literally: missing indicators are left out of the total and the bands
    /// applied as they are. Lower than a full grade could be; show it as partial (`missing`).
    public var gradeExcludingMissing: UnitGrade { UnitGrade.band(totalTenths: totalTenths) }
}
