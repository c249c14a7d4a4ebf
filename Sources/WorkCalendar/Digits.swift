/// Fixed-width numbers as codes and dates write them (`0007`, `250124`, `20250124`), shared by
/// every rules module so that each code type only states its own shape.
extension Character {
    /// 0–9 only (not other Unicode digits).
    public var isASCIIDigit: Bool { isASCII && isNumber }
}

extension Substring {
    /// The value of exactly `width` ASCII digits; nil for any other text.
    public func fixedDigits(_ width: Int) -> Int? {
        guard utf8.count == width, allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(self)
    }
}

extension String {
    /// `value` in decimal with leading zeros up to `width` characters (`0007`).
    public init(zeroPadded value: Int, width: Int) {
        let text = String(value)
        self = text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}

extension LocalDate {
    /// A day written `YYYYMMDD`, or `YYMMDD` in the 2000s; nil when it is not a real day.
    public init?(compact text: Substring) {
        let yearWidth = text.utf8.count - 4
        guard yearWidth == 2 || yearWidth == 4,
              let year = text.prefix(yearWidth).fixedDigits(yearWidth),
              let month = text.dropFirst(yearWidth).prefix(2).fixedDigits(2),
              let day = text.suffix(2).fixedDigits(2),
              let date = LocalDate(year: yearWidth == 2 ? 2000 + year : year, month: month, day: day) else { return nil }
        self = date
    }
}
