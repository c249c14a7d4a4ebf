import Foundation

/// An official decision on the days off of one year (the Prime Minister's choice of Tết days
/// and of the day next to 2/9, Labour Code 2019 Art. 112.3, and approved day swaps), as
/// announced for the civil service.
///
/// Precedence: if any `daysOff` date lies in the Tết window of the year (15 days either side
/// of mùng 1) the decision replaces the generated Tết days and their compensatory days;
/// likewise for the National Day window (26/8–9/9). Its other days off and its working days
/// are added to the generated calendar. Years without a decision use `HolidayRules`.
public struct YearDecision: Codable, Sendable, Hashable {
    public var year: Int
    /// Number and title of the text, e.g. "Thông báo 6150/TB-LĐTBXH".
    public var reference: String
    /// Every day of the announced breaks (weekends included, for a readable record).
    public var daysOff: [LocalDate]
    /// Weekend days made working days (ngày làm bù).
    public var workingDays: [LocalDate]
    public var note: String?

    public init(year: Int, reference: String, daysOff: [LocalDate], workingDays: [LocalDate] = [],
                note: String? = nil) {
        self.year = year
        self.reference = reference
        self.daysOff = daysOff
        self.workingDays = workingDays
        self.note = note
    }
}

/// The layout of `Resources/decisions.json`: default rules plus the yearly decisions.
public struct CalendarData: Codable, Sendable {
    public var defaults: HolidayRules
    public var decisions: [YearDecision]

    public init(defaults: HolidayRules, decisions: [YearDecision]) {
        self.defaults = defaults
        self.decisions = decisions
    }

    /// Decodes the JSON layout of `decisions.json`.
    public static func decode(_ data: Data) throws -> CalendarData {
        try JSONDecoder().decode(CalendarData.self, from: data)
    }

    /// The data shipped with the library.
    public static func bundled() throws -> CalendarData {
        guard let url = Bundle.module.url(forResource: "decisions", withExtension: "json",
                                          subdirectory: "Resources") else {
            throw CalendarDataError.resourceMissing("Resources/decisions.json")
        }
        return try decode(Data(contentsOf: url))
    }
}

public enum CalendarDataError: Error, Sendable, Equatable {
    case resourceMissing(String)
}

/// Combines generated holidays with the decisions of one Gregorian year.
enum YearSchedule {
    static func tetWindow(year: Int) -> ClosedRange<LocalDate> {
        let newYear = LunarCalendar.tet(year)
        return newYear.adding(days: -15)...newYear.adding(days: 15)
    }

    static func nationalDayWindow(year: Int) -> ClosedRange<LocalDate> {
        LocalDate(year: year, month: 8, day: 26)!...LocalDate(year: year, month: 9, day: 9)!
    }

    /// Non-weekend reasons for every special day of `year`, keyed by date, most specific first.
    /// `decisions` are those whose dates fall in `year`.
    static func reasons(year: Int, decisions: [YearDecision], rules: HolidayRules) -> [LocalDate: [DayReason]] {
        let tetWindow = tetWindow(year: year)
        let nationalWindow = nationalDayWindow(year: year)
        var decidedOff: [(LocalDate, String)] = []
        var decidedWorking: [(LocalDate, String)] = []
        for decision in decisions {
            decidedOff += decision.daysOff.filter { $0.year == year }.map { ($0, decision.reference) }
            decidedWorking += decision.workingDays.filter { $0.year == year }.map { ($0, decision.reference) }
        }
        let coversTet = decidedOff.contains { tetWindow.contains($0.0) }
        let coversNational = decidedOff.contains { nationalWindow.contains($0.0) }

        let statutory = StatutoryHolidays.days(year: year, rules: rules).filter { _, holiday in
            !(coversTet && holiday == .tet) && !(coversNational && holiday == .nationalDay)
        }
        let compensatory = StatutoryHolidays.compensatory(for: statutory, taken: Set(decidedOff.map(\.0)))

        var result: [LocalDate: [DayReason]] = [:]
        func add(_ date: LocalDate, _ reason: DayReason) {
            if result[date]?.contains(reason) != true { result[date, default: []].append(reason) }
        }
        for (date, holiday) in statutory { add(date, .holiday(holiday)) }
        for (date, reason) in compensatory { add(date, reason) }
        for (date, reference) in decidedOff {
            let holiday: Holiday? = tetWindow.contains(date) ? .tet
                : nationalWindow.contains(date) ? .nationalDay : nil
            add(date, .decisionDayOff(reference: reference, holiday: holiday))
        }
        for (date, reference) in decidedWorking { add(date, .decisionWorkingDay(reference: reference)) }
        for (date, reasons) in result {
            result[date] = reasons.sorted { $0.specificity > $1.specificity }
        }
        return result
    }
}
