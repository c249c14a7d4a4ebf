/// Office hours of a working day, in minutes since midnight: a morning and an afternoon
/// session. The default is 07:30–11:30 and 13:30–17:00 (7.5 working hours).
public struct OfficeHours: Sendable, Codable, Hashable {
    public let morningStart: Int
    public let morningEnd: Int
    public let afternoonStart: Int
    public let afternoonEnd: Int

    public init(morningStart: Int = 7 * 60 + 30, morningEnd: Int = 11 * 60 + 30,
                afternoonStart: Int = 13 * 60 + 30, afternoonEnd: Int = 17 * 60) {
        precondition(0 <= morningStart && morningStart < morningEnd && morningEnd <= afternoonStart
                     && afternoonStart < afternoonEnd && afternoonEnd < 24 * 60,
                     "office hours must be two ordered sessions within one day")
        self.morningStart = morningStart
        self.morningEnd = morningEnd
        self.afternoonStart = afternoonStart
        self.afternoonEnd = afternoonEnd
    }

    /// Opening time (start of the morning session).
    public var opening: Int { morningStart }

    /// Closing time (end of the afternoon session); day-based periods end at this time.
    public var closing: Int { afternoonEnd }

    /// Working minutes in one day.
    public var minutesPerDay: Int { (morningEnd - morningStart) + (afternoonEnd - afternoonStart) }

    /// Working minutes of a day that remain after `minute` (0 after closing).
    func minutesRemaining(after minute: Int) -> Int {
        let morning = max(0, morningEnd - max(minute, morningStart))
        let afternoon = max(0, afternoonEnd - max(minute, afternoonStart))
        return morning + afternoon
    }

    /// The clock time at which `amount` working minutes (1…minutesPerDay) have elapsed since
    /// opening. A total that completes exactly at the end of the morning is 11:30, not 13:30.
    func timeAfterWorking(_ amount: Int) -> Int {
        let morningLength = morningEnd - morningStart
        return amount <= morningLength ? morningStart + amount : afternoonStart + (amount - morningLength)
    }

    /// The clock time at which `amount` working minutes have elapsed after `minute` on the
    /// same day; `amount` must not exceed `minutesRemaining(after: minute)`.
    func timeAfterWorking(_ amount: Int, from minute: Int) -> Int {
        timeAfterWorking(minutesPerDay - minutesRemaining(after: minute) + amount)
    }
}
