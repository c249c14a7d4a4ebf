import Foundation
import Platform
import WorkCalendar

/// `minhbach calendar …`: lunar dates, a year's holidays, and explained due dates, using the
/// decisions stored in the database (as the site does).
public enum CalendarCommands {
    public static func lunar(_ text: String) throws -> String {
        guard let date = VNFormat.parseDay(text).flatMap(LocalDate.init(iso:)) else { throw CommandError(S.calendarBadDate(.vi, text)) }
        let lunar = LunarCalendar.lunar(from: date)
        return S.cliLunarLine(.vi, date.vnFormat, date.weekdayName(.vi), lunar.describe(.vi), yearName(lunar.year))
    }

    /// The sexagenary name of a lunar year: "Ất Tỵ" for 2025.
    public static func yearName(_ year: Int) -> String {
        let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
        let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
        return "\(stems[((year + 6) % 10 + 10) % 10]) \(branches[((year + 8) % 12 + 12) % 12])"
    }

    public static func holidays(_ year: Int, config: AppConfig) async throws -> [String] {
        try await Commands.withEnvironment(config) { env in
            let calendar = try await env.calendar.calendar(on: env.database.db)
            guard let first = LocalDate(year: year, month: 1, day: 1) else { return [] }
            return (0..<366).map { first.adding(days: $0) }.filter { $0.year == year }.compactMap { date in
                let info = calendar.dayInfo(date)
                let reasons = info.reasons.filter { $0 != .weekend }
                guard !reasons.isEmpty else { return nil }
                let status = info.isWorkingDay ? S.calendarWorking.vi : S.calendarOff.vi
                return "\(date.vnFormat)  \(date.weekdayName(.vi).padding(toLength: 8, withPad: " ", startingAt: 0))  \(status.padding(toLength: 8, withPad: " ", startingAt: 0))  "
                    + reasons.map { $0.describe(on: date, language: .vi) }.joined(separator: "; ")
            }
        }
    }

    struct DueOutput: Encodable {
        var deadline: Deadline
        var explanation: [String]
    }

    public static func due(from: String, period: Period, cutoff: Int?, json: Bool, config: AppConfig) async throws -> String {
        guard let receivedAt = LocalDateTime(iso: from) else { throw CommandError(S.calendarBadDate(.vi, from)) }
        return try await Commands.withEnvironment(config) { env in
            let calendar = try await env.calendar.calendar(on: env.database.db)
            let deadline = calendar.due(DeadlineRequest(receivedAt: receivedAt, period: period, cutoffMinutes: cutoff))
            let lines = calendar.describe(deadline, language: .vi)
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                return String(decoding: try encoder.encode(DueOutput(deadline: deadline, explanation: lines)), as: UTF8.self)
            }
            return ([S.cliDue(.vi, deadline.due.vnFormat)] + lines.map { "  - \($0)" }).joined(separator: "\n")
        }
    }
}
