/// A civil date in the proleptic Gregorian calendar, without a time zone.
///
/// All arithmetic goes through the Julian Day Number (JDN), so nothing here depends on
/// Foundation's `Calendar` or the machine's locale. Encoded as the ISO string `yyyy-MM-dd`.
public struct LocalDate: Hashable, Comparable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Validates the triple; years 1...9999 only.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The date with the given Julian Day Number (noon-based integer day count).
    public init(julianDay jdn: Int) {
        let a = jdn + 32044
        let b = (4 * a + 3) / 146_097
        let c = a - 146_097 * b / 4
        let d = (4 * c + 3) / 1461
        let e = c - 1461 * d / 4
        let m = (5 * e + 2) / 153
        day = e - (153 * m + 2) / 5 + 1
        month = m + 3 - 12 * (m / 10)
        year = 100 * b + d - 4800 + m / 10
    }

    /// Parses `yyyy-MM-dd` (exactly four, two and two digits).
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = LocalDate.digits(parts[0]), let m = LocalDate.digits(parts[1]),
              let d = LocalDate.digits(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Julian Day Number of this date (e.g. 2451545 for 2000-01-01).
    public var julianDay: Int {
        let a = (14 - month) / 12
        let y = year + 4800 - a
        let m = month + 12 * a - 3
        return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 + y / 400 - 32045
    }

    /// 1 = Sunday, 2 = Monday, …, 7 = Saturday.
    public var weekday: Int { (julianDay + 1) % 7 + 1 }

    /// Saturday or Sunday.
    public var isWeekend: Bool { weekday == 1 || weekday == 7 }

    /// `yyyy-MM-dd`.
    public var iso: String {
        "\(LocalDate.pad(year, 4))-\(LocalDate.pad(month, 2))-\(LocalDate.pad(day, 2))"
    }

    /// `dd/MM/yyyy`, the Vietnamese display form.
    public var vnFormat: String {
        "\(LocalDate.pad(day, 2))/\(LocalDate.pad(month, 2))/\(LocalDate.pad(year, 4))"
    }

    public func adding(days: Int) -> LocalDate { LocalDate(julianDay: julianDay + days) }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func daysSince(_ other: LocalDate) -> Int { julianDay - other.julianDay }

    /// The same day of month `months` months later, clamped to the last day of that month
    /// (Civil Code 2015 Art. 148.3).
    public func adding(months: Int) -> LocalDate {
        let index = year * 12 + (month - 1) + months
        let y = index / 12
        let m = index % 12 + 1
        let d = min(day, LocalDate.daysIn(month: m, year: y))
        return LocalDate(year: y, month: m, day: d) ?? self
    }

    public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func pad(_ value: Int, _ width: Int) -> String { String(zeroPadded: value, width: width) }

    static func digits(_ text: Substring) -> Int? { text.fixedDigits(text.utf8.count) }
}

extension LocalDate: ISOTextCodable {
    public static let isoPattern = "yyyy-MM-dd"
}
