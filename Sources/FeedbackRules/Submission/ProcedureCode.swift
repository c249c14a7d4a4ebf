import Foundation
import WorkCalendar

/// The code of an administrative procedure a feedback is about, checked for shape only
/// (whether it is in the catalogue is for the caller to check).
///
/// National code `D.NNNNNN` (e.g. `1.000893`) or a provincial variant that appends the
/// agency code (`1.012790.000.00.00.H41`), as in docs/LEGAL-READINGS.md §5.1.
public struct ProcedureCode: Sendable, Hashable, Codable, CustomStringConvertible {
    public let value: String

    /// Parses `text` (spaces trimmed, agency letter upper-cased); nil when the shape is wrong.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        guard ProcedureCode.isValid(trimmed) else { return nil }
        value = trimmed
    }

    /// The national part (`1.012790` of `1.012790.000.00.00.H41`).
    public var nationalCode: String {
        value.split(separator: ".").prefix(2).joined(separator: ".")
    }

    public var description: String { value }

    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        func digits(_ part: Substring, _ count: Int) -> Bool { part.count == count && part.allSatisfy(\.isASCIIDigit) }
        guard parts.count == 2 || parts.count == 6, digits(parts[0], 1), digits(parts[1], 6) else { return false }
        if parts.count == 2 { return true }
        let agency = parts[5]
        guard let letter = agency.first, letter.isASCII, letter.isUppercase else { return false }
        return digits(parts[2], 3) && digits(parts[3], 2) && digits(parts[4], 2)
            && agency.count >= 2 && agency.dropFirst().allSatisfy(\.isASCIIDigit)
    }
}
