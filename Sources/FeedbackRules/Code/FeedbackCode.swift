import Foundation
import WorkCalendar
import Localization

/// The case code on the sender's receipt: `PAKN.YYYYMMDD.NNNN`, e.g. `PAKN.20250124.0007`.
///
/// Decree 20/2008/NĐ-CP Art. 9.1.c has every feedback entered in the register (sổ tiếp nhận);
/// the code is what the sender keeps to follow the case (Art. 12.2: the sender may ask how it
/// is being handled). `YYYYMMDD` is the reception day and `NNNN` the case's number within that
/// day, 0001–9999. Allocating the next number atomically is the database's job; this type only
/// builds and checks codes.
public struct FeedbackCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The fixed prefix.
    public static let prefix = "PAKN"
    /// Valid numbers within a day.
    public static let sequenceRange = 1...9999
    /// Years a code may carry (four digits; the platform starts long after 2000).
    public static let yearRange = 2000...9999

    /// The reception day.
    public let day: LocalDate
    /// The number within the day.
    public let sequence: Int

    /// Builds a code; throws when a part is out of range.
    public static func make(day: LocalDate, sequence: Int) throws(FeedbackCodeError) -> FeedbackCode {
        guard yearRange.contains(day.year) else { throw .yearOutOfRange(day.year) }
        guard sequenceRange.contains(sequence) else { throw .sequenceOutOfRange(sequence) }
        return FeedbackCode(day: day, sequence: sequence)
    }

    /// Parses a code. Surrounding spaces are ignored and the prefix may be typed in lower case
    /// (people type codes into the follow-up page).
    public static func parse(_ text: String) throws(FeedbackCodeError) -> FeedbackCode {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).uppercased()
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == prefix else { throw .malformed(text) }
        let datePart = parts[1]
        guard datePart.utf8.count == 8, let day = LocalDate(compact: datePart) else { throw .invalidDate(String(datePart)) }
        guard let number = parts[2].fixedDigits(4) else { throw .malformed(text) }
        return try make(day: day, sequence: number)
    }

    /// Whether `text` is a valid code.
    public static func isValid(_ text: String) -> Bool {
        (try? parse(text)) != nil
    }

    /// `PAKN.20250124.0007`.
    public var text: String {
        "\(FeedbackCode.prefix).\(String(zeroPadded: day.year, width: 4))\(String(zeroPadded: day.month, width: 2))\(String(zeroPadded: day.day, width: 2)).\(String(zeroPadded: sequence, width: 4))"
    }

    public var description: String { text }

    /// Orders by day, then number.
    public static func < (lhs: FeedbackCode, rhs: FeedbackCode) -> Bool {
        (lhs.day, lhs.sequence) < (rhs.day, rhs.sequence)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do throws(FeedbackCodeError) {
            self = try FeedbackCode.parse(raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private init(day: LocalDate, sequence: Int) {
        self.day = day
        self.sequence = sequence
    }
}

/// Why a case code was rejected.
public enum FeedbackCodeError: Error, Sendable, Hashable {
    case malformed(String)
    case invalidDate(String)
    case yearOutOfRange(Int)
    case sequenceOutOfRange(Int)

    public var text: LocalizedText {
        switch self {
        case .malformed(let raw):
            LocalizedText(vi: "Mã phản ánh, kiến nghị \"\(raw)\" không đúng dạng PAKN.YYYYMMDD.NNNN",
                          en: "Feedback code \"\(raw)\" is not of the form PAKN.YYYYMMDD.NNNN")
        case .invalidDate(let raw):
            LocalizedText(vi: "Ngày tiếp nhận \"\(raw)\" không phải ngày hợp lệ dạng YYYYMMDD",
                          en: "Reception date \"\(raw)\" is not a valid YYYYMMDD date")
        case .yearOutOfRange(let year):
            LocalizedText(vi: "Năm \(year) nằm ngoài khoảng 2000–9999", en: "Year \(year) is outside 2000–9999")
        case .sequenceOutOfRange(let number):
            LocalizedText(vi: "Số thứ tự \(number) ngoài khoảng 0001–9999",
                          en: "Sequence number \(number) is outside 0001–9999")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
