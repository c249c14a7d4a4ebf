@testable import WorkCalendar

/// `LocalDate` from a literal `yyyy-MM-dd` (tests only; traps on a typo).
func day(_ iso: String) -> LocalDate {
    guard let date = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return date
}

/// `LocalDateTime` from a literal `yyyy-MM-ddTHH:mm`.
func moment(_ iso: String) -> LocalDateTime {
    guard let value = LocalDateTime(iso: iso) else { fatalError("bad test moment \(iso)") }
    return value
}

/// Deterministic SplitMix64 generator for seeded property tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The Chinese-style engine (UTC+8), used only to show where the calendars differ.
let chineseEngine = LunarEngine(utcOffsetHours: 8)
