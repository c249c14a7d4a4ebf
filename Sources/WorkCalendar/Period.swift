import Foundation

/// A processing time (thời hạn giải quyết) as published for an administrative procedure.
/// Encoded as `{"unit": "workingDays", "amount": 3}`.
public enum Period: Sendable, Hashable {
    /// N working days (ngày làm việc).
    case workingDays(Int)
    /// N calendar days (ngày).
    case calendarDays(Int)
    /// N working hours (giờ / giờ làm việc), counted within office hours.
    case hours(Int)
    /// N months (tháng).
    case months(Int)
    /// Within the day of reception (trong ngày).
    case withinDay

    /// Parses a catalogue entry: `unit` such as "Ngày làm việc", "Ngày", "Giờ", "Tháng",
    /// "Trong ngày" (case-, diacritic- and đ-insensitive; English names are accepted too).
    /// Returns nil for an unknown unit or a negative amount.
    public init?(amount: Int, unit: String) {
        guard amount >= 0, let unit = Unit(text: unit) else { return nil }
        self.init(unit: unit, amount: amount)
    }

    /// The unit of a period, as used in the JSON encoding.
    public enum Unit: String, Codable, Sendable, CaseIterable {
        case workingDays, calendarDays, hours, months, withinDay

        init?(text: String) {
            let folded = Unit.fold(text)
            switch folded {
            case "ngay lam viec", "working days", "working day", "workingdays": self = .workingDays
            case "ngay", "ngay lich", "calendar days", "calendar day", "days", "day", "calendardays":
                self = .calendarDays
            case "gio", "gio lam viec", "hours", "hour", "working hours": self = .hours
            case "thang", "months", "month": self = .months
            case "trong ngay", "within day", "within the day", "same day", "withinday": self = .withinDay
            default: return nil
            }
        }

        /// Lower-cases, removes diacritics (đ → d) and collapses spaces.
        static func fold(_ text: String) -> String {
            let stripped = text.precomposedStringWithCanonicalMapping
                .replacingOccurrences(of: "đ", with: "d")
                .replacingOccurrences(of: "Đ", with: "D")
                .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            return stripped.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    public init(unit: Unit, amount: Int) {
        switch unit {
        case .workingDays: self = .workingDays(amount)
        case .calendarDays: self = .calendarDays(amount)
        case .hours: self = .hours(amount)
        case .months: self = .months(amount)
        case .withinDay: self = .withinDay
        }
    }

    public var unit: Unit {
        switch self {
        case .workingDays: .workingDays
        case .calendarDays: .calendarDays
        case .hours: .hours
        case .months: .months
        case .withinDay: .withinDay
        }
    }

    /// The count (0 for `withinDay`).
    public var amount: Int {
        switch self {
        case .workingDays(let n), .calendarDays(let n), .hours(let n), .months(let n): n
        case .withinDay: 0
        }
    }
}

extension Period: Codable {
    private enum CodingKeys: String, CodingKey { case unit, amount }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let unit = try container.decode(Unit.self, forKey: .unit)
        let amount = try container.decodeIfPresent(Int.self, forKey: .amount) ?? 0
        self.init(unit: unit, amount: amount)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(unit, forKey: .unit)
        if self != .withinDay { try container.encode(amount, forKey: .amount) }
    }
}
