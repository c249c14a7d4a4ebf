import Foundation
import NIOConcurrencyHelpers
import WorkCalendar

/// The application's one source of the current time. Stores, routes and jobs read the time
/// from the clock they are given (`AppEnvironment.clock`, `Services.clock`, the request's
/// `now`), never from `Date()`, so that a test can set the time and a rule that depends on
/// "today" (a deadline, a reminder, a throttle window, a session's expiry) can be proved on
/// any day. Durations measured for logs and metrics use the monotonic clock instead; log line
/// stamps and the database's own row stamps (Fluent's `@Timestamp`) are the real time.
public struct WallClock: Sendable {
    private let read: @Sendable () -> Date

    public init(_ read: @escaping @Sendable () -> Date) {
        self.read = read
    }

    /// The machine's clock.
    public static let system = WallClock { Date() }

    /// A clock that always reads `date`.
    public static func fixed(_ date: Date) -> WallClock { WallClock { date } }

    public var now: Date { read() }
    /// The time now in Vietnam (UTC+7), the zone every legal deadline is counted in.
    public var localNow: LocalDateTime { LocalDateTime(now) }
    public var today: LocalDate { localNow.date }
}

/// A clock set by hand and moved on by hand: tests, and replays of a day's events.
public final class SetClock: Sendable {
    private let time: NIOLockedValueBox<Date>

    public init(_ start: Date) {
        time = NIOLockedValueBox(start)
    }

    public var clock: WallClock {
        WallClock { [time] in time.withLockedValue { $0 } }
    }

    public var now: Date { time.withLockedValue { $0 } }

    public func set(_ date: Date) {
        time.withLockedValue { $0 = date }
    }

    public func advance(by seconds: TimeInterval) {
        time.withLockedValue { $0 = $0.addingTimeInterval(seconds) }
    }
}
