import Localization
/// Sentences explaining a deadline, one per line, in Vietnamese or English.
extension HolidayCalendar {
    /// Human-readable lines for `deadline`, e.g.
    /// "Nhận lúc 16:10 ngày 24/01/2025, sau giờ chốt 15:00 nên tính từ ngày làm việc tiếp theo
    /// (03/02/2025)", "Bỏ qua 25/01/2025: nghỉ Tết Nguyên đán (Thông báo 6150/TB-LĐTBXH)",
    /// "Hạn trả: 17:00 ngày 06/02/2025".
    public func describe(_ deadline: Deadline, language: Language = .vi) -> [String] {
        Explanation(deadline: deadline, language: language).lines()
    }
}

struct Explanation {
    let deadline: Deadline
    let language: Language

    private var vi: Bool { language == .vi }

    func lines() -> [String] {
        var lines: [String] = []
        let steps = deadline.steps
        var i = 0
        while i < steps.count {
            // The reception line absorbs the step that moves the reception day.
            if case .received(let at) = steps[i], i + 1 < steps.count,
               let moved = movedClause(steps[i + 1]) {
                lines.append(receivedText(at) + ", " + moved)
                i += 2
                continue
            }
            lines.append(text(steps[i]))
            i += 1
        }
        return lines
    }

    private func receivedText(_ at: LocalDateTime) -> String {
        vi ? "Nhận lúc \(at.timeText) ngày \(at.date.vnFormat)"
            : "Received at \(at.timeText) on \(at.date.vnFormat)"
    }

    private func movedClause(_ step: ExplanationStep) -> String? {
        switch step {
        case .movedPastCutoff(let cutoff, let next):
            return vi
                ? "sau giờ chốt \(Texts.clock(cutoff)) nên tính từ ngày làm việc tiếp theo (\(next.vnFormat))"
                : "after the \(Texts.clock(cutoff)) cut-off, so counted from the next working day (\(next.vnFormat))"
        case .receivedOnNonWorkingDay(let date, let reason, let next):
            let why = reason.describe(on: date, language: language)
            return vi
                ? "là ngày nghỉ (\(why)) nên tính từ ngày làm việc tiếp theo (\(next.vnFormat))"
                : "not a working day (\(why)), so counted from the next working day (\(next.vnFormat))"
        default:
            return nil
        }
    }

    private func text(_ step: ExplanationStep) -> String {
        switch step {
        case .received(let at):
            return receivedText(at)
        case .movedPastCutoff, .receivedOnNonWorkingDay:
            return movedClause(step) ?? ""
        case .startDay(let date):
            return startDayText(date)
        case .skipped(let date, let reason):
            var why = reason.describe(on: date, language: language)
            if case .decisionWorkingDay = reason {
                // Only skipped when the setting says swapped Saturdays do not count.
                why += vi ? ", không tính khi tính hạn (theo cấu hình)" : ", not counted for deadlines (setting)"
            }
            return vi ? "Bỏ qua \(date.vnFormat): \(why)" : "Skipped \(date.vnFormat): \(why)"
        case .counted(let date, let ordinal):
            return vi ? "Ngày làm việc thứ \(ordinal): \(date.vnFormat)" : "Working day \(ordinal): \(date.vnFormat)"
        case .countedHours(let date, let from, let to, let minutes):
            let span = "\(Texts.clock(from))–\(Texts.clock(to))"
            return vi
                ? "Tính \(Texts.duration(minutes, .vi)) làm việc ngày \(date.vnFormat) (\(span))"
                : "Counted \(Texts.duration(minutes, .en)) of working time on \(date.vnFormat) (\(span))"
        case .lastDay(let date):
            let period = deadline.period.describe(language)
            return vi ? "Ngày cuối cùng của thời hạn \(period): \(date.vnFormat)"
                : "Last day of the period (\(period)): \(date.vnFormat)"
        case .lastDayRolled(let from, let to, let reason):
            let why = reason.describe(on: from, language: language)
            return vi
                ? "Ngày \(from.vnFormat) không phải ngày làm việc (\(why)) nên thời hạn kết thúc vào ngày làm việc"
                    + " tiếp theo, \(to.vnFormat) (khoản 5 Điều 148 Bộ luật Dân sự 2015)"
                : "\(from.vnFormat) is not a working day (\(why)), so the period ends on the next working day,"
                    + " \(to.vnFormat) (Civil Code 2015 Art. 148.5)"
        case .dueAt(let at):
            return vi ? "Hạn trả: \(at.timeText) ngày \(at.date.vnFormat)"
                : "Due: \(at.timeText) on \(at.date.vnFormat)"
        }
    }

    private func startDayText(_ date: LocalDate) -> String {
        let period = deadline.period.describe(language)
        switch deadline.period {
        case .hours:
            return vi
                ? "Thời hạn \(period) tính từ thời điểm tiếp nhận, chỉ trong giờ hành chính"
                    + " (khoản 1 Điều 147 Bộ luật Dân sự 2015)"
                : "The \(period) run from the moment of reception, within office hours only"
                    + " (Civil Code 2015 Art. 147.1)"
        case .withinDay:
            return vi ? "Giải quyết trong ngày tiếp nhận \(date.vnFormat)"
                : "To be settled on the day of reception, \(date.vnFormat)"
        default:
            return vi
                ? "Ngày tiếp nhận \(date.vnFormat) không tính; thời hạn \(period) tính từ ngày tiếp theo"
                    + " (khoản 2 Điều 147 Bộ luật Dân sự 2015)"
                : "The reception day \(date.vnFormat) is not counted; the period (\(period)) starts the next day"
                    + " (Civil Code 2015 Art. 147.2)"
        }
    }
}
