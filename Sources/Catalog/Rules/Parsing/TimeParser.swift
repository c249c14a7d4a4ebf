import WorkCalendar

/// Reads processing times such as "5 Ngày làm việc", "01 Giờ", "0.5 Giờ", "10-25 ngày",
/// "Trong ngày", "Ngay trong ngày".
enum TimeParser {
    enum Outcome: Equatable {
        /// The source states no time ("Không quy định", "Không có thông tin", empty).
        case notStated
        case parsed(ProcessingTime)
        /// A number was written without a unit (the portal lost it): not guessed.
        case unitMissing(String)
        /// Anything else (an event-relative deadline, free text).
        case unparsed(String)
    }

    static let notStatedTexts: Set<String> = [
        "", "không quy định", "không có thông tin", "không", "không có", "-",
    ]

    static let withinDayTexts = ["ngay trong ngày làm việc", "ngay trong ngày", "trong ngày làm việc", "trong ngày"]

    /// Units, longest first, lower case.
    static let units: [(String, TimeUnit)] = [
        ("ngày làm việc", .workingDays), ("ngày", .days), ("giờ làm việc", .hours),
        ("giờ", .hours), ("tiếng", .hours), ("tháng", .months),
    ]

    /// Parses a whole time cell.
    static func parse(_ text: String) -> Outcome {
        var value = TextNormalizer.line(text)
        while value.hasSuffix(".") { value.removeLast() }
        let lower = value.lowercased()
        if notStatedTexts.contains(lower) { return .notStated }
        if withinDayTexts.contains(lower) { return .parsed(ProcessingTime(amount: 0, unit: .withinDay)) }
        let chars = Array(lower)
        guard let scan = scanNumberAndUnit(chars, from: 0), scan.end == chars.count else {
            return .unparsed(value)
        }
        guard let unit = scan.unit else { return .unitMissing(value) }
        return .parsed(ProcessingTime(amount: scan.amount, unit: unit, maxAmount: scan.maxAmount))
    }

    struct Scan {
        var amount: Double
        var maxAmount: Double?
        var unit: TimeUnit?
        /// End of the number part (before any unit).
        var numberEnd: Int
        var end: Int
    }

    /// Scans "N", "N.M", "N-M", "N đến M", each optionally followed by a unit, from `start`
    /// in lower-cased characters. Nil when no number starts there.
    static func scanNumberAndUnit(_ chars: Chars, from start: Int) -> Scan? {
        guard let (amount, afterAmount) = scanNumber(chars, from: start) else { return nil }
        var end = afterAmount
        var maxAmount: Double?
        var j = chars.skipSpaces(from: end, lines: false)
        if j < chars.count, chars[j] == "-" || chars[j] == "–" || chars.matches("đến", at: j) {
            let k = chars.skipSpaces(from: j + (chars[j] == "đ" ? 3 : 1), lines: false)
            if let (upper, afterUpper) = scanNumber(chars, from: k) {
                maxAmount = upper
                end = afterUpper
            }
        }
        let numberEnd = end
        j = chars.skipSpaces(from: end, lines: false)
        for (word, unit) in units where chars.matches(word, at: j, ignoringCase: true) {
            let after = j + word.count
            // A unit word must end there ("ngàyx" is not a unit).
            if after < chars.count, chars[after].isLowercase { continue }
            return Scan(amount: amount, maxAmount: maxAmount, unit: unit, numberEnd: numberEnd, end: after)
        }
        return Scan(amount: amount, maxAmount: maxAmount, unit: nil, numberEnd: numberEnd, end: numberEnd)
    }

    /// "05" → 5, "0.5" / "0,5" → 0.5.
    static func scanNumber(_ chars: Chars, from start: Int) -> (Double, Int)? {
        let intEnd = chars.digitRunEnd(from: start)
        guard intEnd > start else { return nil }
        var end = intEnd
        if intEnd + 1 < chars.count, chars[intEnd] == "." || chars[intEnd] == ",",
           chars[intEnd + 1].isASCIIDigit {
            end = chars.digitRunEnd(from: intEnd + 1)
        }
        let text = chars.text(start..<end).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(text) else { return nil }
        return (value, end)
    }
}
