import Foundation
import Testing
@testable import WorkCalendar
import TestKit

@Suite("Periods")
struct PeriodTests {
    @Test("Catalogue units parse, with or without diacritics, in NFC or NFD", arguments: [
        ("Ngày làm việc", Period.workingDays(5)), ("ngay lam viec", .workingDays(5)),
        ("Ngày", .calendarDays(5)), ("Giờ", .hours(5)), ("Giờ làm việc", .hours(5)),
        ("Tháng", .months(5)), ("Trong ngày", .withinDay), ("  NGÀY  LÀM  VIỆC ", .workingDays(5)),
        ("working days", .workingDays(5)),
    ])
    func parse(unit: String, expected: Period) {
        #expect(Period(amount: 5, unit: unit) == expected)
        #expect(Period(amount: 5, unit: unit.decomposedStringWithCanonicalMapping) == expected)
    }

    @Test("Unknown units and negative amounts are rejected")
    func reject() {
        #expect(Period(amount: 5, unit: "tuần lễ") == nil)
        #expect(Period(amount: -1, unit: "Ngày") == nil)
    }

    @Test("JSON form {unit, amount}")
    func codable() throws {
        let periods: [Period] = [.workingDays(3), .calendarDays(30), .hours(8), .months(2), .withinDay]
        let data = try JSONEncoder().encode(periods)
        #expect(try JSONDecoder().decode([Period].self, from: data) == periods)
        let one = try JSONDecoder().decode(Period.self, from: Data(#"{"unit":"workingDays","amount":3}"#.utf8))
        #expect(one == .workingDays(3))
    }

    @Test("Office hours: 07:30–11:30 and 13:30–17:00 give 7.5 working hours")
    func officeHours() {
        let hours = OfficeHours()
        #expect(hours.minutesPerDay == 450)
        #expect(hours.minutesRemaining(after: 12 * 60) == 210)
        #expect(hours.timeAfterWorking(240) == 11 * 60 + 30)
        #expect(hours.timeAfterWorking(241) == 13 * 60 + 31)
    }

    @Test("Deadline and request round-trip through JSON")
    func deadlineCodable() throws {
        let calendar = try HolidayCalendar.bundled()
        let deadline = calendar.due(DeadlineRequest(receivedAt: moment("2025-01-24T16:10"), period: .workingDays(3)))
        let data = try JSONEncoder().encode(deadline)
        #expect(try JSONDecoder().decode(Deadline.self, from: data) == deadline)
    }
}
