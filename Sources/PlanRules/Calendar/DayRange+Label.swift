import WorkCalendar
import Localization

extension DayRange {
    /// How Vietnamese reports name a period: "Quý II/2024", "6 tháng đầu năm 2024",
    /// "Tháng 5/2024", "Năm 2024", "Từ tháng 1 đến tháng 5/2024", otherwise
    /// "Từ 01/03/2024 đến 30/04/2024".
    public var label: LocalizedText {
        if let months = wholeMonths {
            let (first, last, year) = months
            switch (first, last) {
            case (1, 12): return LocalizedText(vi: "Năm \(year)", en: "Year \(year)")
            case (1, 6): return LocalizedText(vi: "6 tháng đầu năm \(year)", en: "First half of \(year)")
            case (7, 12): return LocalizedText(vi: "6 tháng cuối năm \(year)", en: "Second half of \(year)")
            case let (f, l) where f == l:
                return LocalizedText(vi: "Tháng \(f)/\(year)", en: "\(DayRange.monthNames[f - 1]) \(year)")
            case let (f, l) where l == f + 2 && f % 3 == 1:
                let quarter = (f + 2) / 3
                return LocalizedText(vi: "Quý \(VietnameseText.roman(quarter))/\(year)", en: "Q\(quarter) \(year)")
            default:
                return LocalizedText(vi: "Từ tháng \(first) đến tháng \(last)/\(year)",
                                     en: "\(DayRange.monthNames[first - 1])–\(DayRange.monthNames[last - 1]) \(year)")
            }
        }
        if start == end {
            return LocalizedText(vi: "Ngày \(start.vnFormat)", en: "\(start.vnFormat)")
        }
        return LocalizedText(vi: "Từ \(start.vnFormat) đến \(end.vnFormat)",
                             en: "From \(start.vnFormat) to \(end.vnFormat)")
    }

    /// (first month, last month, year) when the range is whole months of one year.
    var wholeMonths: (Int, Int, Int)? {
        guard start.year == end.year, start.day == 1,
              end.day == LocalDate.daysIn(month: end.month, year: end.year) else { return nil }
        return (start.month, end.month, start.year)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
}
