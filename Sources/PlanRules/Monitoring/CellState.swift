import WorkCalendar
import Localization

/// The colour of a cell of the monitoring matrix.
public enum CellState: String, Sendable, Hashable, Codable, CaseIterable {
    case accepted
    /// Submitted, awaiting the office's review.
    case submitted
    case overdue
    case returned
    case dueSoon
    case inProgress
    case notStarted

    public var name: LocalizedText {
        switch self {
        case .accepted: LocalizedText(vi: "Đã chấp nhận", en: "Accepted")
        case .submitted: LocalizedText(vi: "Chờ duyệt", en: "Awaiting review")
        case .overdue: LocalizedText(vi: "Quá hạn", en: "Overdue")
        case .returned: LocalizedText(vi: "Bị trả lại", en: "Returned")
        case .dueSoon: LocalizedText(vi: "Sắp đến hạn", en: "Due soon")
        case .inProgress: LocalizedText(vi: "Đang thực hiện", en: "In progress")
        case .notStarted: LocalizedText(vi: "Chưa thực hiện", en: "Not started")
        }
    }
}
