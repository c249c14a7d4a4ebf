/// The public holidays of Labour Code 2019 Art. 112.1.
public enum Holiday: String, Codable, Sendable, CaseIterable {
    /// Tết Dương lịch, 1/1 (Art. 112.1.a).
    case newYear
    /// Tết Âm lịch, 5 days (Art. 112.1.b; the Prime Minister fixes the days each year).
    case tet
    /// Giỗ Tổ Hùng Vương, 10/3 lunar (Art. 112.1.e).
    case hungKings
    /// Ngày Chiến thắng, 30/4 (Art. 112.1.c).
    case reunification
    /// Ngày Quốc tế lao động, 1/5 (Art. 112.1.d).
    case labour
    /// Quốc khánh, 2/9 and one adjacent day (Art. 112.1.đ; the adjacent day is fixed yearly).
    case nationalDay
}

/// Why a day is off, or why a weekend day is worked.
public enum DayReason: Hashable, Sendable, Codable {
    /// Saturday or Sunday, the civil service's weekly rest (Labour Code 2019 Art. 111).
    case weekend
    /// A statutory holiday generated from Labour Code Art. 112.1.
    case holiday(Holiday)
    /// Compensatory day off for `holidayDate`, a holiday that fell on a weekly rest day
    /// (Labour Code Art. 111.3).
    case compensatory(for: Holiday, holidayDate: LocalDate)
    /// A day off fixed by an official decision (e.g. the yearly Tết schedule or a swap);
    /// `holiday` names the holiday the break belongs to, if any.
    case decisionDayOff(reference: String, holiday: Holiday?)
    /// A weekend day made a working day by an official swap (ngày làm bù).
    case decisionWorkingDay(reference: String)

    /// Whether this reason, on its own, makes a day non-working.
    public var makesDayOff: Bool {
        switch self {
        case .weekend, .holiday, .compensatory, .decisionDayOff: true
        case .decisionWorkingDay: false
        }
    }

    /// Higher is shown first. A statutory or compensatory reason cites the law and beats a
    /// decision listing the same day; inside a Tết or National Day window the decision
    /// replaces the generated days, so its reason is the one shown there.
    var specificity: Int {
        switch self {
        case .weekend: 0
        case .decisionDayOff: 1
        case .compensatory: 2
        case .holiday: 3
        case .decisionWorkingDay: 4
        }
    }
}

/// Whether a date is a working day, and why not (or why it is, for a swapped Saturday).
public struct DayInfo: Hashable, Sendable {
    public let date: LocalDate
    public let isWorkingDay: Bool
    /// Every reason that applies, most specific first; empty for an ordinary working day.
    public let reasons: [DayReason]

    /// The reason an explanation should show.
    public var primaryReason: DayReason? { reasons.first }
}

/// Defaults used for years that have no official decision. Administrators may change them;
/// the bundled values live in `Resources/decisions.json`.
public struct HolidayRules: Codable, Sendable, Hashable {
    /// Which neighbour of 2/9 is the second National Day holiday.
    public enum AdjacentDay: String, Codable, Sendable { case before, after }

    /// How many of the Tết days fall before mùng 1 (the rest are mùng 1, 2, …).
    public var tetDaysBeforeNewYear: Int
    /// Total Tết days (Labour Code Art. 112.1.b: 5).
    public var tetDays: Int
    public var nationalDayAdjacent: AdjacentDay

    /// Tết: the last day of the old year plus mùng 1–4 (the pattern of the 2026 schedule,
    /// which needed no swap); National Day: 1/9, the day the government chose for 2025.
    public init(tetDaysBeforeNewYear: Int = 1, tetDays: Int = 5, nationalDayAdjacent: AdjacentDay = .before) {
        self.tetDaysBeforeNewYear = tetDaysBeforeNewYear
        self.tetDays = tetDays
        self.nationalDayAdjacent = nationalDayAdjacent
    }
}

/// Generated holidays of one Gregorian year (Labour Code Art. 112.1 and 111.3).
enum StatutoryHolidays {
    /// Statutory days of `year` as (date, holiday), sorted, Tết and National Day included.
    static func days(year: Int, rules: HolidayRules) -> [(LocalDate, Holiday)] {
        var result: [(LocalDate, Holiday)] = []
        func fixed(_ month: Int, _ day: Int, _ holiday: Holiday) {
            if let date = LocalDate(year: year, month: month, day: day) { result.append((date, holiday)) }
        }
        fixed(1, 1, .newYear)
        let newYear = LunarCalendar.tet(year)
        for offset in 0..<rules.tetDays {
            result.append((newYear.adding(days: offset - rules.tetDaysBeforeNewYear), .tet))
        }
        if let hungKings = LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) {
            result.append((hungKings, .hungKings))
        }
        fixed(4, 30, .reunification)
        fixed(5, 1, .labour)
        fixed(9, 2, .nationalDay)
        fixed(9, rules.nationalDayAdjacent == .before ? 1 : 3, .nationalDay)
        return result.sorted { $0.0 < $1.0 }
    }

    /// Compensatory days (Art. 111.3): each holiday on a Saturday or Sunday gives the next day
    /// that is neither a weekend, a holiday, an already given compensatory day nor in `taken`.
    static func compensatory(for holidays: [(LocalDate, Holiday)], taken: Set<LocalDate>)
        -> [(LocalDate, DayReason)] {
        let holidayDates = Set(holidays.map(\.0))
        var used = taken.union(holidayDates)
        var result: [(LocalDate, DayReason)] = []
        for (date, holiday) in holidays where date.isWeekend {
            var candidate = date.adding(days: 1)
            while candidate.isWeekend || used.contains(candidate) { candidate = candidate.adding(days: 1) }
            used.insert(candidate)
            result.append((candidate, .compensatory(for: holiday, holidayDate: date)))
        }
        return result
    }
}
