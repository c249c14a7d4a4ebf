import WorkCalendar
import Localization

/// The four classes of Decree 20/2008/NĐ-CP Art. 9.1.d.
public enum CaseClass: String, Sendable, Hashable, Codable, CaseIterable {
    /// Not accepted: the feedback does not meet Art. 7.1–7.2 (no name, address or phone, not
    /// in Vietnamese, unclear content). The reason goes to the sender.
    case notAccepted = "not_accepted"
    /// About difficulties caused by the conduct of an agency or official (Art. 5.1): forwarded
    /// to the state body competent to deal with that conduct.
    case aboutConduct = "conduct"
    /// About a regulation within the receiving body's own competence: handled here.
    case withinCompetence = "within"
    /// About a regulation outside the receiving body's competence: forwarded to the competent
    /// body within 5 working days of reception.
    case outsideCompetence = "outside"

    /// Whether the class sends the case to another body.
    public var forwards: Bool { self == .aboutConduct || self == .outsideCompetence }

    public var name: LocalizedText {
        switch self {
        case .notAccepted: LocalizedText(vi: "Không tiếp nhận", en: "Not accepted")
        case .aboutConduct: LocalizedText(vi: "Về hành vi của cơ quan, cán bộ, công chức",
                                          en: "About the conduct of an agency or official")
        case .withinCompetence: LocalizedText(vi: "Thuộc thẩm quyền xử lý", en: "Within our competence")
        case .outsideCompetence: LocalizedText(vi: "Không thuộc thẩm quyền xử lý", en: "Outside our competence")
        }
    }

    /// Every class comes from Art. 9.1.d.
    public var citation: LocalizedText { Cite.decree20("9.1.d") }
}

/// A classification decision with what its class requires (Decree 20/2008/NĐ-CP Art. 9.1.d).
public enum Classification: Sendable, Hashable, Codable {
    /// Not accepted, with the reason that is sent to the sender.
    case notAccepted(reason: String)
    /// About conduct: the body competent for the conduct, to which the case is forwarded.
    case aboutConduct(competentBody: String)
    /// Within our competence.
    case withinCompetence
    /// Outside our competence: the competent body, to which the case is forwarded.
    case outsideCompetence(competentBody: String)

    public var caseClass: CaseClass {
        switch self {
        case .notAccepted: .notAccepted
        case .aboutConduct: .aboutConduct
        case .withinCompetence: .withinCompetence
        case .outsideCompetence: .outsideCompetence
        }
    }

    /// The body the case must go to, for the forwarding classes.
    public var competentBody: String? {
        switch self {
        case .aboutConduct(let body), .outsideCompetence(let body): body
        case .notAccepted, .withinCompetence: nil
        }
    }

    /// The reason of a refusal.
    public var reason: String? {
        if case .notAccepted(let reason) = self { return reason }
        return nil
    }
}
