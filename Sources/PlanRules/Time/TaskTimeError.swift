import WorkCalendar
import Localization

/// Why a time wording was not understood. Each message quotes what was typed and says what is
/// accepted.
public enum TaskTimeError: Error, Sendable, Hashable {
    case empty
    case unrecognised(String)
    case invalidDate(String)
    case invalidQuarter(String)
    case invalidHalf(Int)
    case invalidMonth(Int)
    /// "Định kỳ N tháng": N must be 1…12.
    case invalidInterval(Int)
    case yearOutOfRange(Int)
    /// "Quý II" with no year and no plan year to take it from.
    case missingYear(String)
    case rangeEndsBeforeStart(from: LocalDate, to: LocalDate)

    public var text: LocalizedText {
        switch self {
        case .empty:
            LocalizedText(vi: "Chưa nhập thời gian thực hiện", en: "The time is empty")
        case .unrecognised(let raw):
            LocalizedText(
                vi: "Không hiểu thời gian \"\(raw)\". Dùng một trong các dạng: Thường xuyên; Quý II/2024;"
                    + " 6 tháng đầu năm 2024; Tháng 5/2024; Năm 2024; Định kỳ 6 tháng/01 lần;"
                    + " Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024",
                en: "Cannot read the time \"\(raw)\". Use one of: Thường xuyên (ongoing); Quý II/2024;"
                    + " 6 tháng đầu năm 2024; Tháng 5/2024; Năm 2024; Định kỳ 6 tháng/01 lần;"
                    + " Trước ngày 30/6/2024; Từ 01/3/2024 đến 30/4/2024")
        case .invalidDate(let raw):
            LocalizedText(vi: "Ngày \"\(raw)\" không hợp lệ (dạng ngày/tháng/năm, ví dụ 30/6/2024)",
                          en: "The date \"\(raw)\" is invalid (day/month/year, e.g. 30/6/2024)")
        case .invalidQuarter(let raw):
            LocalizedText(vi: "Quý \"\(raw)\" không hợp lệ (I, II, III, IV hoặc 1–4)",
                          en: "Quarter \"\(raw)\" is invalid (I, II, III, IV or 1–4)")
        case .invalidHalf(let half):
            LocalizedText(vi: "Nửa năm \(half) không hợp lệ (1 hoặc 2)", en: "Half \(half) is invalid (1 or 2)")
        case .invalidMonth(let month):
            LocalizedText(vi: "Tháng \(month) không hợp lệ (1–12)", en: "Month \(month) is invalid (1–12)")
        case .invalidInterval(let months):
            LocalizedText(vi: "Chu kỳ \(months) tháng không hợp lệ (từ 1 đến 12 tháng)",
                          en: "A cycle of \(months) months is invalid (1 to 12 months)")
        case .yearOutOfRange(let year):
            LocalizedText(vi: "Năm \(year) nằm ngoài khoảng 2000–2199", en: "Year \(year) is outside 2000–2199")
        case .missingYear(let raw):
            LocalizedText(vi: "Thời gian \"\(raw)\" thiếu năm (ví dụ Quý II/2024)",
                          en: "The time \"\(raw)\" has no year (e.g. Quý II/2024)")
        case .rangeEndsBeforeStart(let from, let to):
            LocalizedText(vi: "Ngày kết thúc \(to.vnFormat) trước ngày bắt đầu \(from.vnFormat)",
                          en: "The end \(to.vnFormat) is before the start \(from.vnFormat)")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
