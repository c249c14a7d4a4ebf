import Foundation

/// A wall-clock moment in Vietnam (UTC+7, Asia/Ho_Chi_Minh, which has no daylight saving),
/// to the minute. Encoded as the ISO string `yyyy-MM-ddTHH:mm`.
public struct LocalDateTime: Hashable, Comparable, Sendable {
    /// Offset of Vietnamese civil time from UTC, in seconds.
    public static let utcOffsetSeconds = 7 * 3600

    public let date: LocalDate
    /// Minutes since local midnight, 0..<1440.
    public let minutes: Int

    public init?(date: LocalDate, minutes: Int) {
        guard (0..<1440).contains(minutes) else { return nil }
        self.date = date
        self.minutes = minutes
    }

    public init?(date: LocalDate, hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.init(date: date, minutes: hour * 60 + minute)
    }

    /// Parses `yyyy-MM-ddTHH:mm` (a space is accepted instead of `T`).
    public init?(iso: String) {
        let text = Array(iso.utf8)
        guard text.count == 16, text[10] == UInt8(ascii: "T") || text[10] == UInt8(ascii: " "),
              text[13] == UInt8(ascii: ":"),
              let date = LocalDate(iso: String(decoding: text[0..<10], as: UTF8.self)) else { return nil }
        let hourText = String(decoding: text[11..<13], as: UTF8.self)
        let minuteText = String(decoding: text[14..<16], as: UTF8.self)
        guard let hour = LocalDate.digits(Substring(hourText)),
              let minute = LocalDate.digits(Substring(minuteText)) else { return nil }
        self.init(date: date, hour: hour, minute: minute)
    }

    /// The Vietnamese wall-clock minute containing `instant`.
    public init(_ instant: Date) {
        let seconds = Int((instant.timeIntervalSince1970).rounded(.down)) + LocalDateTime.utcOffsetSeconds
        let (days, rest) = LocalDateTime.floorDivMod(seconds, 86_400)
        date = LocalDate(julianDay: LocalDateTime.unixEpochJulianDay + days)
        minutes = rest / 60
    }

    /// The Foundation `Date` (instant) of this wall-clock minute in UTC+7.
    ///
    /// The brief asked for `var date: Date`, but `date` is already the `LocalDate` part and
    /// Swift cannot overload a property by type, so the conversion is spelled `foundationDate`.
    public var foundationDate: Date {
        let days = date.julianDay - LocalDateTime.unixEpochJulianDay
        let seconds = days * 86_400 + minutes * 60 - LocalDateTime.utcOffsetSeconds
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    /// `HH:mm`.
    public var timeText: String { "\(LocalDate.pad(hour, 2)):\(LocalDate.pad(minute, 2))" }

    /// `yyyy-MM-ddTHH:mm`.
    public var iso: String { "\(date.iso)T\(timeText)" }

    /// `HH:mm dd/MM/yyyy`, the Vietnamese display form.
    public var vnFormat: String { "\(timeText) \(date.vnFormat)" }

    public static func < (lhs: LocalDateTime, rhs: LocalDateTime) -> Bool {
        (lhs.date, lhs.minutes) < (rhs.date, rhs.minutes)
    }

    static let unixEpochJulianDay = 2_440_588

    /// Internal constructor for values already known to be valid.
    init(validDate: LocalDate, minutes: Int) {
        date = validDate
        self.minutes = minutes
    }

    static func floorDivMod(_ a: Int, _ b: Int) -> (Int, Int) {
        let q = a >= 0 ? a / b : -((-a + b - 1) / b)
        return (q, a - q * b)
    }
}

extension LocalDateTime: ISOTextCodable {
    public static let isoPattern = "yyyy-MM-ddTHH:mm"
}
