import WorkCalendar

/// A Vietnamese phone number, kept in national form: `0` followed by 9 digits (mobile) or
/// 10 digits (landline with its `02x` area code).
///
/// Accepted spellings: `0912345678`, `0912 345 678`, `0912.345.678`, `0912-345-678`,
/// `(0238) 3 844 567`, `+84 912 345 678`, `+84 (0) 912 345 678`, `84912345678`,
/// `0084 912 345 678`. Mobile numbers start `03`, `05`, `07`, `08`, `09` (the 2018 numbering
/// plan); landlines start `02`. Numbers in other shapes (short codes, old 11-digit mobiles,
/// foreign numbers) are refused.
public struct PhoneNumber: Sendable, Hashable, Codable, CustomStringConvertible {
    /// `0912345678`.
    public let national: String

    /// Parses `text`; nil when it is not a Vietnamese phone number.
    public init?(_ text: String) {
        guard let national = PhoneNumber.normalise(text) else { return nil }
        self.national = national
    }

    /// `+84912345678`.
    public var international: String { "+84" + national.dropFirst() }

    /// `0912 345 678` (mobile) or `0238 3844 567` (landline).
    public var display: String {
        let digits = Array(national)
        let groups = isMobile ? [4, 3, 3] : [4, 4, 3]
        var parts: [String] = []
        var index = 0
        for size in groups {
            parts.append(String(digits[index..<index + size]))
            index += size
        }
        return parts.joined(separator: " ")
    }

    public var isMobile: Bool { national.count == 10 }

    /// The last four digits (what the sender types to follow the case).
    public var lastFour: String { String(national.suffix(4)) }

    public var description: String { national }

    /// The national form of `text`, or nil.
    public static func normalise(_ text: String) -> String? {
        var digits = ""
        var sawPlus = false
        for character in text {
            if character.isASCIIDigit {
                digits.append(character)
            } else if character == "+" && digits.isEmpty && !sawPlus {
                sawPlus = true
            } else if !" .-()\u{00A0}".contains(character) {
                return nil
            }
        }
        return national(fromDigits: digits)
    }

    /// The national form of a run of digits (country code allowed), or nil.
    static func national(fromDigits raw: String) -> String? {
        var digits = Substring(raw)
        if digits.hasPrefix("0084") {
            digits = digits.dropFirst(4)
        } else if digits.hasPrefix("84") && digits.count >= 11 {
            digits = digits.dropFirst(2)
        } else if digits.hasPrefix("0") {
            digits = digits.dropFirst()
        } else {
            return nil
        }
        if digits.hasPrefix("0") { digits = digits.dropFirst() }  // "+84 (0) 912…"
        guard let first = digits.first else { return nil }
        switch (first, digits.count) {
        case ("3", 9), ("5", 9), ("7", 9), ("8", 9), ("9", 9): return "0" + digits
        case ("2", 10): return "0" + digits
        default: return nil
        }
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let national = PhoneNumber.normalise(raw) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a Vietnamese phone number: \(raw)")
        }
        self.national = national
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(national)
    }
}
