import Testing
@testable import WorkCalendar
import TestKit

/// The Vietnamese lunar calendar (UTC+7). Facts from docs/LEGAL-READINGS.md §2.2.
@Suite("Lunar calendar (UTC+7)")
struct LunarCalendarTests {
    @Test("Tết (mùng 1 tháng Giêng) 2024–2027", arguments: [
        (2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
    ])
    func tet(year: Int, expected: String) {
        #expect(LunarCalendar.tet(year) == day(expected))
        #expect(LunarCalendar.lunar(from: day(expected)) == LunarDate(year: year, month: 1, day: 1))
    }

    @Test("Giỗ Tổ Hùng Vương (10/3 âm lịch) 2024–2027", arguments: [
        (2024, "2024-04-18"), (2025, "2025-04-07"), (2026, "2026-04-26"), (2027, "2027-04-16"),
    ])
    func hungKings(year: Int, expected: String) {
        #expect(LunarCalendar.solar(from: LunarDate(year: year, month: 3, day: 10)) == day(expected))
    }

    @Test("Tết 1991 is 15/02/1991: the new moon falls just after local midnight")
    func tet1991() {
        #expect(LunarCalendar.tet(1991) == day("1991-02-15"))
        #expect(LunarCalendar.lunar(from: day("1991-02-14")).month == 12)
    }

    @Test("UTC+7 vs UTC+8: Tết 1985 is 21/01/1985 in Vietnam, 20/02/1985 in a Chinese calendar")
    func tet1985() {
        let chinese = chineseEngine.table(solsticeYears: 1983...1986)
        #expect(LunarCalendar.tet(1985) == day("1985-01-21"))
        #expect(LunarCalendar.tet(1985, engine: chineseEngine, table: chinese) == day("1985-02-20"))
    }

    @Test("UTC+7 vs UTC+8: Tết 2007 is 17/02/2007 in Vietnam, 18/02/2007 in China")
    func tet2007() {
        let chinese = chineseEngine.table(solsticeYears: 2005...2008)
        #expect(LunarCalendar.tet(2007) == day("2007-02-17"))
        #expect(LunarCalendar.tet(2007, engine: chineseEngine, table: chinese) == day("2007-02-18"))
        // The new moon is at about 23:14 UTC+7 on 17/02 (00:14 UTC+8 on 18/02).
        #expect(LunarCalendar.lunar(from: day("2007-02-17")) == LunarDate(year: 2007, month: 1, day: 1))
    }

    /// The new moon of 2030-02-02 is at about 16:07 UT: 23:07 on 02/02 in UTC+7 but 00:07 on
    /// 03/02 in UTC+8, so Tết 2030 differs by one day, and 02/02/2030 is 30 tháng Chạp in China.
    @Test("UTC+7 vs UTC+8: Tết 2030 is 02/02/2030 in Vietnam, 03/02/2030 in China")
    func tet2030() {
        let chinese = chineseEngine.table(solsticeYears: 2028...2031)
        let newMoon = Astronomy.newMoon(Astronomy.lunation(near: Double(day("2030-02-02").julianDay)))
        let hourUT = (Astronomy.universalTime(jde: newMoon) + 0.5).truncatingRemainder(dividingBy: 1) * 24
        #expect(hourUT > 16 && hourUT < 17)
        #expect(LunarCalendar.tet(2030) == day("2030-02-02"))
        #expect(LunarCalendar.tet(2030, engine: chineseEngine, table: chinese) == day("2030-02-03"))
        #expect(LunarCalendar.lunar(from: day("2030-02-01")) == LunarDate(year: 2029, month: 12, day: 29))
        #expect(LunarCalendar.lunar(from: day("2030-03-03")) == LunarDate(year: 2030, month: 1, day: 30))
        #expect(LunarCalendar.lunar(from: day("2030-02-02"), engine: chineseEngine, table: chinese)
                == LunarDate(year: 2029, month: 12, day: 30))
        // It is the only month of lunar year 2030 that starts on a different day.
        let differing = LunarCalendar.table.months.filter { month in
            month.year == 2030 && chinese.lunar(day: month.day)?.day != 1
        }
        #expect(differing.map { LocalDate(julianDay: $0.day) } == [day("2030-02-02")])
    }

    @Test("Leap month 2 of 2023 (tháng 2 nhuận) starts 22/03/2023")
    func leap2023() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2023) == 2)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2023, month: 2, day: 1, isLeapMonth: true)) == day("2023-03-22"))
        #expect(LunarCalendar.lunar(from: day("2023-03-21")) == LunarDate(year: 2023, month: 2, day: 30))
        #expect(LunarCalendar.lunar(from: day("2023-04-20")) == LunarDate(year: 2023, month: 3, day: 1))
    }

    @Test("Leap month 6 of 2025 (tháng 6 nhuận) starts 25/07/2025")
    func leap2025() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2025) == 6)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true)) == day("2025-07-25"))
        #expect(LunarCalendar.lunar(from: day("2025-07-25")) == LunarDate(year: 2025, month: 6, day: 1, isLeapMonth: true))
    }

    @Test("Years without a leap month, and invalid lunar dates")
    func noLeap() {
        #expect(LunarCalendar.leapMonth(inLunarYear: 2024) == nil)
        #expect(LunarCalendar.leapMonth(inLunarYear: 2026) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 5, day: 1, isLeapMonth: true)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 1, day: 31)) == nil)
        #expect(LunarCalendar.solar(from: LunarDate(year: 2024, month: 1, day: 0)) == nil)
    }

    @Test("Every year 1900–2199 has 12 or 13 months, 29 or 30 days each, and Tết in 21/01–20/02")
    func yearShapes() {
        for year in LunarCalendar.tabulatedYears {
            let tet = LunarCalendar.tet(year)
            #expect(tet >= LocalDate(year: year, month: 1, day: 21)! && tet <= LocalDate(year: year, month: 2, day: 20)!)
            let length = LunarCalendar.tet(year + 1).daysSince(tet)
            let hasLeap = LunarCalendar.leapMonth(inLunarYear: year) != nil
            #expect(hasLeap ? (383...385).contains(length) : (353...355).contains(length), "year \(year)")
        }
        for month in LunarCalendar.table.months.indices.dropLast() {
            let length = LunarCalendar.table.months[month + 1].day - LunarCalendar.table.months[month].day
            #expect(length == 29 || length == 30)
        }
    }

    @Test("Round trip: solar(lunar(d)) == d for every day 1900-02-01…2199-12-31")
    func roundTrip() {
        let first = day("1900-02-01").julianDay
        let last = day("2199-12-31").julianDay
        var failures = 0
        for jdn in first...last {
            let date = LocalDate(julianDay: jdn)
            if LunarCalendar.solar(from: LunarCalendar.lunar(from: date)) != date { failures += 1 }
        }
        #expect(failures == 0)
    }

    @Test("Dates outside the table are computed on demand (Tết 2200, lunar date in 1850)")
    func outsideTable() {
        let tet2200 = LunarCalendar.tet(2200)
        #expect(LunarCalendar.lunar(from: tet2200) == LunarDate(year: 2200, month: 1, day: 1))
        let old = day("1850-06-01")
        #expect(LunarCalendar.solar(from: LunarCalendar.lunar(from: old)) == old)
    }
}
