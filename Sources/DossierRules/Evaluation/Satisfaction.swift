import WorkCalendar
import Localization

/// How satisfied the applicant was (the rating offered after the result is returned; Decree
/// 61/2018/NĐ-CP Art. 31–32 and Circular 01/2018/TT-VPCP Art. 12, in the three levels the
/// public-service portals use).
public enum Satisfaction: Int, Sendable, Hashable, CaseIterable {
    case dissatisfied = 1
    case satisfied = 2
    case verySatisfied = 3

    public var name: LocalizedText {
        switch self {
        case .dissatisfied: LocalizedText(vi: "Không hài lòng", en: "Dissatisfied")
        case .satisfied: LocalizedText(vi: "Hài lòng", en: "Satisfied")
        case .verySatisfied: LocalizedText(vi: "Rất hài lòng", en: "Very satisfied")
        }
    }
}
