import WorkCalendar
import Localization

public extension S {
    static let delete = LocalizedText("Xóa", "Delete")
    static let timeHint = LocalizedText("Giờ:phút, ví dụ 16:10", "Hours:minutes, e.g. 16:10")
    static let periodUnits: [Period.Unit: LocalizedText] = [
        .workingDays: LocalizedText("ngày làm việc", "working days"),
        .calendarDays: LocalizedText("ngày (kể cả ngày nghỉ)", "calendar days"),
        .hours: LocalizedText("giờ làm việc", "working hours"),
        .months: LocalizedText("tháng", "months"),
        .withinDay: LocalizedText("trong ngày", "within the day"),
    ]

    // Deadline calculator
    static let navCalculator = LocalizedText("Tính thời hạn", "Deadline calculator")
    static let calcTitle = LocalizedText("Tính thời hạn giải quyết", "Deadline calculator")
    static let calcIntro = LocalizedText(
        "Nhập thời điểm nộp hồ sơ và thời hạn giải quyết để biết ngày hẹn trả kết quả, có tính ngày nghỉ lễ, Tết, nghỉ bù và ngày làm bù.",
        "Enter when the dossier was received and its processing time to see the appointment, counting holidays, Tết, compensatory days and swapped working days.")
    static let calcDay = LocalizedText("Ngày nộp hồ sơ", "Day received")
    static let calcTime = LocalizedText("Giờ nộp", "Time received")
    static let calcAmount = LocalizedText("Thời hạn", "Processing time")
    static let calcUnit = LocalizedText("Đơn vị thời hạn", "Unit")
    static let calcCutoff = LocalizedText("Giờ chốt nhận hồ sơ trong ngày", "Daily cut-off time")
    static let calcCutoffHint = LocalizedText(
        "Hồ sơ nhận sau giờ này được tính như nhận vào ngày làm việc tiếp theo (mặc định 15:00).",
        "A dossier received after this time counts as received on the next working day (default 15:00).")
    static let calcSubmit = LocalizedText("Tính hạn", "Calculate")
    static let calcDueHeading = LocalizedText("Hẹn trả kết quả", "Appointment")
    static let calcDueValue = LocalizedText("{0} {1}, ngày {2}", "{0} on {1}, {2}")
    static let calcHowComputed = LocalizedText("Cách tính", "How it was counted")
    static let calcLegalNote = LocalizedText(
        "Không tính ngày đầu; thời hạn kết thúc vào cuối ngày cuối cùng, nếu là ngày nghỉ thì chuyển sang ngày làm việc tiếp theo (Điều 147, 148 Bộ luật Dân sự 2015).",
        "The first day is not counted; a period ends at the end of its last day, moved to the next working day when that is a day off (Civil Code 2015 Art. 147–148).")

    // Staff calendar
    static let navCalendar = LocalizedText("Lịch làm việc", "Working calendar")
    static let calendarTitle = LocalizedText("Lịch làm việc năm {0}", "Working calendar {0}")
    static let calendarYearLink = LocalizedText("Năm {0}", "Year {0}")
    static let calendarTet = LocalizedText("Mùng 1 Tết Nguyên đán: {0} (âm lịch tính theo múi giờ UTC+7).", "First day of Tết: {0} (lunar calendar for UTC+7).")
    static let calendarSpecialDays = LocalizedText("Ngày nghỉ lễ, nghỉ bù và ngày làm bù", "Holidays, compensatory days and swapped working days")
    static let calendarDate = LocalizedText("Ngày", "Date")
    static let calendarLunar = LocalizedText("Âm lịch", "Lunar date")
    static let calendarStatus = LocalizedText("Làm việc?", "Working?")
    static let calendarReason = LocalizedText("Lý do", "Why")
    static let calendarWorking = LocalizedText("Làm việc", "Working day")
    static let calendarOff = LocalizedText("Nghỉ", "Day off")
    static let calendarDecisions = LocalizedText("Văn bản về lịch nghỉ", "Official decisions")
    static let calendarNoDecisions = LocalizedText(
        "Chưa có văn bản cho năm này: áp dụng lịch nghỉ mặc định theo Bộ luật Lao động.",
        "No decision for this year: the Labour Code defaults apply.")
    static let calendarDecisionSummary = LocalizedText("{0} ngày nghỉ, {1} ngày làm bù", "{0} days off, {1} swapped working days")
    static let calendarDeleteLabel = LocalizedText("Xóa văn bản {0}", "Delete the decision {0}")
    static let calendarAddDecision = LocalizedText("Thêm văn bản", "Add a decision")
    static let calendarEditDecision = LocalizedText("Sửa văn bản về lịch nghỉ", "Edit a decision")
    static let calendarSettings = LocalizedText("Cấu hình tính hạn", "Deadline settings")
    static let calendarSwappedCount = LocalizedText(
        "Tính ngày thứ Bảy làm bù là ngày làm việc khi tính hạn",
        "Count swapped working Saturdays as working days for deadlines")
    static let calendarSaved = LocalizedText("Đã lưu văn bản. Số ngày thay đổi trạng thái trong năm: {0}.", "Decision saved. Days whose status changed this year: {0}.")
    static let calendarDeleted = LocalizedText("Đã xóa văn bản. Số ngày thay đổi trạng thái trong năm: {0}.", "Decision deleted. Days whose status changed this year: {0}.")
    static let calendarYear = LocalizedText("Năm", "Year")
    static let calendarReference = LocalizedText("Số, ký hiệu và trích yếu văn bản", "Number and title of the decision")
    static let calendarReferenceHint = LocalizedText("Ví dụ: Thông báo 6150/TB-LĐTBXH", "For example: Thông báo 6150/TB-LĐTBXH")
    static let calendarDaysOff = LocalizedText("Ngày nghỉ", "Days off")
    static let calendarDatesHint = LocalizedText(
        "Mỗi dòng một ngày (dd/MM/yyyy) hoặc một khoảng, ví dụ 25/01/2025 - 02/02/2025.",
        "One date per line (dd/MM/yyyy) or a range, e.g. 25/01/2025 - 02/02/2025.")
    static let calendarWorkingDays = LocalizedText("Ngày làm bù", "Swapped working days")
    static let calendarWorkingHint = LocalizedText("Ngày thứ Bảy, Chủ nhật phải đi làm để bù.", "Weekend days worked in exchange.")
    static let calendarNote = LocalizedText("Ghi chú", "Note")
    static let calendarBadDate = LocalizedText("Không đọc được ngày \"{0}\" (dạng dd/MM/yyyy).", "Cannot read the date \"{0}\" (dd/MM/yyyy).")
    static let calendarNoDates = LocalizedText("Vui lòng nhập ít nhất một ngày nghỉ hoặc ngày làm bù.", "Enter at least one day off or swapped working day.")
    static let calendarDateOutsideYear = LocalizedText("Ngày {0} không thuộc năm {1}.", "{0} is not in {1}.")
    static let calendarDateBoth = LocalizedText("Ngày {0} vừa là ngày nghỉ vừa là ngày làm bù.", "{0} is both a day off and a working day.")
    static let calendarWorkingNotWeekend = LocalizedText("Ngày làm bù {0} không phải thứ Bảy hoặc Chủ nhật.", "The swapped working day {0} is not a weekend day.")
}
