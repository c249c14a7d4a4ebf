import WorkCalendar
import Localization

/// When a task is to be carried out (cột "Thời gian thực hiện" of a plan's appendix;
/// docs/LEGAL-READINGS.md §6 lists the wordings plans use).
public enum TaskTime: Sendable, Hashable {
    /// "Thường xuyên": all year, reported every reporting period of the plan.
    case ongoing
    /// "Quý II/2024": due within that quarter (1…4).
    case quarter(Int, year: Int)
    /// "6 tháng đầu năm 2024": half 1 (January–June) or 2 (July–December).
    case half(Int, year: Int)
    /// "Tháng 5/2024".
    case month(Int, year: Int)
    /// "Năm 2024": due within the year.
    case year(Int)
    /// "Định kỳ 6 tháng/01 lần": one occurrence per run of N months (1…12) of the plan's year.
    case everyMonths(Int)
    /// "Trước ngày 30/6/2024": due by that date.
    case byDate(LocalDate)
    /// "Từ 01/3/2024 đến 30/4/2024": carried out within the range, due on its last day.
    case range(DayRange)

    /// The canonical Vietnamese wording, which `TaskTime.parse` reads back, and its English.
    public var text: LocalizedText {
        switch self {
        case .ongoing:
            LocalizedText(vi: "Thường xuyên", en: "Ongoing")
        case .quarter(let q, let year):
            LocalizedText(vi: "Quý \(VietnameseText.roman(q))/\(year)", en: "Q\(q) \(year)")
        case .half(let h, let year):
            h == 1 ? LocalizedText(vi: "6 tháng đầu năm \(year)", en: "First half of \(year)")
                : LocalizedText(vi: "6 tháng cuối năm \(year)", en: "Second half of \(year)")
        case .month(let m, let year):
            DayRange.month(m, of: year)?.label ?? LocalizedText(vi: "Tháng \(m)/\(year)", en: "Month \(m) \(year)")
        case .year(let year):
            LocalizedText(vi: "Năm \(year)", en: "Year \(year)")
        case .everyMonths(let n):
            LocalizedText(vi: "Định kỳ \(n) tháng/01 lần", en: n == 1 ? "Every month" : "Every \(n) months")
        case .byDate(let date):
            LocalizedText(vi: "Trước ngày \(date.vnFormat)", en: "By \(date.vnFormat)")
        case .range(let range):
            LocalizedText(vi: "Từ \(range.start.vnFormat) đến \(range.end.vnFormat)",
                          en: "From \(range.start.vnFormat) to \(range.end.vnFormat)")
        }
    }

    /// The same time one year later: "Quý II/2024" → "Quý II/2025"; ongoing and recurring
    /// times, which follow the plan's year, are unchanged; 29/02 becomes 28/02.
    public func shiftedByOneYear() -> TaskTime {
        switch self {
        case .ongoing, .everyMonths: self
        case .quarter(let q, let year): .quarter(q, year: year + 1)
        case .half(let h, let year): .half(h, year: year + 1)
        case .month(let m, let year): .month(m, year: year + 1)
        case .year(let year): .year(year + 1)
        case .byDate(let date): .byDate(date.adding(months: 12))
        case .range(let range): .range(range.shiftedByYears(1))
        }
    }

    /// The kind, as used in the JSON encoding.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case ongoing, quarter, half, month, year, everyMonths, byDate, range
    }

    public var kind: Kind {
        switch self {
        case .ongoing: .ongoing
        case .quarter: .quarter
        case .half: .half
        case .month: .month
        case .year: .year
        case .everyMonths: .everyMonths
        case .byDate: .byDate
        case .range: .range
        }
    }
}

/// Encoded as `{"kind": "quarter", "number": 2, "year": 2024}`, `{"kind": "everyMonths", "number": 6}`,
/// `{"kind": "byDate", "date": "2024-06-30"}`, `{"kind": "range", "start": …, "end": …}`.
extension TaskTime: Codable {
    private enum CodingKeys: String, CodingKey { case kind, number, year, date, start, end }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try c.decode(Kind.self, forKey: .kind)
        let value: TaskTime
        switch kind {
        case .ongoing: value = .ongoing
        case .quarter: value = .quarter(try c.decode(Int.self, forKey: .number), year: try c.decode(Int.self, forKey: .year))
        case .half: value = .half(try c.decode(Int.self, forKey: .number), year: try c.decode(Int.self, forKey: .year))
        case .month: value = .month(try c.decode(Int.self, forKey: .number), year: try c.decode(Int.self, forKey: .year))
        case .year: value = .year(try c.decode(Int.self, forKey: .year))
        case .everyMonths: value = .everyMonths(try c.decode(Int.self, forKey: .number))
        case .byDate: value = .byDate(try c.decode(LocalDate.self, forKey: .date))
        case .range:
            let start = try c.decode(LocalDate.self, forKey: .start), end = try c.decode(LocalDate.self, forKey: .end)
            guard let range = DayRange(start: start, end: end) else {
                throw DecodingError.dataCorruptedError(forKey: .end, in: c, debugDescription: "end before start")
            }
            value = .range(range)
        }
        if let problem = value.problem {
            throw DecodingError.dataCorruptedError(forKey: .number, in: c, debugDescription: problem.message(.en))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        switch self {
        case .ongoing: break
        case .quarter(let n, let year), .half(let n, let year), .month(let n, let year):
            try c.encode(n, forKey: .number)
            try c.encode(year, forKey: .year)
        case .year(let year): try c.encode(year, forKey: .year)
        case .everyMonths(let n): try c.encode(n, forKey: .number)
        case .byDate(let date): try c.encode(date, forKey: .date)
        case .range(let range):
            try c.encode(range.start, forKey: .start)
            try c.encode(range.end, forKey: .end)
        }
    }

    /// Why a constructed value is out of range (quarter 5, every 13 months…), or nil.
    public var problem: TaskTimeError? {
        switch self {
        case .quarter(let q, let year): (1...4).contains(q) ? TaskTime.yearProblem(year) : .invalidQuarter(String(q))
        case .half(let h, let year): (1...2).contains(h) ? TaskTime.yearProblem(year) : .invalidHalf(h)
        case .month(let m, let year): (1...12).contains(m) ? TaskTime.yearProblem(year) : .invalidMonth(m)
        case .year(let year): TaskTime.yearProblem(year)
        case .everyMonths(let n): (1...12).contains(n) ? nil : .invalidInterval(n)
        case .ongoing, .byDate, .range: nil
        }
    }

    /// Plans are yearly documents of this century and the next.
    public static let yearRange = 2000...2199

    private static func yearProblem(_ year: Int) -> TaskTimeError? {
        yearRange.contains(year) ? nil : .yearOutOfRange(year)
    }
}
