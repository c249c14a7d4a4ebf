import Localization

/// Names of holidays, reasons and periods. Every Vietnamese literal in this module is NFC.
extension Holiday {
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.newYear, .vi): "Tết Dương lịch"
        case (.newYear, .en): "New Year's Day"
        case (.tet, .vi): "Tết Nguyên đán"
        case (.tet, .en): "Lunar New Year (Tết)"
        case (.hungKings, .vi): "Giỗ Tổ Hùng Vương"
        case (.hungKings, .en): "Hùng Kings' Commemoration Day"
        case (.reunification, .vi): "Ngày Chiến thắng 30/4"
        case (.reunification, .en): "Reunification Day (30 April)"
        case (.labour, .vi): "Ngày Quốc tế Lao động 1/5"
        case (.labour, .en): "International Labour Day (1 May)"
        case (.nationalDay, .vi): "Quốc khánh 2/9"
        case (.nationalDay, .en): "National Day (2 September)"
        }
    }
}

extension DayReason {
    /// Why `date` is off (or, for a swapped Saturday, why it is worked), as a phrase.
    public func describe(on date: LocalDate, language: Language) -> String {
        switch (self, language) {
        case (.weekend, .vi):
            return "\(Texts.weekdayName(date.weekday, .vi)), nghỉ hằng tuần"
        case (.weekend, .en):
            return "\(Texts.weekdayName(date.weekday, .en)), weekly rest day"
        case (.holiday(let holiday), .vi):
            return "nghỉ lễ \(holiday.name(.vi)) (khoản 1 Điều 112 Bộ luật Lao động 2019)"
        case (.holiday(let holiday), .en):
            return "public holiday: \(holiday.name(.en)) (Labour Code 2019 Art. 112.1)"
        case (.compensatory(let holiday, let holidayDate), .vi):
            return "nghỉ bù vì \(holiday.name(.vi)) ngày \(holidayDate.vnFormat) trùng ngày nghỉ hằng tuần"
                + " (khoản 3 Điều 111 Bộ luật Lao động 2019)"
        case (.compensatory(let holiday, let holidayDate), .en):
            return "compensatory day off: \(holiday.name(.en)) on \(holidayDate.vnFormat) fell on a weekly"
                + " rest day (Labour Code 2019 Art. 111.3)"
        case (.decisionDayOff(let reference, let holiday?), .vi):
            return "nghỉ \(holiday.name(.vi)) (\(reference))"
        case (.decisionDayOff(let reference, let holiday?), .en):
            return "\(holiday.name(.en)) break (\(reference))"
        case (.decisionDayOff(let reference, nil), .vi):
            return "ngày nghỉ theo \(reference)"
        case (.decisionDayOff(let reference, nil), .en):
            return "day off under \(reference)"
        case (.decisionWorkingDay(let reference), .vi):
            return "\(Texts.weekdayName(date.weekday, .vi)) làm bù theo \(reference)"
        case (.decisionWorkingDay(let reference), .en):
            return "\(Texts.weekdayName(date.weekday, .en)) worked as a swapped day under \(reference)"
        }
    }
}

extension Period {
    /// "3 ngày làm việc", "8 working hours", "trong ngày" …
    public func describe(_ language: Language) -> String {
        switch (self, language) {
        case (.workingDays(let n), .vi): "\(n) ngày làm việc"
        case (.workingDays(let n), .en): n == 1 ? "1 working day" : "\(n) working days"
        case (.calendarDays(let n), .vi): "\(n) ngày"
        case (.calendarDays(let n), .en): n == 1 ? "1 day" : "\(n) days"
        case (.hours(let n), .vi): "\(n) giờ làm việc"
        case (.hours(let n), .en): n == 1 ? "1 working hour" : "\(n) working hours"
        case (.months(let n), .vi): "\(n) tháng"
        case (.months(let n), .en): n == 1 ? "1 month" : "\(n) months"
        case (.withinDay, .vi): "trong ngày"
        case (.withinDay, .en): "within the day"
        }
    }
}

enum Texts {
    static func weekdayName(_ weekday: Int, _ language: Language) -> String {
        let vi = ["Chủ nhật", "thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy"]
        let en = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        return (language == .vi ? vi : en)[weekday - 1]
    }

    static func clock(_ minutes: Int) -> String {
        "\(LocalDate.pad(minutes / 60, 2)):\(LocalDate.pad(minutes % 60, 2))"
    }

    /// "3 giờ 30 phút" / "3 h 30 min".
    static func duration(_ minutes: Int, _ language: Language) -> String {
        let (h, m) = (minutes / 60, minutes % 60)
        let (hourUnit, minuteUnit) = language == .vi ? ("giờ", "phút") : ("h", "min")
        switch (h, m) {
        case (0, _): return "\(m) \(minuteUnit)"
        case (_, 0): return "\(h) \(hourUnit)"
        default: return "\(h) \(hourUnit) \(m) \(minuteUnit)"
        }
    }
}

extension LocalDate {
    /// "Thứ Hai" … "Chủ nhật" / "Monday" … "Sunday".
    public func weekdayName(_ language: Language) -> String { Texts.weekdayName(weekday, language) }
}

extension LunarDate {
    /// "29/12 âm lịch", "1/6 (nhuận) âm lịch" / "lunar 29/12".
    public func describe(_ language: Language) -> String {
        let leap = isLeapMonth ? (language == .vi ? " (nhuận)" : " (leap)") : ""
        return language == .vi ? "\(day)/\(month)\(leap) âm lịch" : "lunar \(day)/\(month)\(leap)"
    }
}
