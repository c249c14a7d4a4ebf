import WorkCalendar

// Helpers shared by the rules' test targets (never linked into the server): literal dates,
// the bundled calendar, and a seeded generator. Each helper traps on a typo in a test literal.

/// The bundled working calendar (the Government's decisions for 2024–2026: Tết, the swaps).
public let calendar: HolidayCalendar = {
    do { return try HolidayCalendar.bundled() } catch { fatalError("bundled calendar: \(error)") }
}()

/// `LocalDate` from a literal `yyyy-MM-dd`.
public func day(_ iso: String) -> LocalDate {
    guard let value = LocalDate(iso: iso) else { fatalError("bad test date \(iso)") }
    return value
}

/// `LocalDateTime` from a literal `yyyy-MM-ddTHH:mm`.
public func at(_ iso: String) -> LocalDateTime {
    guard let value = LocalDateTime(iso: iso) else { fatalError("bad test moment \(iso)") }
    return value
}

/// SplitMix64: a small seeded generator so that random tests repeat exactly.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
