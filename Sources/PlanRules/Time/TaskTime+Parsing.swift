import Foundation
import WorkCalendar

extension TaskTime {
    /// Reads the time column of a plan as people write it. Tolerant: with or without
    /// diacritics, any case, Roman or Arabic quarter numbers, "/", "-" or "." in dates,
    /// "năm" or "/" before the year, a trailing full stop.
    ///
    /// | wording | value |
    /// |---|---|
    /// | Thường xuyên | `.ongoing` |
    /// | Quý II/2024, Quý 2/2024, quy ii nam 2024 | `.quarter(2, year: 2024)` |
    /// | 6 tháng đầu năm 2024, 6 tháng cuối năm 2024 | `.half(1 or 2, year: 2024)` |
    /// | Tháng 5/2024 | `.month(5, year: 2024)` |
    /// | Năm 2024, Trong năm 2024 | `.year(2024)` |
    /// | Định kỳ 6 tháng/01 lần, 6 tháng/lần, Hằng quý, Hằng tháng | `.everyMonths(6 / 3 / 1)` |
    /// | Trước ngày 30/6/2024, Đến ngày …, Chậm nhất ngày …, 30/6/2024 | `.byDate` |
    /// | Từ 01/3/2024 đến 30/4/2024, 01/3/2024 - 30/4/2024 | `.range` |
    ///
    /// "Trước ngày D" is read as due on D (the day itself is allowed), as offices use it.
    /// A quarter, half or month without a year takes `planYear`; without one it is an error.
    public static func parse(_ text: String, planYear: Int? = nil) throws(TaskTimeError) -> TaskTime {
        let raw = VietnameseText.clean(text)
        var folded = VietnameseText.fold(raw)
            .replacingOccurrences(of: "–", with: "-")
            .replacingOccurrences(of: "—", with: "-")
        while let last = folded.last, last == "." || last == ";" || last == "," { folded.removeLast() }
        folded = folded.trimmingCharacters(in: .whitespaces)
        guard !folded.isEmpty else { throw .empty }
        if folded.hasPrefix("trong ") { folded.removeFirst("trong ".count) }

        let value = try read(folded, raw: raw, planYear: planYear)
        if let problem = value.problem { throw problem }
        return value
    }

    private static func read(_ s: String, raw: String, planYear: Int?) throws(TaskTimeError) -> TaskTime {
        func year(_ text: Substring?) throws(TaskTimeError) -> Int {
            if let text, let value = Int(text) { return value }
            guard let planYear else { throw .missingYear(raw) }
            return planYear
        }
        switch s {
        case "thuong xuyen", "thuong xuyen trong nam", "thuong xuyen hang nam": return .ongoing
        case "hang thang": return .everyMonths(1)
        case "hang quy": return .everyMonths(3)
        case "6 thang mot lan", "nua nam mot lan": return .everyMonths(6)
        default: break
        }
        if let m = s.wholeMatch(of: /quy\s*([a-z]+|\d{1,2})(?:\s*[\/\-.]\s*|\s+nam\s+|\s+)?(\d{4})?/) {
            guard let q = VietnameseText.number(romanOrArabic: String(m.1)) else { throw .invalidQuarter(String(m.1)) }
            guard (1...4).contains(q) else { throw .invalidQuarter(String(m.1)) }
            return .quarter(q, year: try year(m.2))
        }
        if let m = s.wholeMatch(of: /(?:6|sau) thang (dau|cuoi) nam\s*(\d{4})?/) {
            return .half(m.1 == "dau" ? 1 : 2, year: try year(m.2))
        }
        if let m = s.wholeMatch(of: /thang\s*(\d{1,2})(?:\s*[\/\-.]\s*|\s+nam\s+|\s+)?(\d{4})?/) {
            return .month(Int(m.1) ?? 0, year: try year(m.2))
        }
        if let m = s.wholeMatch(of: /(?:ca )?nam\s*(\d{4})/) {
            return .year(Int(m.1) ?? 0)
        }
        if let every = everyMonths(s) { return .everyMonths(every) }
        let datePair = #/
            (?:tu\s+)? (?:ngay\s*)? (\d{1,2} \s*[\/\-.]\s* \d{1,2} (?:\s*[\/\-.]\s*\d{4})?)
            \s* (?:den|-) \s*
            (?:ngay\s*)? (\d{1,2} \s*[\/\-.]\s* \d{1,2} (?:\s*[\/\-.]\s*\d{4})?)
            /#
        if let m = s.wholeMatch(of: datePair) {
            let from = try parseDate(m.1, planYear: planYear, raw: raw)
            let to = try parseDate(m.2, planYear: planYear, raw: raw)
            guard let range = DayRange(start: from, end: to) else { throw .rangeEndsBeforeStart(from: from, to: to) }
            return .range(range)
        }
        if let m = s.wholeMatch(of: /tu thang\s*(\d{1,2})\s*den\s*thang\s*(\d{1,2})(?:\s*[\/\-.]\s*|\s+nam\s+|\s+)?(\d{4})?/) {
            let y = try year(m.3)
            guard yearRange.contains(y) else { throw .yearOutOfRange(y) }
            guard let first = Int(m.1), let firstMonth = DayRange.month(first, of: y) else { throw .invalidMonth(Int(m.1) ?? 0) }
            guard let last = Int(m.2), let lastMonth = DayRange.month(last, of: y) else { throw .invalidMonth(Int(m.2) ?? 0) }
            guard let range = DayRange(start: firstMonth.start, end: lastMonth.end) else {
                throw .rangeEndsBeforeStart(from: firstMonth.start, to: lastMonth.end)
            }
            return .range(range)
        }
        if let m = s.wholeMatch(of: /(?:(?:truoc|den|cham nhat|han chot|han)\s+)?(?:ngay\s*)?(\d[\d\/\-. ]*)/) {
            return .byDate(try parseDate(m.1, planYear: planYear, raw: raw))
        }
        throw .unrecognised(raw)
    }

    /// "dinh ky 6 thang/01 lan", "6 thang/lan", "dinh ky 6 thang", "6 thang 1 lan" → 6.
    private static func everyMonths(_ s: String) -> Int? {
        var text = Substring(s)
        let periodic = text.hasPrefix("dinh ky")
        if periodic { text = text.dropFirst("dinh ky".count) }
        if periodic, text.trimmingCharacters(in: .whitespaces) == "hang quy" { return 3 }
        if periodic, text.trimmingCharacters(in: .whitespaces) == "hang thang" { return 1 }
        guard let m = text.wholeMatch(of: /\s*(\d{1,3})\s*thang\s*(\/\s*)?((?:0?1|mot)\s*)?(lan)?/) else { return nil }
        guard periodic || m.4 != nil else { return nil }
        return Int(m.1)
    }

    /// "30/6/2024", "30-06-2024", "30.6.2024"; "30/6" takes `planYear`.
    private static func parseDate(_ text: Substring, planYear: Int?, raw: String) throws(TaskTimeError) -> LocalDate {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let parts = trimmed.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "." })
            .map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count <= 2, parts[1].count <= 2 else { throw .invalidDate(trimmed) }
        let year: Int
        if parts.count == 3 {
            guard parts[2].count == 4, let value = Int(parts[2]) else { throw .invalidDate(trimmed) }
            year = value
        } else {
            guard let planYear else { throw .missingYear(raw) }
            year = planYear
        }
        guard yearRange.contains(year) else { throw .yearOutOfRange(year) }
        guard let d = Int(parts[0]), let m = Int(parts[1]), let date = LocalDate(year: year, month: m, day: d) else {
            throw .invalidDate(trimmed)
        }
        return date
    }
}
