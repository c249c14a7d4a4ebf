import Foundation
import WorkCalendar

/// Dates and times as Vietnamese offices write them: `dd/MM/yyyy`, `HH:mm`, Asia/Ho_Chi_Minh.
public enum VNFormat {
    public static let timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? TimeZone(secondsFromGMT: 7 * 3600)!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    public static func date(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%02d/%02d/%04d", c.day!, c.month!, c.year!)
    }

    public static func dateTime(_ date: Date) -> String {
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%02d:%02d %02d/%02d/%04d", c.hour!, c.minute!, c.day!, c.month!, c.year!)
    }

    /// `yyyy-MM-dd` (stored form) → `dd/MM/yyyy`.
    public static func isoDay(_ iso: String?) -> String {
        guard let iso else { return "" }
        let parts = iso.split(separator: "-")
        guard parts.count == 3 else { return iso }
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// `dd/MM/yyyy` or `yyyy-MM-dd` typed by a person → `yyyy-MM-dd`, or nil when not a real date.
    public static func parseDay(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        var d = 0, m = 0, y = 0
        let slash = trimmed.split(separator: "/")
        let dash = trimmed.split(separator: "-")
        if slash.count == 3, let dd = Int(slash[0]), let mm = Int(slash[1]), let yy = Int(slash[2]) {
            (d, m, y) = (dd, mm, yy)
        } else if dash.count == 3, let yy = Int(dash[0]), let mm = Int(dash[1]), let dd = Int(dash[2]) {
            (d, m, y) = (dd, mm, yy)
        } else {
            return nil
        }
        guard (1900...2199).contains(y), (1...12).contains(m), d >= 1 else { return nil }
        var components = DateComponents()
        components.year = y
        components.month = m
        components.day = 1
        guard let first = calendar.date(from: components),
              let range = calendar.range(of: .day, in: .month, for: first), d <= range.count
        else { return nil }
        return String(format: "%04d-%02d-%02d", y, m, d)
    }
}
