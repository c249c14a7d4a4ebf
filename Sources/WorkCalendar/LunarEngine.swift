import Foundation

/// Builds lunisolar months for a given time zone from the astronomy in `Astronomy`.
///
/// Rules (the Vietnamese calendar when `utcOffsetHours` is 7):
/// - a month starts on the local day of the true new moon;
/// - month 11 is the month containing the local day of the December solstice;
/// - when 13 months lie between two consecutive months 11, the first of them (after month 11)
///   that contains no major solar term (zhongqi: a multiple of 30° of solar longitude, by
///   local day) is the leap month and repeats the number of the month before it.
struct LunarEngine: Sendable {
    let utcOffsetHours: Double

    /// The local civil day (as a JDN) containing the instant `jde`.
    func localDay(jde: Double) -> Int {
        Int((Astronomy.universalTime(jde: jde) + 0.5 + utcOffsetHours / 24).rounded(.down))
    }

    func newMoonDay(_ k: Int) -> Int { localDay(jde: Astronomy.newMoon(k)) }

    /// Lunation number and local start day of month 11 of the lunar year whose month 11 holds
    /// the December solstice of Gregorian `year`.
    func month11(year: Int) -> (k: Int, day: Int) {
        let solstice = Astronomy.decemberSolstice(year: year)
        let solsticeDay = localDay(jde: solstice)
        var k = Astronomy.lunation(near: solstice)
        while newMoonDay(k) > solsticeDay { k -= 1 }
        while newMoonDay(k + 1) <= solsticeDay { k += 1 }
        return (k, newMoonDay(k))
    }

    /// The zhongqi bucket (0…11) of the Sun at local midnight starting day `jdn`.
    func solarTermIndex(atStartOf jdn: Int) -> Int {
        let jd = Double(jdn) - 0.5 - utcOffsetHours / 24
        let longitude = Astronomy.sunApparentLongitude(jde: Astronomy.ephemerisTime(jd: jd))
        return min(Int(longitude / 30), 11)
    }

    /// Months from month 11 of `year`'s solstice up to, not including, the next month 11.
    /// Month 11 and 12 (and a leap 11 or 12) belong to lunar year `year`; months from 1 on to
    /// lunar year `year + 1`.
    func segment(year: Int) -> [LunarMonthStart] {
        let first = month11(year: year)
        let next = month11(year: year + 1)
        let count = next.k - first.k
        var days = [first.day]
        for i in 1...count { days.append(i == count ? next.day : newMoonDay(first.k + i)) }

        var leapIndex: Int?
        if count == 13 {
            var previousTerm = solarTermIndex(atStartOf: days[1])
            for i in 1..<count {
                let nextTerm = solarTermIndex(atStartOf: days[i + 1])
                if nextTerm == previousTerm { leapIndex = i; break }
                previousTerm = nextTerm
            }
        }

        var months: [LunarMonthStart] = []
        var number = 11
        var lunarYear = year
        for i in 0..<count {
            let isLeap = i == leapIndex
            if i > 0 && !isLeap {
                number = number == 12 ? 1 : number + 1
                if number == 1 { lunarYear = year + 1 }
            }
            months.append(LunarMonthStart(day: days[i], year: lunarYear, month: number, isLeap: isLeap))
        }
        return months
    }

    /// A table covering the segments of the solstice years in `years` (contiguous months).
    func table(solsticeYears years: ClosedRange<Int>) -> LunarTable {
        var months: [LunarMonthStart] = []
        for year in years { months += segment(year: year) }
        return LunarTable(months: months, end: month11(year: years.upperBound + 1).day)
    }
}

struct LunarMonthStart: Sendable, Hashable {
    let day: Int
    let year: Int
    let month: Int
    let isLeap: Bool
}

/// Consecutive lunar months, searchable both ways.
struct LunarTable: Sendable {
    let months: [LunarMonthStart]
    /// First day after the last month.
    let end: Int
    private let index: [Int: Int]

    init(months: [LunarMonthStart], end: Int) {
        self.months = months
        self.end = end
        var index: [Int: Int] = [:]
        for (i, month) in months.enumerated() { index[LunarTable.key(month.year, month.month, month.isLeap)] = i }
        self.index = index
    }

    static func key(_ year: Int, _ month: Int, _ isLeap: Bool) -> Int {
        year * 32 + month * 2 + (isLeap ? 1 : 0)
    }

    func contains(day: Int) -> Bool { !months.isEmpty && day >= months[0].day && day < end }

    func lunar(day: Int) -> LunarDate? {
        guard contains(day: day) else { return nil }
        var low = 0, high = months.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if months[mid].day <= day { low = mid } else { high = mid - 1 }
        }
        let month = months[low]
        return LunarDate(year: month.year, month: month.month, day: day - month.day + 1, isLeapMonth: month.isLeap)
    }

    /// Start day and length of a lunar month, if the table has it.
    func month(year: Int, month: Int, isLeap: Bool) -> (start: Int, length: Int)? {
        guard let i = index[LunarTable.key(year, month, isLeap)] else { return nil }
        let next = i + 1 < months.count ? months[i + 1].day : end
        return (months[i].day, next - months[i].day)
    }

    func leapMonth(year: Int) -> Int? {
        (1...12).first { index[LunarTable.key(year, $0, true)] != nil }
    }
}
