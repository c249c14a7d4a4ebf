import WorkCalendar

/// A run of whole days, both ends included: a reporting period, a quarter, the range a
/// results report covers. Encoded as `{"start": "2024-04-01", "end": "2024-06-30"}`.
public struct DayRange: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    public let start: LocalDate
    public let end: LocalDate

    /// Nil when `end` is before `start`.
    public init?(start: LocalDate, end: LocalDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// For values already known to be ordered.
    init(validStart: LocalDate, end: LocalDate) {
        precondition(validStart <= end, "a day range runs forwards")
        start = validStart
        self.end = end
    }

    /// A single day.
    public init(day: LocalDate) {
        start = day
        end = day
    }

    /// Months `first`…`last` (1…12) of `year`, whole.
    public static func months(_ first: Int, through last: Int, of year: Int) -> DayRange? {
        guard (1...12).contains(first), (first...12).contains(last),
              let start = LocalDate(year: year, month: first, day: 1),
              let end = LocalDate(year: year, month: last, day: LocalDate.daysIn(month: last, year: year))
        else { return nil }
        return DayRange(validStart: start, end: end)
    }

    /// Month `month` of `year`.
    public static func month(_ month: Int, of year: Int) -> DayRange? { months(month, through: month, of: year) }

    /// Quarter 1…4 of `year` (Quý I: January–March …).
    public static func quarter(_ quarter: Int, of year: Int) -> DayRange? {
        guard (1...4).contains(quarter) else { return nil }
        return months(quarter * 3 - 2, through: quarter * 3, of: year)
    }

    /// Half 1 (January–June, "6 tháng đầu năm") or 2 (July–December, "6 tháng cuối năm").
    public static func half(_ half: Int, of year: Int) -> DayRange? {
        guard (1...2).contains(half) else { return nil }
        return months(half * 6 - 5, through: half * 6, of: year)
    }

    /// The whole of `year`.
    public static func year(_ year: Int) -> DayRange? { months(1, through: 12, of: year) }

    public func contains(_ day: LocalDate) -> Bool { start <= day && day <= end }

    public func overlaps(_ other: DayRange) -> Bool { start <= other.end && other.start <= end }

    /// Number of days, both ends counted.
    public var dayCount: Int { end.daysSince(start) + 1 }

    /// `2024-04-01/2024-06-30`, the ISO 8601 interval form (used in keys).
    public var iso: String { "\(start.iso)/\(end.iso)" }

    /// Parses the `iso` form.
    public init?(iso: String) {
        let parts = iso.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = LocalDate(iso: String(parts[0])),
              let end = LocalDate(iso: String(parts[1])) else { return nil }
        self.init(start: start, end: end)
    }

    public var description: String { iso }

    /// Earlier start first; for the same start, the shorter range first.
    public static func < (lhs: DayRange, rhs: DayRange) -> Bool { (lhs.start, lhs.end) < (rhs.start, rhs.end) }

    /// The same days one year later (29/02 becomes 28/02).
    public func shiftedByYears(_ years: Int) -> DayRange {
        let newStart = start.adding(months: 12 * years)
        var newEnd = end.adding(months: 12 * years)
        // Keep a range that ended on the last day of February ending on the last day.
        if end.month == 2, end.day == LocalDate.daysIn(month: 2, year: end.year) {
            newEnd = LocalDate(year: newEnd.year, month: 2, day: LocalDate.daysIn(month: 2, year: newEnd.year)) ?? newEnd
        }
        return DayRange(validStart: newStart, end: max(newStart, newEnd))
    }

    private enum CodingKeys: String, CodingKey { case start, end }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let start = try container.decode(LocalDate.self, forKey: .start)
        let end = try container.decode(LocalDate.self, forKey: .end)
        guard start <= end else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: container,
                                                   debugDescription: "end \(end) is before start \(start)")
        }
        self.init(validStart: start, end: end)
    }
}
