/// A date in the Vietnamese lunisolar calendar (âm lịch).
public struct LunarDate: Hashable, Sendable, Codable {
    /// The lunar year, named by the Gregorian year in which its month 1 begins.
    public let year: Int
    public let month: Int
    public let day: Int
    /// True for the intercalary month (tháng nhuận) that repeats `month`.
    public let isLeapMonth: Bool

    public init(year: Int, month: Int, day: Int, isLeapMonth: Bool = false) {
        self.year = year
        self.month = month
        self.day = day
        self.isLeapMonth = isLeapMonth
    }
}

/// The Vietnamese lunar calendar, computed for UTC+7.
///
/// New moons come from Meeus ch. 49 (all periodic terms and planetary corrections) and solar
/// longitudes from Meeus ch. 25 (VSOP87 with nutation and aberration), so months that begin
/// with a new moon shortly after local midnight (Tết 1991, the leap month 2 of 2023) come out
/// right. A Chinese (UTC+8) calendar differs in some years (1985, 2007, 2030…) and is never
/// used. Lunar years 1900–2199 are served from a table built once; other years are computed
/// on demand (slower, and ΔT is extrapolated).
public enum LunarCalendar {
    /// Lunar years with precomputed months.
    public static let tabulatedYears: ClosedRange<Int> = 1900...2199

    static let vietnam = LunarEngine(utcOffsetHours: 7)
    static let table = vietnam.table(solsticeYears: (tabulatedYears.lowerBound - 1)...tabulatedYears.upperBound)

    /// The lunar date of a Gregorian date.
    public static func lunar(from date: LocalDate) -> LunarDate {
        lunar(from: date, engine: vietnam, table: table)
    }

    /// The Gregorian date of a lunar date, or nil when the month does not exist in that year
    /// (e.g. a leap flag on a month that is not leap) or the day exceeds the month's length.
    public static func solar(from lunar: LunarDate) -> LocalDate? {
        solar(from: lunar, engine: vietnam, table: table)
    }

    /// The number of the leap month in a lunar year, if it has one.
    public static func leapMonth(inLunarYear year: Int) -> Int? {
        tableFor(lunarYear: year, engine: vietnam, table: table).leapMonth(year: year)
    }

    /// Mùng 1 Tết (first day of month 1) of a lunar year.
    public static func tet(_ year: Int) -> LocalDate {
        tet(year, engine: vietnam, table: table)
    }

    // MARK: Engine-parameterised forms (tests compare against a UTC+8 engine)

    static func lunar(from date: LocalDate, engine: LunarEngine, table: LunarTable) -> LunarDate {
        let day = date.julianDay
        if let value = table.lunar(day: day) { return value }
        let local = engine.table(solsticeYears: (date.year - 1)...date.year)
        guard let value = local.lunar(day: day) else {
            preconditionFailure("lunar table does not cover \(date.iso)")
        }
        return value
    }

    static func solar(from lunar: LunarDate, engine: LunarEngine, table: LunarTable) -> LocalDate? {
        let source = tableFor(lunarYear: lunar.year, engine: engine, table: table)
        guard lunar.day >= 1,
              let month = source.month(year: lunar.year, month: lunar.month, isLeap: lunar.isLeapMonth),
              lunar.day <= month.length else { return nil }
        return LocalDate(julianDay: month.start + lunar.day - 1)
    }

    static func tet(_ year: Int, engine: LunarEngine, table: LunarTable) -> LocalDate {
        let source = tableFor(lunarYear: year, engine: engine, table: table)
        guard let month = source.month(year: year, month: 1, isLeap: false) else {
            preconditionFailure("no month 1 in lunar year \(year)")
        }
        return LocalDate(julianDay: month.start)
    }

    /// Lunar year Y spans the segments of solstice years Y−1 (months 1…10 and their leaps)
    /// and Y (months 11, 12).
    static func tableFor(lunarYear year: Int, engine: LunarEngine, table: LunarTable) -> LunarTable {
        if table.month(year: year, month: 1, isLeap: false) != nil,
           table.month(year: year, month: 12, isLeap: false) != nil { return table }
        return engine.table(solsticeYears: (year - 1)...year)
    }
}
