import WorkCalendar
import Localization

/// What a feedback or petition is about: the eight clauses of Decree 20/2008/NĐ-CP Art. 5.
///
/// Clauses 1–6 are feedback (phản ánh, Art. 3.4); clauses 7–8 add a proposed solution or an
/// initiative for a new rule, which makes the text a petition (kiến nghị, Art. 3.5).
public enum ContentKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// Art. 5.1: difficulties caused by delay, harassment, or failure to apply (or wrong
    /// application of) a regulation by an agency or an official — conduct, not the rule.
    case conductOfOfficials = "conduct"
    /// Art. 5.2: the regulation does not suit reality.
    case unsuitedToReality = "unsuited"
    /// Art. 5.3: regulations are inconsistent or contradict each other.
    case inconsistent
    /// Art. 5.4: the regulation is unlawful.
    case unlawful
    /// Art. 5.5: the regulation contradicts a treaty Vietnam has signed or joined.
    case contraryToTreaty = "treaty"
    /// Art. 5.6: other issues about administrative regulations.
    case otherIssue = "other"
    /// Art. 5.7: a proposed way to handle one of the issues of clauses 1–6.
    case proposedSolution = "solution"
    /// Art. 5.8: an initiative for a new regulation on business or daily life.
    case newRuleInitiative = "initiative"

    /// The clause of Art. 5 (1…8).
    public var clause: Int {
        switch self {
        case .conductOfOfficials: 1
        case .unsuitedToReality: 2
        case .inconsistent: 3
        case .unlawful: 4
        case .contraryToTreaty: 5
        case .otherIssue: 6
        case .proposedSolution: 7
        case .newRuleInitiative: 8
        }
    }

    /// The kind for clause `clause` of Art. 5, or nil.
    public init?(clause: Int) {
        guard let kind = ContentKind.allCases.first(where: { $0.clause == clause }) else { return nil }
        self = kind
    }

    /// Whether the text proposes something (kiến nghị, Art. 3.5) rather than only reports it.
    public var isPetition: Bool { clause >= 7 }

    /// Art. 5.1 cases are about officials' conduct; Art. 9.1.d sends those to the body competent
    /// for the conduct, so this kind suggests `CaseClass.aboutConduct` at classification.
    public var suggestsConductClass: Bool { self == .conductOfOfficials }

    public var name: LocalizedText {
        switch self {
        case .conductOfOfficials:
            LocalizedText(vi: "Vướng mắc do hành vi chậm trễ, gây phiền hà hoặc không thực hiện, thực hiện không đúng"
                            + " quy định hành chính của cơ quan, cán bộ, công chức",
                          en: "Difficulties caused by delay, harassment, or failure or wrong application of"
                            + " regulations by agencies or officials")
        case .unsuitedToReality:
            LocalizedText(vi: "Quy định hành chính không phù hợp với thực tế",
                          en: "Regulation unsuited to reality")
        case .inconsistent:
            LocalizedText(vi: "Quy định hành chính không đồng bộ, không thống nhất",
                          en: "Regulations inconsistent with each other")
        case .unlawful:
            LocalizedText(vi: "Quy định hành chính không hợp pháp", en: "Unlawful regulation")
        case .contraryToTreaty:
            LocalizedText(vi: "Quy định hành chính trái với điều ước quốc tế mà Việt Nam đã ký kết hoặc gia nhập",
                          en: "Regulation contrary to a treaty Vietnam has signed or joined")
        case .otherIssue:
            LocalizedText(vi: "Vấn đề khác liên quan đến quy định hành chính",
                          en: "Other issue concerning administrative regulations")
        case .proposedSolution:
            LocalizedText(vi: "Phương án xử lý phản ánh", en: "Proposed solution")
        case .newRuleInitiative:
            LocalizedText(vi: "Sáng kiến ban hành mới quy định hành chính",
                          en: "Initiative for a new regulation")
        }
    }

    /// A short name for lists and filters.
    public var shortName: LocalizedText {
        switch self {
        case .conductOfOfficials: LocalizedText(vi: "Hành vi của cán bộ, công chức", en: "Officials' conduct")
        case .unsuitedToReality: LocalizedText(vi: "Không phù hợp thực tế", en: "Unsuited to reality")
        case .inconsistent: LocalizedText(vi: "Không đồng bộ, thống nhất", en: "Inconsistent")
        case .unlawful: LocalizedText(vi: "Không hợp pháp", en: "Unlawful")
        case .contraryToTreaty: LocalizedText(vi: "Trái điều ước quốc tế", en: "Contrary to a treaty")
        case .otherIssue: LocalizedText(vi: "Vấn đề khác", en: "Other issue")
        case .proposedSolution: LocalizedText(vi: "Phương án xử lý", en: "Proposed solution")
        case .newRuleInitiative: LocalizedText(vi: "Sáng kiến quy định mới", en: "New-rule initiative")
        }
    }

    /// "khoản 1 Điều 5 …" / "Decree 20/2008 Art. 5.1".
    public var citation: LocalizedText { Cite.decree20("5.\(clause)") }
}
