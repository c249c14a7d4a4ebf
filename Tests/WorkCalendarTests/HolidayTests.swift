import Foundation
import Testing
@testable import WorkCalendar
import TestKit

/// Holidays (Labour Code 2019 Art. 111–112) and the official yearly decisions.
@Suite("Holidays and decisions")
struct HolidayTests {
    let calendar: HolidayCalendar

    init() throws {
        calendar = try HolidayCalendar.bundled()
    }

    func offDays(_ dates: [String]) -> [String] {
        dates.filter { calendar.dayInfo(day($0)).isWorkingDay }
    }

    @Test("Bundled decisions load; every listed day off is non-working, every swapped Saturday working (Labour Code 2019 Art. 112.3)")
    func bundledData() throws {
        let data = try CalendarData.bundled()
        #expect(data.defaults == HolidayRules())
        #expect(Set(data.decisions.map(\.year)) == [2024, 2025, 2026])
        for decision in data.decisions {
            #expect(decision.workingDays.allSatisfy { $0.weekday == 7 }, "swapped days are Saturdays")
            #expect(Set(decision.daysOff).isDisjoint(with: decision.workingDays))
            for date in decision.daysOff { #expect(!calendar.isWorkingDay(date), "\(date)") }
            for date in decision.workingDays { #expect(calendar.isWorkingDay(date), "\(date)") }
        }
    }

    @Test("Official break, Tết 2024 (Labour Code 2019 Art. 112.1.b, 112.3): 08/02–14/02/2024 are all off, 07/02 and 15/02 are working days")
    func tet2024() {
        let dates = (8...14).map { "2024-02-\(LocalDate.pad($0, 2))" }
        #expect(offDays(dates).isEmpty)
        #expect(calendar.isWorkingDay(day("2024-02-07")))
        #expect(calendar.isWorkingDay(day("2024-02-15")))
    }

    @Test("Official breaks 2024 (Labour Code 2019 Art. 112.1, 112.3): 30/4–1/5 with swap (off Mon 29/04, work Sat 04/05); 31/08–03/09")
    func other2024() {
        #expect(offDays(["2024-04-27", "2024-04-28", "2024-04-29", "2024-04-30", "2024-05-01"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2024-05-04")))
        #expect(offDays(["2024-08-31", "2024-09-01", "2024-09-02", "2024-09-03"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2024-09-04")))
    }

    @Test("Official break, Tết 2025 (Labour Code 2019 Art. 112.1.b, 112.3): 25/01–02/02/2025 off; 24/01 and 03/02 are working days")
    func tet2025() {
        let dates = ["2025-01-25", "2025-01-26", "2025-01-27", "2025-01-28", "2025-01-29",
                     "2025-01-30", "2025-01-31", "2025-02-01", "2025-02-02"]
        #expect(offDays(dates).isEmpty)
        #expect(calendar.isWorkingDay(day("2025-01-24")))
        #expect(calendar.isWorkingDay(day("2025-02-03")))
        let info = calendar.dayInfo(day("2025-01-27"))
        #expect(info.primaryReason == .decisionDayOff(reference: "Thông báo 6150/TB-LĐTBXH", holiday: .tet))
    }

    @Test("2025 swap approved under Labour Code 2019 Art. 112.3: Saturday 26/04/2025 is a working day, Friday 02/05/2025 is off (30/4–4/5 off)")
    func swap2025() {
        let saturday = calendar.dayInfo(day("2025-04-26"))
        #expect(saturday.isWorkingDay)
        #expect(saturday.reasons.contains(.weekend))
        #expect(offDays(["2025-04-30", "2025-05-01", "2025-05-02", "2025-05-03", "2025-05-04"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2025-05-05")))
    }

    @Test("National Day 2025 (Labour Code 2019 Art. 112.1.đ): 30/08–02/09/2025 off, with 01/09 as the adjacent day")
    func nationalDay2025() {
        #expect(offDays(["2025-08-30", "2025-08-31", "2025-09-01", "2025-09-02"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2025-09-03")))
    }

    @Test("Official break, Tết 2026 (Labour Code 2019 Art. 112.1.b, 112.3): 14/02–22/02/2026 off (weekdays 16–20/02)")
    func tet2026() {
        #expect(offDays((14...22).map { "2026-02-\($0)" }).isEmpty)
        #expect(calendar.isWorkingDay(day("2026-02-13")))
        #expect(calendar.isWorkingDay(day("2026-02-23")))
    }

    @Test("2026: 30/4 Thu and 1/5 Fri off; Giỗ Tổ 26/04/2026 is a Sunday → Monday 27/04 off (Labour Code Art. 111.3)")
    func year2026() {
        #expect(offDays(["2026-04-30", "2026-05-01", "2026-04-26", "2026-04-27"]).isEmpty)
        #expect(calendar.dayInfo(day("2026-04-27")).primaryReason
                == .compensatory(for: .hungKings, holidayDate: day("2026-04-26")))
        #expect(calendar.isWorkingDay(day("2026-04-28")))
        #expect(offDays(["2026-09-01", "2026-09-02"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2026-09-03")))
    }

    @Test("Compensatory days without a decision, 2028 (Labour Code 2019 Art. 111.3)")
    func compensatory2028() {
        // 1/1 Sat → Mon 3/1; 30/4 Sun (1/5 Mon is a holiday) → Tue 2/5; 2/9 Sat (1/9 Fri) → Mon 4/9.
        #expect(calendar.dayInfo(day("2028-01-03")).primaryReason
                == .compensatory(for: .newYear, holidayDate: day("2028-01-01")))
        #expect(calendar.dayInfo(day("2028-05-02")).primaryReason
                == .compensatory(for: .reunification, holidayDate: day("2028-04-30")))
        #expect(calendar.dayInfo(day("2028-09-04")).primaryReason
                == .compensatory(for: .nationalDay, holidayDate: day("2028-09-02")))
        #expect(offDays(["2028-09-01", "2028-09-02", "2028-09-03", "2028-09-04"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2028-09-05")))
    }

    @Test("Compensatory days without a decision, 2029: 1/9 Sat and 2/9 Sun → Mon 3/9 and Tue 4/9 (Art. 111.3, 112.1.đ)")
    func compensatory2029() {
        #expect(offDays(["2029-09-01", "2029-09-02", "2029-09-03", "2029-09-04"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2029-09-05")))
        #expect(calendar.dayInfo(day("2029-09-04")).primaryReason
                == .compensatory(for: .nationalDay, holidayDate: day("2029-09-02")))
    }

    @Test("Default Tết without a decision, 2027: last day of the year + mùng 1–4, weekends compensated (Art. 112.1.b, 111.3)")
    func defaultTet2027() {
        // Tết 06/02/2027 is a Saturday: 05/02–09/02 are Tết days, Sat 06 and Sun 07 give Wed 10 and Thu 11.
        let tetDays = calendar.holidays(year: 2027).filter { $0.1 == .holiday(.tet) }.map(\.0)
        #expect(tetDays == ["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09"].map(day))
        #expect(offDays(["2027-02-10", "2027-02-11"]).isEmpty)
        #expect(calendar.isWorkingDay(day("2027-02-12")))
        #expect(calendar.isWorkingDay(day("2027-02-04")))
    }

    @Test("A decision (Labour Code 2019 Art. 112.3) replaces the generated Tết days only inside the Tết window")
    func precedence() {
        let generated = HolidayCalendar(decisions: [])
        // Without the decision, 2025 would use the default Tết: 28/01–01/02 + Mon 03/02 for Sat 01/02.
        #expect(!generated.isWorkingDay(day("2025-02-03")))
        #expect(generated.isWorkingDay(day("2025-01-27")))
        #expect(calendar.isWorkingDay(day("2025-02-03")))
        #expect(!calendar.isWorkingDay(day("2025-01-27")))
        // Fixed holidays outside the windows stay generated.
        #expect(calendar.dayInfo(day("2025-04-30")).primaryReason == .holiday(.reunification))
    }

    @Test("swappedSaturdaysCount = false: a swapped Saturday is not a working day for deadlines")
    func swappedSaturdaysSetting() throws {
        let strict = try HolidayCalendar.bundled(swappedSaturdaysCount: false)
        #expect(!strict.isWorkingDay(day("2025-04-26")))
        #expect(strict.dayInfo(day("2025-04-26")).primaryReason
                == .decisionWorkingDay(reference: "Thông báo của Bộ Nội vụ về hoán đổi ngày làm việc dịp 30/4 và 1/5/2025"))
        #expect(!strict.isWorkingDay(day("2025-05-02")))
    }

    @Test("holidays(year:) lists 2026's days off other than plain weekends (Labour Code 2019 Art. 111.3, 112.1)")
    func holidayList() {
        let list = calendar.holidays(year: 2026)
        let dates = list.map(\.0)
        #expect(dates == dates.sorted())
        #expect(dates.contains(day("2026-01-01")))
        #expect(dates.contains(day("2026-04-27")))
        #expect(!dates.contains(day("2026-03-07")))
    }

    @Test("Outside the indexed years the same rules apply (computed on demand)")
    func outsideIndex() {
        let small = HolidayCalendar(decisions: [], indexedYears: 2030...2030)
        let full = HolidayCalendar(decisions: [])
        for offset in 0..<800 {
            let date = day("2028-06-01").adding(days: offset)
            #expect(small.dayInfo(date) == full.dayInfo(date))
            #expect(small.isWorkingDay(date) == full.isWorkingDay(date))
        }
    }

    @Test("Custom decision data decodes from JSON")
    func decode() throws {
        let json = #"{"defaults":{"tetDaysBeforeNewYear":2,"tetDays":5,"nationalDayAdjacent":"after"},"decisions":[]}"#
        let data = try CalendarData.decode(Data(json.utf8))
        #expect(data.defaults == HolidayRules(tetDaysBeforeNewYear: 2, nationalDayAdjacent: .after))
        let calendar = HolidayCalendar(decisions: data.decisions, rules: data.defaults)
        #expect(!calendar.isWorkingDay(day("2027-09-03")))
        #expect(calendar.isWorkingDay(day("2027-09-01")))
    }
}
