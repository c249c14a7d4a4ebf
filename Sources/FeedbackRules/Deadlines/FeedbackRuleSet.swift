import WorkCalendar
import Localization

/// The two clocks of a case.
public enum DeadlineKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Forward a case about conduct or outside competence to the competent body (Decree
    /// 20/2008/NĐ-CP Art. 9.1.d: "không quá 05 ngày làm việc, kể từ ngày tiếp nhận").
    case forward
    /// Answer a case within competence (no national time limit in Decree 20/2008; national
    /// practice is 20 working days).
    case answer

    public var name: LocalizedText {
        switch self {
        case .forward: LocalizedText(vi: "Hạn chuyển cơ quan có thẩm quyền", en: "Forwarding deadline")
        case .answer: LocalizedText(vi: "Hạn trả lời", en: "Answer deadline")
        }
    }
}

/// One configurable deadline: a period for a kind of deadline, for one class of Art. 9 and/or
/// one channel, or for all (nil).
public struct DeadlineRule: Sendable, Hashable, Codable {
    public var kind: DeadlineKind
    public var caseClass: CaseClass?
    public var channel: FeedbackChannel?
    public var period: Period
    /// Where the period comes from, shown in the explanation.
    public var basis: LocalizedText

    public init(kind: DeadlineKind, caseClass: CaseClass? = nil, channel: FeedbackChannel? = nil, period: Period,
                basis: LocalizedText) {
        self.kind = kind
        self.caseClass = caseClass
        self.channel = channel
        self.period = period
        self.basis = basis
    }

    /// How specific the rule is: class and channel (3) > class (2) > channel (1) > neither (0).
    var specificity: Int { (caseClass == nil ? 0 : 2) + (channel == nil ? 0 : 1) }

    func matches(_ kind: DeadlineKind, _ caseClass: CaseClass?, _ channel: FeedbackChannel) -> Bool {
        self.kind == kind && (self.caseClass == nil || self.caseClass == caseClass)
            && (self.channel == nil || self.channel == channel)
    }
}

/// The rule values a case keeps from reception on, so a later change of configuration never
/// rewrites an old case: deadlines, the "near" threshold, reopening and approval rules.
public struct FeedbackRuleSet: Sendable, Hashable, Codable {
    /// Stored on every deadline computed under this set.
    public var version: String
    public var reference: String
    /// Extra rules; the most specific match wins, then the later one. The defaults below
    /// apply when none matches.
    public var rules: [DeadlineRule]
    /// A deadline is "near" from this many working days before its day.
    public var nearWorkingDays: Int
    /// How many times a disagreement reopens a case; after that it asks for a resubmission.
    public var maxReopenings: Int
    /// The coordinator who approves an answer must not be the person who drafted it.
    public var requireDistinctApprover: Bool

    public init(version: String, reference: String, rules: [DeadlineRule] = [], nearWorkingDays: Int = 2,
                maxReopenings: Int = 1, requireDistinctApprover: Bool = true) {
        self.version = version
        self.reference = reference
        self.rules = rules
        self.nearWorkingDays = nearWorkingDays
        self.maxReopenings = maxReopenings
        self.requireDistinctApprover = requireDistinctApprover
    }

    /// Decree 20/2008/NĐ-CP with the national 20-working-day practice for answers.
    public static let standard = FeedbackRuleSet(
        version: "nd20-2008.1", reference: "Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 48/2013/NĐ-CP)")

    /// Art. 9.1.d: 5 working days from reception. Applied to cases about conduct too, which
    /// the article also sends to another body but without a time limit.
    public static let defaultForward = DeadlineRule(
        kind: .forward, period: .workingDays(5),
        basis: LocalizedText(vi: "Chuyển trong thời hạn không quá 05 ngày làm việc kể từ ngày tiếp nhận",
                             en: "Forward within 5 working days of reception").appending(Cite.decree20("9.1.d")))

    /// National practice: answer within 20 working days of reception.
    public static let defaultAnswer = DeadlineRule(
        kind: .answer, period: .workingDays(20),
        basis: LocalizedText(vi: "Trả lời trong 20 ngày làm việc kể từ ngày tiếp nhận (thực tiễn chung; cấu hình được)",
                             en: "Answer within 20 working days of reception (national practice; configurable)"))

    /// The rule for a deadline of `kind` for a case of `caseClass` (nil: not classified yet)
    /// received through `channel`.
    public func rule(for kind: DeadlineKind, caseClass: CaseClass?, channel: FeedbackChannel) -> DeadlineRule {
        var best: DeadlineRule?
        for rule in rules where rule.matches(kind, caseClass, channel) {
            if best.map({ rule.specificity >= $0.specificity }) ?? true { best = rule }
        }
        return best ?? (kind == .forward ? FeedbackRuleSet.defaultForward : FeedbackRuleSet.defaultAnswer)
    }
}
