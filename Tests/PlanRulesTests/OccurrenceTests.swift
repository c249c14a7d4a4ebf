import PlanRules
import Testing
import WorkCalendar
import TestKit
import Localization

@Suite("Occurrences of the 2024 tasks (phu-luc-2024-bang-nhiem-vu.md; docs/PLAN-RULES.md)")
struct OccurrenceTests {
    let plan = resolvedPlan()

    func occurrences(_ number: String, settings: PlanSettings = PlanSettings()) -> [Occurrence] {
        let task = task2024(number)
        return Schedule.occurrences(of: task.time, task: task.id, planYear: 2024, settings: settings, calendar: calendar)
    }

    @Test("Phụ lục 2024: every \"Thường xuyên\" task has 4 quarterly occurrences in 2024, due 31/3, 30/6, 30/9, 31/12")
    func ongoing() {
        let ongoing = plan.tasks.filter { $0.time == .ongoing }
        #expect(ongoing.count == 11)
        for task in ongoing {
            let list = occurrences(task.number)
            #expect(list.count == 4, "\(task.number)")
            #expect(list.map(\.due) == [day("2024-03-31"), day("2024-06-30"), day("2024-09-30"), day("2024-12-31")])
            #expect(list.map(\.label.vi) == ["Quý I/2024", "Quý II/2024", "Quý III/2024", "Quý IV/2024"])
            #expect(list.map(\.period.start) == [day("2024-01-01"), day("2024-04-01"), day("2024-07-01"), day("2024-10-01")])
            #expect(list.map(\.sequence) == [1, 2, 3, 4])
        }
    }

    @Test("Phụ lục 2024 II.5 (Quý II/2024): one occurrence, April–June, due 30/06/2024")
    func contest() {
        let list = occurrences("II.5")
        #expect(list.count == 1)
        #expect(list.first?.period == range("2024-04-01", "2024-06-30"))
        #expect(list.first?.due == day("2024-06-30"))
        #expect(list.first?.label == LocalizedText(vi: "Quý II/2024", en: "Q2 2024"))
    }

    @Test("Phụ lục 2024 II.6 (Quý III/2024): due 30/09/2024")
    func leaflets() {
        #expect(occurrences("II.6").map(\.due) == [day("2024-09-30")])
    }

    @Test("Phụ lục 2024 II.7 (Năm 2024): one occurrence for the year, due 31/12/2024")
    func studyTours() {
        let list = occurrences("II.7")
        #expect(list.map(\.period) == [range("2024-01-01", "2024-12-31")])
        #expect(list.map(\.due) == [day("2024-12-31")])
        #expect(list.first?.label.vi == "Năm 2024")
    }

    @Test("Phụ lục 2024 II.9 (Định kỳ 6 tháng/01 lần): two, the first and second half of 2024")
    func dialogues() {
        let list = occurrences("II.9")
        #expect(list.map(\.period) == [range("2024-01-01", "2024-06-30"), range("2024-07-01", "2024-12-31")])
        #expect(list.map(\.due) == [day("2024-06-30"), day("2024-12-31")])
        #expect(list.map(\.label.vi) == ["6 tháng đầu năm 2024", "6 tháng cuối năm 2024"])
        #expect(list.map(\.label.en) == ["First half of 2024", "Second half of 2024"])
    }

    @Test("Due on the last day of the period even when it is a day off: 30/06/2024 is a Sunday")
    func dayOffKept() {
        #expect(!calendar.isWorkingDay(day("2024-06-30")))
        #expect(occurrences("II.5").first?.due == day("2024-06-30"))
    }

    @Test("Due policy: N working days after the period (Q2 2024 + 5 → Friday 05/07/2024)")
    func workingDaysAfter() {
        let settings = PlanSettings(duePolicy: .workingDaysAfterEnd(5))
        #expect(occurrences("II.5", settings: settings).first?.due == day("2024-07-05"))
        // Q3 ends Monday 30/09; 3 working days after → Thursday 03/10.
        #expect(occurrences("II.6", settings: PlanSettings(duePolicy: .workingDaysAfterEnd(3))).first?.due
            == day("2024-10-03"))
    }

    @Test("Reporting frequency of ongoing tasks is per plan: monthly 12, half-yearly 2, yearly 1")
    func frequencies() {
        #expect(occurrences("I.1", settings: PlanSettings(frequency: .monthly)).count == 12)
        #expect(occurrences("I.1", settings: PlanSettings(frequency: .monthly))[1].due == day("2024-02-29"))
        #expect(occurrences("I.1", settings: PlanSettings(frequency: .monthly))[4].label.vi == "Tháng 5/2024")
        #expect(occurrences("I.1", settings: PlanSettings(frequency: .halfYearly)).map(\.due)
            == [day("2024-06-30"), day("2024-12-31")])
        #expect(occurrences("I.1", settings: PlanSettings(frequency: .yearly)).map(\.label.vi) == ["Năm 2024"])
        // A fixed time does not follow the frequency.
        #expect(occurrences("II.5", settings: PlanSettings(frequency: .monthly)).count == 1)
    }

    @Test("Every N months: runs from 1 January; a run past 31 December is cut there")
    func everyMonths() {
        let five = Schedule.occurrences(of: .everyMonths(5), task: "x", planYear: 2024, calendar: calendar)
        #expect(five.map(\.period) == [range("2024-01-01", "2024-05-31"), range("2024-06-01", "2024-10-31"),
                                       range("2024-11-01", "2024-12-31")])
        #expect(five[0].label.vi == "Từ tháng 1 đến tháng 5/2024")
        #expect(Schedule.occurrences(of: .everyMonths(3), task: "x", planYear: 2024, calendar: calendar).count == 4)
    }

    @Test("A date is its own deadline; a range is due on its last day; the due policy moves neither")
    func explicitDates() {
        let settings = PlanSettings(duePolicy: .workingDaysAfterEnd(5))
        let byDate = Schedule.occurrences(of: .byDate(day("2024-06-15")), task: "x", planYear: 2024,
                                          settings: settings, calendar: calendar)
        #expect(byDate.map(\.due) == [day("2024-06-15")])
        #expect(byDate.first?.period == range("2024-01-01", "2024-06-15"))
        #expect(byDate.first?.label.vi == "Đến ngày 15/06/2024")
        let span = Schedule.occurrences(of: .range(range("2024-03-05", "2024-04-20")), task: "x", planYear: 2024,
                                        settings: settings, calendar: calendar)
        #expect(span.map(\.due) == [day("2024-04-20")])
        #expect(span.first?.label.vi == "Từ 05/03/2024 đến 20/04/2024")
        // Whole months are named as months.
        let months = Schedule.occurrences(of: .range(range("2024-03-01", "2024-04-30")), task: "x", planYear: 2024,
                                          calendar: calendar)
        #expect(months.first?.label.vi == "Từ tháng 3 đến tháng 4/2024")
    }

    @Test("The whole 2024 plan: 11 × 4 + 1 + 1 + 1 + 2 = 49 occurrences")
    func wholePlan() {
        let list = Schedule.occurrences(of: plan, calendar: calendar)
        #expect(list.count == 49)
        #expect(Set(list.map(\.key)).count == 49)
    }

    @Test("Keys have a stable text form that parses back")
    func keys() {
        let occurrence = occurrences("II.5")[0]
        #expect(occurrence.key.text == "II.5@2024-04-01/2024-06-30")
        #expect(OccurrenceKey(text: occurrence.key.text) == occurrence.key)
        let obligation = ObligationKey(occurrence: occurrence.key, unit: Units.dienKim)
        #expect(obligation.text == "II.5@2024-04-01/2024-06-30#ubnd-xa-dien-kim")
        #expect(ObligationKey(text: obligation.text) == obligation)
        #expect(OccurrenceKey(text: "II.5@2024-06-30/2024-04-01") == nil)
    }
}
