import Foundation
import WorkCalendar
import Localization

/// Reads the decision form and the deadline calculator's query.
public enum CalendarForms {
    /// Dates typed one per line or separated by commas, `dd/MM/yyyy`, with ranges
    /// `25/01/2025 - 02/02/2025`. Returns nil and the bad piece when one cannot be read.
    public static func parseDates(_ text: String) -> (dates: [LocalDate], bad: String?) {
        var dates: [LocalDate] = []
        for piece in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" }) {
            let item = piece.trimmingCharacters(in: .whitespaces)
            if item.isEmpty { continue }
            let ends = item.components(separatedBy: " - ").flatMap { $0.components(separatedBy: "–") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            let parsed = ends.map { VNFormat.parseDay($0).flatMap(LocalDate.init(iso:)) }
            switch parsed.count {
            case 1:
                guard let date = parsed[0] else { return ([], item) }
                dates.append(date)
            case 2:
                guard let start = parsed[0], let end = parsed[1], start <= end, end.daysSince(start) <= 31 else { return ([], item) }
                for offset in 0...end.daysSince(start) { dates.append(start.adding(days: offset)) }
            default:
                return ([], item)
            }
        }
        return (Array(Set(dates)).sorted(), nil)
    }

    public static func readDecision(_ fields: FormFields, language: Language) -> (DecisionDraft?, FormReader) {
        var reader = FormReader(fields, language: language)
        let yearText = reader.text("year", label: S.calendarYear, required: true, maxLength: 4)
        let reference = reader.text("reference", label: S.calendarReference, required: true, maxLength: 300)
        let daysOffText = reader.text("days_off", label: S.calendarDaysOff, maxLength: 2000, multiline: true) ?? ""
        let workingText = reader.text("working_days", label: S.calendarWorkingDays, maxLength: 2000, multiline: true) ?? ""
        let note = reader.text("note", label: S.calendarNote, maxLength: 1000, multiline: true)
        let year = yearText.flatMap(Int.init)
        if yearText != nil, year == nil || !(1900...2199).contains(year!) { reader.fail("year", S.calendarYear, .invalid) }
        let off = parseDates(daysOffText)
        let working = parseDates(workingText)
        if let bad = off.bad { reader.fail("days_off", message: S.calendarBadDate(language, bad)) }
        if let bad = working.bad { reader.fail("working_days", message: S.calendarBadDate(language, bad)) }
        if off.bad == nil, working.bad == nil {
            if off.dates.isEmpty && working.dates.isEmpty { reader.fail("days_off", message: S.calendarNoDates(language)) }
            if let year, let outside = (off.dates + working.dates).first(where: { abs($0.year - year) > 1 }) {
                reader.fail("days_off", message: S.calendarDateOutsideYear(language, outside.vnFormat, String(year)))
            }
            if let both = Set(off.dates).intersection(working.dates).min() {
                reader.fail("working_days", message: S.calendarDateBoth(language, both.vnFormat))
            }
            if let weekday = working.dates.first(where: { !$0.isWeekend }) {
                reader.fail("working_days", message: S.calendarWorkingNotWeekend(language, weekday.vnFormat))
            }
        }
        guard reader.isValid, let year, let reference else { return (nil, reader) }
        return (DecisionDraft(year: year, reference: reference, daysOff: off.dates, workingDays: working.dates, note: note), reader)
    }

    /// The calculator's inputs: reception day and time, amount, unit, cut-off.
    public struct CalculatorInput: Sendable {
        public var values: [String: String]
        public var request: DeadlineRequest?
        public var errors: [FieldError]
    }

    public static func readCalculator(_ q: FormFields, language: Language) -> CalculatorInput {
        var reader = FormReader(q, language: language)
        let day = reader.text("ngay", label: S.calcDay, required: true, maxLength: 10)
        let time = reader.text("gio", label: S.calcTime, maxLength: 5) ?? "08:00"
        let amountText = reader.text("so", label: S.calcAmount, maxLength: 4)
        let unitText = reader.text("don-vi", label: S.calcUnit, required: true, maxLength: 20)
        let cutoffText = reader.text("gio-chot", label: S.calcCutoff, maxLength: 5)
        var values = reader.echo
        values["gio"] = values["gio"].flatMap { $0.isEmpty ? nil : $0 } ?? time
        let date = day.flatMap(VNFormat.parseDay).flatMap(LocalDate.init(iso:))
        if day != nil, date == nil { reader.fail("ngay", S.calcDay, .invalid) }
        let minutes = minutesOfDay(time)
        if minutes == nil { reader.fail("gio", S.calcTime, .invalid) }
        var cutoff: Int?? = .some(15 * 60)
        if let cutoffText {
            if let value = minutesOfDay(cutoffText) { cutoff = .some(value) } else { reader.fail("gio-chot", S.calcCutoff, .invalid) }
        }
        let unit = unitText.flatMap(Period.Unit.init(rawValue:))
        if unitText != nil, unit == nil { reader.fail("don-vi", S.calcUnit, .invalid) }
        let amount = amountText.flatMap(Int.init) ?? (unit == .withinDay ? 0 : nil)
        if unit != .withinDay, amount == nil || !(1...1000).contains(amount!) {
            if unit != nil { reader.fail("so", S.calcAmount, amountText == nil ? .missing : .invalid) }
        }
        guard reader.isValid, let date, let minutes, let unit, let amount, case .some(let cut) = cutoff,
              let receivedAt = LocalDateTime(date: date, minutes: minutes)
        else {
            return CalculatorInput(values: values, request: nil, errors: reader.errors)
        }
        let request = DeadlineRequest(receivedAt: receivedAt, period: Period(unit: unit, amount: amount), cutoffMinutes: cut)
        return CalculatorInput(values: values, request: request, errors: [])
    }

    /// `HH:mm` (or `H:mm`, `HHhmm`) → minutes since midnight.
    public static func minutesOfDay(_ text: String) -> Int? {
        let parts = text.lowercased().split(whereSeparator: { $0 == ":" || $0 == "h" })
        guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m) else { return nil }
        return h * 60 + m
    }
}

extension Language {
    /// The calendar library's own language type.
    public var calendarLanguage: Language { self == .vi ? .vi : .en }
}
