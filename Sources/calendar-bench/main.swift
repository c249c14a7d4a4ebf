import Foundation
import WorkCalendar

/// Benchmark: one million due dates with mixed periods, received at random moments in
/// 2024–2026, against the bundled calendar (precomputed per-day index).

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

func report(_ label: String, count: Int, _ duration: Duration) {
    let total = seconds(duration)
    let perOp = total / Double(count) * 1e9
    print("\(label): \(count) in \(String(format: "%.3f", total)) s (\(String(format: "%.0f", perOp)) ns/op)")
}

func makeRequests(count: Int, seed: UInt64) -> [DeadlineRequest] {
    var generator = SplitMix64(state: seed)
    let first = LocalDate(year: 2024, month: 1, day: 1)!.julianDay
    let last = LocalDate(year: 2026, month: 12, day: 31)!.julianDay
    var requests: [DeadlineRequest] = []
    requests.reserveCapacity(count)
    for _ in 0..<count {
        let date = LocalDate(julianDay: Int.random(in: first...last, using: &generator))
        let received = LocalDateTime(date: date, minutes: Int.random(in: 0..<1440, using: &generator))!
        let period: Period = switch Int.random(in: 0..<10, using: &generator) {
        case 0...4: .workingDays(Int.random(in: 1...30, using: &generator))
        case 5, 6: .calendarDays(Int.random(in: 1...60, using: &generator))
        case 7: .hours(Int.random(in: 1...40, using: &generator))
        case 8: .months(Int.random(in: 1...6, using: &generator))
        default: .withinDay
        }
        requests.append(DeadlineRequest(receivedAt: received, period: period))
    }
    return requests
}

let clock = ContinuousClock()
var calendar: HolidayCalendar?
let setup = try clock.measure { calendar = try HolidayCalendar.bundled() }
guard let calendar else { fatalError("no calendar") }
print("calendar setup (lunar table + 2000–2100 index): \(String(format: "%.3f", seconds(setup))) s")

let count = 1_000_000
let requests = makeRequests(count: count, seed: 2024)
var checksum = 0
let fast = clock.measure {
    for request in requests {
        let due = calendar.dueMoment(request)
        checksum &+= due.date.julianDay &* 1440 &+ due.minutes
    }
}
report("due dates", count: count, fast)

let explainedCount = 100_000
var steps = 0
let explained = clock.measure {
    for request in requests.prefix(explainedCount) {
        steps &+= calendar.due(request).steps.count
    }
}
report("due dates with explanation steps", count: explainedCount, explained)
print("checksum \(checksum), steps \(steps)")
