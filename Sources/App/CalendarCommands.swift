import Foundation
import Platform
import WorkCalendar

/// `minhbach calendar …`: lunar dates, a year's holidays, and explained due dates, using the
/// decisions stored in the database (as the site does).
public enum CalendarCommands {
    struct LunarOutput: Encodable {
        var date: LocalDate
        var weekday: String
        var lunar: LunarDate
        var yearName: String
        var text: String
    }

    public static func lunar(_ text: String, json: Bool = false) throws -> String {
        guard let date = VNFormat.parseDay(text).flatMap(LocalDate.init(iso:)) else { throw CommandError(S.calendarBadDate(.vi, text)) }
        let lunar = LunarCalendar.lunar(from: date)
        let line = S.cliLunarLine(.vi, date.vnFormat, date.weekdayName(.vi), lunar.describe(.vi), yearName(lunar.year))
        guard json else { return line }
        return try encode(LunarOutput(date: date, weekday: date.weekdayName(.vi), lunar: lunar, yearName: yearName(lunar.year), text: line))
    }

    /// Pretty, sorted JSON with named keys, as every `--json` output.
    static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The sexagenary name of a lunar year: "Ất Tỵ" for 2025.
    public static func yearName(_ year: Int) -> String {
        let stems = ["Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý"]
        let branches = ["Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi"]
        return "\(stems[((year + 6) % 10 + 10) % 10]) \(branches[((year + 8) % 12 + 12) % 12])"
    }

    struct HolidayOutput: Encodable {
        var date: LocalDate
        var weekday: String
        var isWorkingDay: Bool
        var reasons: [String]
    }

    /// The days of `year` that are not plain weekdays or plain weekends: one line each, or JSON.
    public static func holidays(_ year: Int, json: Bool = false, config: AppConfig) async throws -> [String] {
        try await Commands.withEnvironment(config) { env in
            let calendar = try await env.calendar.calendar(on: env.database.db)
            guard let first = LocalDate(year: year, month: 1, day: 1) else { return [] }
            let days: [HolidayOutput] = (0..<366).map { first.adding(days: $0) }.filter { $0.year == year }.compactMap { date in
                let info = calendar.dayInfo(date)
                let reasons = info.reasons.filter { $0 != .weekend }
                guard !reasons.isEmpty else { return nil }
                return HolidayOutput(date: date, weekday: date.weekdayName(.vi), isWorkingDay: info.isWorkingDay,
                                     reasons: reasons.map { $0.describe(on: date, language: .vi) })
            }
            if json { return [try encode(days)] }
            return days.map { day in
                let status = day.isWorkingDay ? S.calendarWorking.vi : S.calendarOff.vi
                return "\(day.date.vnFormat)  \(day.weekday.padding(toLength: 8, withPad: " ", startingAt: 0))  \(status.padding(toLength: 8, withPad: " ", startingAt: 0))  "
                    + day.reasons.joined(separator: "; ")
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
            if json { return try encode(DueOutput(deadline: deadline, explanation: lines)) }
            return ([S.cliDue(.vi, deadline.due.vnFormat)] + lines.map { "  - \($0)" }).joined(separator: "\n")
        }
    }
}
