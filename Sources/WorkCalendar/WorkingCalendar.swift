/// Working-day arithmetic. Inside `indexedYears` every operation is O(1); outside it the
/// same rules are applied day by day.
extension HolidayCalendar {
    /// The first working day strictly after `date`.
    public func nextWorkingDay(after date: LocalDate) -> LocalDate {
        LocalDate(julianDay: workingDay(1, after: date.julianDay))
    }

    /// The `count`-th working day strictly after `date` (Civil Code 2015 Art. 147.2: the
    /// starting day itself is not counted); `count` 0 returns `date` unchanged.
    public func addingWorkingDays(_ count: Int, to date: LocalDate) -> LocalDate {
        precondition(count >= 0, "working days are counted forwards")
        return count == 0 ? date : LocalDate(julianDay: workingDay(count, after: date.julianDay))
    }

    /// Working days strictly after `from`, up to and including `to`; negative when `to` is
    /// before `from` (then it is minus the count from `to` to `from`).
    public func workingDays(from: LocalDate, to: LocalDate) -> Int {
        let start = from.julianDay, end = to.julianDay
        if end < start { return -workingDays(from: to, to: from) }
        if let count = index.count(after: start, through: end) { return count }
        var count = 0
        for jdn in stride(from: start + 1, through: end, by: 1) where isWorking(jdn: jdn) { count += 1 }
        return count
    }

    // MARK: JDN forms used by the deadline code

    /// The `n`-th (n ≥ 1) working day strictly after `jdn`.
    @inline(__always)
    func workingDay(_ n: Int, after jdn: Int) -> Int {
        if let day = index.workingDay(n, after: jdn) { return day }
        var day = jdn
        var remaining = n
        while remaining > 0 {
            day += 1
            if isWorking(jdn: day) { remaining -= 1 }
        }
        return day
    }

    /// `jdn` itself if it is a working day, else the next working day.
    @inline(__always)
    func workingDay(onOrAfter jdn: Int) -> Int {
        isWorking(jdn: jdn) ? jdn : workingDay(1, after: jdn)
    }
}
