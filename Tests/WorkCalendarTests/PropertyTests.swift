import Foundation
import Testing
@testable import WorkCalendar
import TestKit

/// Seeded random property tests.
@Suite("Properties")
struct PropertyTests {
    let calendar: HolidayCalendar

    init() throws {
        calendar = try HolidayCalendar.bundled()
    }

    @Test("Adding N working days then counting back gives N (Civil Code 2015 Art. 147.2 counting)")
    func addThenCount() {
        var generator = SeededGenerator(seed: 1)
        let first = day("2000-01-01").julianDay, last = day("2100-06-30").julianDay
        for _ in 0..<4000 {
            let start = LocalDate(julianDay: Int.random(in: first...last, using: &generator))
            let n = Int.random(in: 0...80, using: &generator)
            let end = calendar.addingWorkingDays(n, to: start)
            #expect(calendar.workingDays(from: start, to: end) == n)
            #expect(n == 0 || calendar.isWorkingDay(end))
        }
    }

    @Test("The due moment is never on a non-working day and never before reception (Civil Code 2015 Art. 148.5)")
    func dueOnWorkingDay() throws {
        var generator = SeededGenerator(seed: 2)
        let strict = try HolidayCalendar.bundled(swappedSaturdaysCount: false)
        for _ in 0..<4000 {
            let request = randomRequest(using: &generator, years: 2000...2099)
            for calendar in [calendar, strict] {
                let due = calendar.dueMoment(request)
                #expect(calendar.isWorkingDay(due.date), "\(request)")
                #expect(due.date >= request.receivedAt.date)
                let hours = calendar.officeHours
                #expect(due.minutes >= hours.opening && due.minutes <= hours.closing, "\(request)")
            }
        }
    }

    @Test("dueMoment (fast path) equals due(_:).due, and the O(1) index equals day-by-day computation")
    func fastEqualsSlow() throws {
        var generator = SeededGenerator(seed: 3)
        let data = try CalendarData.bundled()
        let unindexed = HolidayCalendar(decisions: data.decisions, rules: data.defaults, indexedYears: 1990...1990)
        for _ in 0..<3000 {
            let request = randomRequest(using: &generator)
            let full = calendar.due(request)
            #expect(calendar.dueMoment(request) == full.due)
            #expect(unindexed.dueMoment(request) == full.due, "\(request)")
        }
    }

    @Test("Steps count exactly N working days for workingDays(N)")
    func stepsCount() {
        var generator = SeededGenerator(seed: 4)
        for _ in 0..<2000 {
            let request = randomRequest(using: &generator)
            guard case .workingDays(let n) = request.period else { continue }
            let counted = calendar.due(request).steps.filter { if case .counted = $0 { true } else { false } }
            #expect(counted.count == n)
        }
    }

    @Test("JDN weekday agrees with Foundation's Gregorian calendar (independent check)")
    func weekdayMatchesFoundation() {
        var gregorian = Calendar(identifier: .gregorian)
        gregorian.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<2000 {
            let date = LocalDate(julianDay: Int.random(in: 2_415_021...2_524_593, using: &generator))
            let instant = LocalDateTime(date: date, minutes: 12 * 60)!.foundationDate
            let components = gregorian.dateComponents([.year, .month, .day, .weekday], from: instant)
            #expect(components.year == date.year && components.month == date.month && components.day == date.day)
            #expect(components.weekday == date.weekday)
            #expect(LocalDate(julianDay: date.julianDay) == date)
        }
    }
}
