import App
import Foundation
import Testing
import WorkCalendar

/// Every `--json` output has named keys: no `_0` from an enum's unlabelled value.
@Suite("Commands' JSON output")
struct CommandJSONTests {
    @Test("A deadline's explanation steps in JSON name their values (date, at), never _0")
    func deadlineStepsNamed() throws {
        let calendar = try HolidayCalendar.bundled()
        let deadline = calendar.due(DeadlineRequest(receivedAt: LocalDateTime(iso: "2025-01-24T16:10")!, period: .workingDays(3), cutoffMinutes: 15 * 60))
        let text = String(decoding: try JSONEncoder().encode(deadline), as: UTF8.self)
        #expect(!text.contains("\"_0\""))
        #expect(text.contains("\"skipped\":{\"date\":\"2025-01-25\"") || text.contains("\"skipped\":{\"reason\""))
        #expect(text.contains("\"received\":{\"at\":\"2025-01-24T16:10\"}"))
        let decoded = try JSONDecoder().decode(Deadline.self, from: Data(text.utf8))
        #expect(decoded == deadline, "the named keys read back")
    }

    @Test("calendar lunar --json: the date, the lunar date and the year's name")
    func lunarJSON() throws {
        let text = try CalendarCommands.lunar("29/01/2025", json: true)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["date"] as? String == "2025-01-29")
        #expect(object["yearName"] as? String == "Ất Tỵ")
        #expect((object["lunar"] as? [String: Any])?["day"] as? Int == 1)
    }
}
