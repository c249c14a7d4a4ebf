import WorkCalendar
import Localization

/// How far a unit got with an occurrence, as it reports it.
public enum WorkStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case notStarted, inProgress, done
    /// Cannot be done; the report must say why.
    case cannotBeDone

    public var name: LocalizedText {
        switch self {
        case .notStarted: LocalizedText(vi: "Chưa thực hiện", en: "Not started")
        case .inProgress: LocalizedText(vi: "Đang thực hiện", en: "In progress")
        case .done: LocalizedText(vi: "Đã hoàn thành", en: "Done")
        case .cannotBeDone: LocalizedText(vi: "Không thực hiện được", en: "Cannot be done")
        }
    }
}
