import WorkCalendar
import Localization

/// Everything wrong with a plan CSV file. Nothing is produced while there is any problem.
public struct PlanCSVError: Error, Sendable, Hashable {
    public let problems: [PlanCSVProblem]

    /// One message per problem, each naming its line: "Dòng 4: …".
    public func messages(_ language: Language) -> [String] { problems.map { $0.message(language) } }
}

/// One problem, on a line of the file (line 1 is the header).
public struct PlanCSVProblem: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case syntax(CSVSyntaxError)
        case empty
        case missingColumn(String)
        case duplicateColumn(String)
        case wrongFieldCount(expected: Int, found: Int)
        case missingValue(column: String)
        case invalidNumber(String)
        case sectionMismatch(number: String, section: String)
        case duplicateNumber(String)
        case time(TaskTimeError)
        case duplicateMetric(String)
    }

    public let line: Int
    public let kind: Kind

    public var text: LocalizedText {
        let detail: LocalizedText
        switch kind {
        case .syntax(.unterminatedQuote):
            detail = LocalizedText(vi: "dấu ngoặc kép mở ở dòng này không được đóng",
                                   en: "a double quote opened on this line is never closed")
        case .syntax(.strayQuote):
            detail = LocalizedText(vi: "dấu ngoặc kép đặt sai chỗ (trường có dấu phẩy phải đặt trong ngoặc kép)",
                                   en: "a misplaced double quote (quote whole fields that contain commas)")
        case .empty:
            detail = LocalizedText(vi: "tệp không có nhiệm vụ nào", en: "the file has no task")
        case .missingColumn(let name):
            detail = LocalizedText(vi: "thiếu cột \"\(name)\"", en: "the column \"\(name)\" is missing")
        case .duplicateColumn(let name):
            detail = LocalizedText(vi: "cột \"\(name)\" xuất hiện hai lần", en: "the column \"\(name)\" appears twice")
        case .wrongFieldCount(let expected, let found):
            detail = LocalizedText(vi: "có \(found) ô, tiêu đề có \(expected) cột",
                                   en: "\(found) fields where the header has \(expected)")
        case .missingValue(let column):
            detail = LocalizedText(vi: "cột \"\(column)\" để trống", en: "the column \"\(column)\" is empty")
        case .invalidNumber(let raw):
            detail = LocalizedText(vi: "số thứ tự \"\(raw)\" không hợp lệ (ví dụ 5 hoặc II.5)",
                                   en: "the number \"\(raw)\" is invalid (e.g. 5 or II.5)")
        case .sectionMismatch(let number, let section):
            detail = LocalizedText(vi: "số thứ tự \(number) không thuộc mục \(section)",
                                   en: "number \(number) is not in section \(section)")
        case .duplicateNumber(let number):
            detail = LocalizedText(vi: "nhiệm vụ \(number) đã có ở dòng trước", en: "task \(number) appears earlier")
        case .time(let error):
            detail = error.text
        case .duplicateMetric(let name):
            detail = LocalizedText(vi: "chỉ tiêu \"\(name)\" bị lặp", en: "the metric \"\(name)\" is repeated")
        }
        return LocalizedText(vi: "Dòng \(line): \(detail.vi)", en: "Line \(line): \(detail.en)")
    }

    public func message(_ language: Language) -> String { text(language) }
}
