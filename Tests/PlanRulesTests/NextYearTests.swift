import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Copy a plan to the next year (plan rules: dates shifted, reports not copied)")
struct NextYearTests {
    @Test("2024 → 2025: year, title, times shifted; draft; number and date cleared; wording and assignees kept")
    func copy2024() throws {
        var issued = resolvedPlan()
        try issued.transition(to: .issued)
        let copy = issued.copiedToNextYear()
        #expect(copy.year == 2025)
        #expect(copy.status == .draft)
        #expect(copy.title == "Kế hoạch truyền thông hoạt động kiểm soát thủ tục hành chính năm 2025 trên địa bàn huyện Diễn Châu")
        #expect(copy.reference == DocumentReference(serial: nil, symbol: "KH-UBND", date: nil))
        #expect(copy.implements == nil)
        #expect(copy.task(numbered: "II.5")?.time == .quarter(2, year: 2025))
        #expect(copy.task(numbered: "II.5")?.timeText == "Quý II/2025")
        #expect(copy.task(numbered: "II.6")?.time == .quarter(3, year: 2025))
        #expect(copy.task(numbered: "II.7")?.time == .year(2025))
        #expect(copy.task(numbered: "II.9")?.time == .everyMonths(6))
        #expect(copy.task(numbered: "II.9")?.timeText == "Định kỳ 6 tháng/01 lần")
        #expect(copy.tasks.map(\.content) == issued.tasks.map(\.content))
        #expect(copy.tasks.map(\.lead) == issued.tasks.map(\.lead))
        #expect(copy.legalBases == issued.legalBases)
        // The copy's occurrences fall in 2025.
        let occurrences = Schedule.occurrences(of: copy, calendar: calendar)
        #expect(occurrences.allSatisfy { $0.due.year == 2025 })
        #expect(occurrences.count == 49)
    }

    @Test("Dates and ranges move one year; 29/02 becomes 28/02; document numbers in the title are left alone")
    func dates() {
        #expect(TaskTime.byDate(day("2024-02-29")).shiftedByOneYear() == .byDate(day("2025-02-28")))
        #expect(TaskTime.range(range("2024-02-01", "2024-02-29")).shiftedByOneYear()
            == .range(range("2025-02-01", "2025-02-28")))
        #expect(TaskTime.range(range("2023-02-01", "2023-02-28")).shiftedByOneYear()
            == .range(range("2024-02-01", "2024-02-29")))
        #expect(TaskTime.month(5, year: 2024).shiftedByOneYear() == .month(5, year: 2025))
        #expect(TaskTime.half(2, year: 2024).shiftedByOneYear() == .half(2, year: 2025))
        let plan = Plan(year: 2024, title: "Kế hoạch năm 2024 (thực hiện KH 12024/KH-UBND, 2024)")
        #expect(plan.copiedToNextYear().title == "Kế hoạch năm 2025 (thực hiện KH 12024/KH-UBND, 2025)")
    }
}
