@testable import WorkCalendar
import TestKit

/// `LocalDateTime` from a literal `yyyy-MM-ddTHH:mm`.
func moment(_ iso: String) -> LocalDateTime { at(iso) }

/// The Chinese-style engine (UTC+8), used only to show where the calendars differ.
let chineseEngine = LunarEngine(utcOffsetHours: 8)
