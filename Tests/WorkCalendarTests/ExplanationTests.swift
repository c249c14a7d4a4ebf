import Foundation
import Testing
@testable import WorkCalendar
import TestKit
import Localization

@Suite("Explanations")
struct ExplanationTests {
    let calendar: HolidayCalendar

    init() throws {
        calendar = try HolidayCalendar.bundled()
    }

    @Test("Vietnamese explanation of 24/01/2025 16:10 + 3 working days (Civil Code 2015 Art. 147–148)")
    func vietnamese() {
        let deadline = calendar.due(DeadlineRequest(receivedAt: moment("2025-01-24T16:10"), period: .workingDays(3)))
        let lines = calendar.describe(deadline, language: .vi)
        #expect(lines.first == "Nhận lúc 16:10 ngày 24/01/2025, sau giờ chốt 15:00 nên tính từ ngày làm việc tiếp theo (03/02/2025)")
        #expect(lines.contains("Bỏ qua 25/01/2025: nghỉ Tết Nguyên đán (Thông báo 6150/TB-LĐTBXH)"))
        #expect(lines.contains("Ngày làm việc thứ 3: 06/02/2025"))
        #expect(lines.last == "Hạn trả: 17:00 ngày 06/02/2025")
    }

    @Test("English explanation of the same deadline")
    func english() {
        let deadline = calendar.due(DeadlineRequest(receivedAt: moment("2025-01-24T16:10"), period: .workingDays(3)))
        let lines = calendar.describe(deadline, language: .en)
        #expect(lines.first == "Received at 16:10 on 24/01/2025, after the 15:00 cut-off, so counted from the next working day (03/02/2025)")
        #expect(lines.contains("Skipped 25/01/2025: Lunar New Year (Tết) break (Thông báo 6150/TB-LĐTBXH)"))
        #expect(lines.last == "Due: 17:00 on 06/02/2025")
    }

    @Test("Rolling explanation cites Civil Code 2015 Art. 148.5")
    func rolling() {
        let deadline = calendar.due(DeadlineRequest(receivedAt: moment("2025-03-03T09:00"), period: .calendarDays(6)))
        let lines = calendar.describe(deadline, language: .vi)
        #expect(lines.contains("Ngày 09/03/2025 không phải ngày làm việc (Chủ nhật, nghỉ hằng tuần) nên thời hạn kết thúc"
                               + " vào ngày làm việc tiếp theo, 10/03/2025 (khoản 5 Điều 148 Bộ luật Dân sự 2015)"))
    }

    @Test("Compensatory day explanation cites Labour Code 2019 Art. 111.3")
    func compensatoryText() {
        let reason = calendar.dayInfo(day("2026-04-27")).primaryReason
        #expect(reason?.describe(on: day("2026-04-27"), language: .vi)
                == "nghỉ bù vì Giỗ Tổ Hùng Vương ngày 26/04/2026 trùng ngày nghỉ hằng tuần (khoản 3 Điều 111 Bộ luật Lao động 2019)")
    }

    @Test("Every describe() line is NFC (seeded random deadlines, both languages)")
    func nfc() throws {
        var generator = SeededGenerator(seed: 42)
        let strict = try HolidayCalendar.bundled(swappedSaturdaysCount: false)
        for _ in 0..<500 {
            let request = randomRequest(using: &generator)
            for calendar in [calendar, strict] {
                for language in Language.allCases {
                    for line in calendar.describe(calendar.due(request), language: language) {
                        let nfc = line.precomposedStringWithCanonicalMapping
                        #expect(Array(line.unicodeScalars) == Array(nfc.unicodeScalars), "\(line)")
                    }
                }
            }
        }
    }

    @Test("The bundled JSON is NFC")
    func jsonIsNFC() throws {
        let url = try #require(Bundle.module.url(forResource: "decisions", withExtension: "json",
                                                 subdirectory: "Resources"))
        let text = try String(contentsOf: url, encoding: .utf8)
        #expect(Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars))
    }
}

/// A random request received 2024–2026 with a mixed period.
func randomRequest(using generator: inout SeededGenerator, years: ClosedRange<Int> = 2024...2026) -> DeadlineRequest {
    let first = LocalDate(year: years.lowerBound, month: 1, day: 1)!.julianDay
    let last = LocalDate(year: years.upperBound, month: 12, day: 31)!.julianDay
    let date = LocalDate(julianDay: Int.random(in: first...last, using: &generator))
    let received = LocalDateTime(date: date, minutes: Int.random(in: 0..<1440, using: &generator))!
    let period: Period = switch Int.random(in: 0..<5, using: &generator) {
    case 0: .workingDays(Int.random(in: 0...30, using: &generator))
    case 1: .calendarDays(Int.random(in: 0...60, using: &generator))
    case 2: .hours(Int.random(in: 0...40, using: &generator))
    case 3: .months(Int.random(in: 0...6, using: &generator))
    default: .withinDay
    }
    let cutoff: Int? = Bool.random(using: &generator) ? 15 * 60 : nil
    return DeadlineRequest(receivedAt: received, period: period, cutoffMinutes: cutoff)
}
