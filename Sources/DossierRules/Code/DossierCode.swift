import Foundation
import Formats
import WorkCalendar
import Localization

/// The dossier code (mã số hồ sơ) printed on the receipt (Mẫu 01) and used for public lookup.
///
/// Decree 61/2018/NĐ-CP Art. 26.2: the code is the identification code of the *receiving*
/// agency followed by the reception date and the dossier's number within that day.
/// Circular 01/2018/TT-VPCP Art. 19.1 fixes the layout `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX`:
/// `YYMMDD` is the reception date (two digits each for year, month, day) and `XXXX` the
/// four-digit number of the dossier received that day, so one agency can number at most
/// 9,999 dossiers a day (`0000` is not a number: counting starts at 1).
/// Decree 61/2018 Art. 17.3: every dossier gets its code once it has been received.
///
/// `YY` is read as 20YY: the format dates from 2018 (Circular 01/2018 took effect
/// 06/01/2019), so years 2000–2099 are the only ones a code can carry.
/// Allocating the next `XXXX` atomically per agency and day is the database's job; this type
/// only builds and checks codes.
public struct DossierCode: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let agency: AgencyCode
    /// The reception day (the `YYMMDD` part).
    public let day: LocalDate
    /// The number within the day, 1…9999 (the `XXXX` part).
    public let sequence: Int

    /// Valid numbers within a day (Circular 01/2018 Art. 19.1: four digits).
    public static let sequenceRange = 1...9999
    /// Years a two-digit `YY` can stand for.
    public static let yearRange = 2000...2099

    /// Builds a code; throws when a part is invalid.
    public static func make(agency: String, day: LocalDate, sequence: Int) throws(DossierCodeError) -> DossierCode {
        guard let agencyCode = AgencyCode(agency) else { throw .invalidAgency(agency) }
        return try make(agency: agencyCode, day: day, sequence: sequence)
    }

    /// Builds a code from an already validated agency code.
    public static func make(agency: AgencyCode, day: LocalDate, sequence: Int) throws(DossierCodeError) -> DossierCode {
        guard yearRange.contains(day.year) else { throw .yearOutOfRange(day.year) }
        guard sequenceRange.contains(sequence) else { throw .sequenceOutOfRange(sequence) }
        return DossierCode(agency: agency, day: day, sequence: sequence)
    }

    /// Parses a code such as `000.00.00.H41-250124-0001`. Surrounding spaces are ignored and
    /// letters are upper-cased (people type codes into the public lookup).
    public static func parse(_ text: String) throws(DossierCodeError) -> DossierCode {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3 else { throw .malformed(text) }
        guard let agency = AgencyCode(String(parts[0])) else { throw .invalidAgency(String(parts[0])) }
        let datePart = parts[1]
        guard datePart.utf8.count == 6, let day = LocalDate(compact: datePart) else { throw .invalidDate(String(datePart)) }
        guard let number = parts[2].fixedDigits(4) else { throw .malformed(text) }
        return try make(agency: agency, day: day, sequence: number)
    }

    /// `000.00.00.H41-250124-0001`.
    public var text: String {
        let yy = String(zeroPadded: day.year % 100, width: 2)
        return "\(agency.text)-\(yy)\(String(zeroPadded: day.month, width: 2))\(String(zeroPadded: day.day, width: 2))-"
            + String(zeroPadded: sequence, width: 4)
    }

    public var description: String { text }

    /// Orders by agency, then day, then number.
    public static func < (lhs: DossierCode, rhs: DossierCode) -> Bool {
        (lhs.agency.text, lhs.day, lhs.sequence) < (rhs.agency.text, rhs.day, rhs.sequence)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        do throws(DossierCodeError) {
            self = try DossierCode.parse(raw)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.message(.en))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(text)
    }

    private init(agency: AgencyCode, day: LocalDate, sequence: Int) {
        self.agency = agency
        self.day = day
        self.sequence = sequence
    }
}

/// Why a dossier code was rejected.
public enum DossierCodeError: Error, Sendable, Hashable {
    case malformed(String)
    case invalidAgency(String)
    case invalidDate(String)
    case yearOutOfRange(Int)
    case sequenceOutOfRange(Int)

    public var text: LocalizedText {
        switch self {
        case .malformed(let raw):
            LocalizedText(vi: "Mã hồ sơ \"\(raw)\" không đúng dạng <mã cơ quan>-YYMMDD-XXXX",
                          en: "Dossier code \"\(raw)\" is not of the form <agency code>-YYMMDD-XXXX")
        case .invalidAgency(let raw):
            LocalizedText(vi: "Mã định danh cơ quan \"\(raw)\" không hợp lệ (dạng 000.00.00.H41)",
                          en: "Agency code \"\(raw)\" is invalid (expected e.g. 000.00.00.H41)")
        case .invalidDate(let raw):
            LocalizedText(vi: "Ngày tiếp nhận \"\(raw)\" không phải ngày hợp lệ dạng YYMMDD",
                          en: "Reception date \"\(raw)\" is not a valid YYMMDD date")
        case .yearOutOfRange(let year):
            LocalizedText(vi: "Năm \(year) không biểu diễn được bằng hai chữ số YY (2000–2099)",
                          en: "Year \(year) cannot be written as YY (2000–2099)")
        case .sequenceOutOfRange(let number):
            LocalizedText(vi: "Số thứ tự \(number) ngoài khoảng 0001–9999",
                          en: "Sequence number \(number) is outside 0001–9999")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}
