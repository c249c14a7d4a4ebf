import Foundation
import Testing
@testable import WorkCalendar
import TestKit

@Suite("LocalDate and LocalDateTime")
struct LocalDateTests {
    @Test("Julian Day Number: 2000-01-01 is JDN 2451545, 1970-01-01 is 2440588")
    func julianDay() {
        #expect(day("2000-01-01").julianDay == 2_451_545)
        #expect(day("1970-01-01").julianDay == 2_440_588)
        #expect(LocalDate(julianDay: 2_451_545) == day("2000-01-01"))
    }

    @Test("Weekday: 1 = Sunday … 7 = Saturday, from the JDN")
    func weekday() {
        #expect(day("2025-01-24").weekday == 6)   // Friday
        #expect(day("2025-01-25").weekday == 7)   // Saturday
        #expect(day("2025-01-26").weekday == 1)   // Sunday
        #expect(day("2024-02-29").weekday == 5)   // Thursday
    }

    @Test("Validation and parsing")
    func validation() {
        #expect(LocalDate(year: 2023, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2024, month: 2, day: 29) != nil)
        #expect(LocalDate(year: 1900, month: 2, day: 29) == nil)
        #expect(LocalDate(year: 2000, month: 2, day: 29) != nil)
        #expect(LocalDate(iso: "2025-1-24") == nil)
        #expect(LocalDate(iso: "2025-13-01") == nil)
        #expect(LocalDate(iso: "2025-01-24x") == nil)
        #expect(LocalDate(iso: "+025-01-24") == nil)
        #expect(LocalDateTime(iso: "2025-01-24T24:00") == nil)
        #expect(LocalDateTime(iso: "2025-01-24T16:60") == nil)
        #expect(LocalDateTime(iso: "2025-01-24 16:10") == moment("2025-01-24T16:10"))
    }

    @Test("Formats: iso and dd/MM/yyyy, HH:mm dd/MM/yyyy")
    func formats() {
        #expect(day("2025-02-06").iso == "2025-02-06")
        #expect(day("2025-02-06").vnFormat == "06/02/2025")
        #expect(moment("2025-01-24T16:10").vnFormat == "16:10 24/01/2025")
        #expect(moment("2025-01-24T07:05").iso == "2025-01-24T07:05")
    }

    @Test("Arithmetic: adding days and months (clamped, Civil Code 2015 Art. 148.3), daysSince")
    func arithmetic() {
        #expect(day("2024-12-31").adding(days: 1) == day("2025-01-01"))
        #expect(day("2025-03-01").daysSince(day("2025-02-01")) == 28)
        #expect(day("2025-01-31").adding(months: 1) == day("2025-02-28"))
        #expect(day("2024-01-31").adding(months: 1) == day("2024-02-29"))
        #expect(day("2025-11-15").adding(months: 3) == day("2026-02-15"))
    }

    @Test("Conversion to and from Foundation Date in UTC+7 (no DST)")
    func foundation() {
        let instant = Date(timeIntervalSince1970: 1_737_710_000) // 2025-01-24T09:13:20Z
        let local = LocalDateTime(instant)
        #expect(local == moment("2025-01-24T16:13"))
        #expect(local.foundationDate == Date(timeIntervalSince1970: 1_737_709_980))
        let beforeEpoch = LocalDateTime(Date(timeIntervalSince1970: -3600))
        #expect(beforeEpoch == moment("1970-01-01T06:00"))
        #expect(LocalDateTime(moment("2030-06-30T23:59").foundationDate) == moment("2030-06-30T23:59"))
    }

    @Test("Codable as ISO strings; ordering")
    func codable() throws {
        let value = [moment("2025-01-24T16:10")]
        let data = try JSONEncoder().encode(value)
        #expect(String(decoding: data, as: UTF8.self) == #"["2025-01-24T16:10"]"#)
        #expect(try JSONDecoder().decode([LocalDateTime].self, from: data) == value)
        let dates = try JSONDecoder().decode([LocalDate].self, from: Data(#"["2025-02-06"]"#.utf8))
        #expect(dates == [day("2025-02-06")])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data(#"["06/02/2025"]"#.utf8))
        }
        #expect(day("2024-12-31") < day("2025-01-01"))
        #expect(moment("2025-01-01T08:00") < moment("2025-01-01T08:01"))
    }
}
