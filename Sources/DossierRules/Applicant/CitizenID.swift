import WorkCalendar
import Localization

/// A Vietnamese citizen's 12-digit personal identification number (số định danh cá nhân), the
/// number on the chip ID card (CCCD / thẻ căn cước).
///
/// Structure (Decree 137/2015/NĐ-CP Art. 13; Circular 07/2016/TT-BCA; kept by the Identity
/// Law 2023 Art. 12): digits 1–3 the province of birth registration (`ProvinceCodes`), digit 4
/// century and sex (0/1 born 1900–1999 male/female, 2/3 2000–2099, 4/5 2100–2199, 6/7
/// 2200–2299, 8/9 2300–2399), digits 5–6 the last two digits of the birth year, digits 7–12 a
/// random number. There is no check digit, so only the structure can be validated.
public struct CitizenID: Sendable, Hashable {
    public enum Sex: String, Sendable, Hashable, Codable { case male, female }

    /// The twelve digits.
    public let digits: String
    public let provinceCode: Int
    public let sex: Sex
    public let birthYear: Int

    public var provinceName: String { ProvinceCodes.names[provinceCode] ?? "" }

    /// Validates `text`. Spaces and dots between digit groups are ignored.
    /// With `asOf`, a birth year after that day's year is rejected.
    public static func parse(_ text: String, asOf: LocalDate? = nil) throws(CitizenIDError) -> CitizenID {
        let compact = text.filter { $0 != " " && $0 != "." }
        guard compact.allSatisfy(\.isASCIIDigit) else { throw .notDigits }
        guard compact.count == 12 else { throw .wrongLength(compact.count) }
        let values = compact.compactMap(\.wholeNumberValue)
        let province = values[0] * 100 + values[1] * 10 + values[2]
        guard ProvinceCodes.names[province] != nil else { throw .unknownProvince(province) }
        let centuryAndSex = values[3]
        let year = 1900 + 100 * (centuryAndSex / 2) + values[4] * 10 + values[5]
        if let asOf, year > asOf.year { throw .birthYearInFuture(year) }
        return CitizenID(digits: compact, provinceCode: province,
                         sex: centuryAndSex % 2 == 0 ? .male : .female, birthYear: year)
    }

    /// Whether `text` is a structurally valid number.
    public static func isValid(_ text: String, asOf: LocalDate? = nil) -> Bool {
        (try? parse(text, asOf: asOf)) != nil
    }
}

/// Why a citizen ID number was rejected.
public enum CitizenIDError: Error, Sendable, Hashable {
    case notDigits
    case wrongLength(Int)
    case unknownProvince(Int)
    case birthYearInFuture(Int)

    public var text: LocalizedText {
        switch self {
        case .notDigits:
            LocalizedText(vi: "Số định danh cá nhân chỉ gồm chữ số", en: "The ID number must contain digits only")
        case .wrongLength(let count):
            LocalizedText(vi: "Số định danh cá nhân phải có 12 chữ số (nhận được \(count))",
                          en: "The ID number must have 12 digits (got \(count))")
        case .unknownProvince(let code):
            LocalizedText(vi: "Ba chữ số đầu \(ProvinceCodes.pad3(code)) không phải mã tỉnh, thành phố",
                          en: "The first three digits \(ProvinceCodes.pad3(code)) are not a province code")
        case .birthYearInFuture(let year):
            LocalizedText(vi: "Năm sinh \(year) ở tương lai", en: "Birth year \(year) is in the future")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}

extension ProvinceCodes {
    static func pad3(_ code: Int) -> String {
        let text = String(code)
        return String(repeating: "0", count: max(0, 3 - text.count)) + text
    }
}
