import Foundation
import WorkCalendar

/// Date-times in the W3C profile of ISO 8601 that GeoReport v2 requires, always with a
/// time zone (`Z` or `±hh:mm`): `2010-01-01T00:00:00Z`, `2025-01-24T08:30:00+07:00`,
/// `2025-01-24T08:30+07:00`, `2025-01-24T08:30:00.5Z`.
public enum W3CDateTime {
    /// The instant, or nil when the text is not of that form or has no time zone.
    public static func parse(_ text: String) -> Date? {
        let chars = Array(text.utf8)
        guard chars.count >= 17, chars[4] == UInt8(ascii: "-"), chars[7] == UInt8(ascii: "-"),
              chars[10] == UInt8(ascii: "T"), chars[13] == UInt8(ascii: ":"),
              let year = number(chars, 0, 4), let month = number(chars, 5, 2), let day = number(chars, 8, 2),
              let hour = number(chars, 11, 2), let minute = number(chars, 14, 2),
              let date = LocalDate(year: year, month: month, day: day), hour < 24, minute < 60 else { return nil }
        var index = 16
        var seconds = 0.0
        if index < chars.count && chars[index] == UInt8(ascii: ":") {
            guard let whole = number(chars, index + 1, 2), whole < 60 else { return nil }
            seconds = Double(whole)
            index += 3
            if index < chars.count && chars[index] == UInt8(ascii: ".") {
                var end = index + 1
                while end < chars.count && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(chars[end]) { end += 1 }
                guard end > index + 1, let fraction = Double("0" + String(decoding: chars[index..<end], as: UTF8.self)) else {
                    return nil
                }
                seconds += fraction
                index = end
            }
        }
        guard let offset = zoneOffset(chars[index...]) else { return nil }
        let days = Double(date.julianDay - 2_440_588)
        return Date(timeIntervalSince1970: days * 86_400 + Double(hour * 3600 + minute * 60) + seconds - Double(offset))
    }

    /// A Vietnamese wall-clock moment as `2025-01-24T08:30:00+07:00`.
    public static func format(_ moment: LocalDateTime) -> String {
        "\(moment.iso):00+07:00"
    }

    private static func zoneOffset(_ rest: ArraySlice<UInt8>) -> Int? {
        let zone = Array(rest)
        if zone == [UInt8(ascii: "Z")] { return 0 }
        guard zone.count == 6, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-"), zone[3] == UInt8(ascii: ":"),
              let hours = number(zone, 1, 2), let minutes = number(zone, 4, 2), hours <= 14, minutes < 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return zone[0] == UInt8(ascii: "-") ? -seconds : seconds
    }

    private static func number(_ chars: [UInt8], _ start: Int, _ count: Int) -> Int? {
        guard start + count <= chars.count else { return nil }
        var value = 0
        for byte in chars[start..<start + count] {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
