/// Which days are working days for the civil service, and why the others are not.
///
/// Working days are Monday–Friday, minus statutory holidays (Labour Code 2019 Art. 112.1),
/// compensatory days (Art. 111.3) and days off by official decision, plus weekend days an
/// official swap made working (counted only when `swappedSaturdaysCount` is true).
/// Years in `indexedYears` are precomputed for O(1) lookups; other years are computed on
/// demand with the same rules.
public struct HolidayCalendar: Sendable {
    public let decisions: [YearDecision]
    /// Whether swapped working Saturdays (ngày làm bù) count as working days for deadlines.
    public let swappedSaturdaysCount: Bool
    public let rules: HolidayRules
    public let officeHours: OfficeHours
    public let indexedYears: ClosedRange<Int>

    let index: WorkingDayIndex
    private let decisionsByYear: [Int: [YearDecision]]
    /// Non-weekend reasons of the special days in `indexedYears`.
    private let special: [LocalDate: [DayReason]]

    public init(decisions: [YearDecision], swappedSaturdaysCount: Bool = true,
                rules: HolidayRules = HolidayRules(), officeHours: OfficeHours = OfficeHours(),
                indexedYears: ClosedRange<Int> = 2000...2100) {
        self.decisions = decisions
        self.swappedSaturdaysCount = swappedSaturdaysCount
        self.rules = rules
        self.officeHours = officeHours
        self.indexedYears = indexedYears

        var byYear: [Int: [YearDecision]] = [:]
        for decision in decisions {
            let years = Set((decision.daysOff + decision.workingDays).map(\.year))
            for year in years { byYear[year, default: []].append(decision) }
        }
        decisionsByYear = byYear

        var special: [LocalDate: [DayReason]] = [:]
        for year in indexedYears {
            let reasons = YearSchedule.reasons(year: year, decisions: byYear[year] ?? [], rules: rules)
            special.merge(reasons) { first, _ in first }
        }
        self.special = special

        let first = LocalDate(year: indexedYears.lowerBound, month: 1, day: 1)!.julianDay
        let end = LocalDate(year: indexedYears.upperBound, month: 12, day: 31)!.julianDay + 1
        let working = (first..<end).map { jdn -> Bool in
            let date = LocalDate(julianDay: jdn)
            return HolidayCalendar.isWorking(date: date, reasons: special[date] ?? [],
                                             swappedSaturdaysCount: swappedSaturdaysCount)
        }
        index = WorkingDayIndex(firstDay: first, working: working)
    }

    /// The calendar with the bundled defaults and decisions (`Resources/decisions.json`).
    public static func bundled(swappedSaturdaysCount: Bool = true,
                               officeHours: OfficeHours = OfficeHours()) throws -> HolidayCalendar {
        let data = try CalendarData.bundled()
        return HolidayCalendar(decisions: data.decisions, swappedSaturdaysCount: swappedSaturdaysCount,
                               rules: data.defaults, officeHours: officeHours)
    }

    /// Whether `date` is a working day, with every reason that applies.
    public func dayInfo(_ date: LocalDate) -> DayInfo {
        var reasons = specialReasons(date)
        if date.isWeekend { reasons.append(.weekend) }
        return DayInfo(date: date,
                       isWorkingDay: HolidayCalendar.isWorking(date: date, reasons: reasons,
                                                               swappedSaturdaysCount: swappedSaturdaysCount),
                       reasons: reasons)
    }

    /// Days off of `year` other than ordinary weekends, each with its most specific reason.
    public func holidays(year: Int) -> [(LocalDate, DayReason)] {
        let reasons = indexedYears.contains(year) ? special.filter { $0.key.year == year } : yearReasons(year)
        return reasons.compactMap { date, reasons -> (LocalDate, DayReason)? in
            guard let reason = reasons.first(where: { $0.makesDayOff && $0 != .weekend }) else { return nil }
            return (date, reason)
        }
        .sorted { $0.0 < $1.0 }
    }

    /// Whether `date` is a working day (O(1) inside `indexedYears`).
    public func isWorkingDay(_ date: LocalDate) -> Bool { isWorking(jdn: date.julianDay) }

    // MARK: Internals

    @inline(__always)
    func isWorking(jdn: Int) -> Bool {
        if let value = index.isWorking(jdn) { return value }
        return dayInfo(LocalDate(julianDay: jdn)).isWorkingDay
    }

    private func specialReasons(_ date: LocalDate) -> [DayReason] {
        if indexedYears.contains(date.year) { return special[date] ?? [] }
        return yearReasons(date.year)[date] ?? []
    }

    private func yearReasons(_ year: Int) -> [LocalDate: [DayReason]] {
        YearSchedule.reasons(year: year, decisions: decisionsByYear[year] ?? [], rules: rules)
    }

    static func isWorking(date: LocalDate, reasons: [DayReason], swappedSaturdaysCount: Bool) -> Bool {
        let hardOff = reasons.contains { reason in
            switch reason {
            case .holiday, .compensatory, .decisionDayOff: true
            case .weekend, .decisionWorkingDay: false
            }
        }
        if hardOff { return false }
        guard date.isWeekend else { return true }
        let swapped = reasons.contains { if case .decisionWorkingDay = $0 { true } else { false } }
        return swapped && swappedSaturdaysCount
    }
}
