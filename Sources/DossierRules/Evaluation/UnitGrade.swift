import WorkCalendar
import Localization

/// The grade of a unit out of 18 points (Circular 01/2018/TT-VPCP Art. 15.3.b).
public enum UnitGrade: String, Sendable, Hashable, Codable, CaseIterable {
    /// 15 points or more (xuất sắc).
    case excellent
    /// 12 to under 15 (tốt).
    case good
    /// 9 to under 12 (khá).
    case fairlyGood
    /// 6 to under 9 (trung bình).
    case average
    /// Under 6 (yếu).
    case weak

    /// The band of a total given in tenths of a point (scores are rounded to one decimal,
    /// Art. 15.2.a), so 14.9 is `good` and 15.0 `excellent`.
    public static func band(totalTenths: Int) -> UnitGrade {
        switch totalTenths {
        case 150...: .excellent
        case 120..<150: .good
        case 90..<120: .fairlyGood
        case 60..<90: .average
        default: .weak
        }
    }

    public var name: LocalizedText {
        switch self {
        case .excellent: LocalizedText(vi: "Xuất sắc", en: "Excellent")
        case .good: LocalizedText(vi: "Tốt", en: "Good")
        case .fairlyGood: LocalizedText(vi: "Khá", en: "Fairly good")
        case .average: LocalizedText(vi: "Trung bình", en: "Average")
        case .weak: LocalizedText(vi: "Yếu", en: "Weak")
        }
    }
}
