import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Task time wording (docs/LEGAL-READINGS.md §6.2; appendix column \"Thời gian thực hiện\")")
struct TaskTimeParsingTests {
    static let acceptedCases: [(String, TaskTime)] = [
        ("Thường xuyên", .ongoing),
        ("thuong xuyen", .ongoing),
        ("THƯỜNG XUYÊN.", .ongoing),
        ("Quý II/2024", .quarter(2, year: 2024)),
        ("Quý 2/2024", .quarter(2, year: 2024)),
        ("quy ii nam 2024", .quarter(2, year: 2024)),
        ("Quý IV - 2024", .quarter(4, year: 2024)),
        ("Trong quý III/2024", .quarter(3, year: 2024)),
        ("Năm 2024", .year(2024)),
        ("Trong năm 2025", .year(2025)),
        ("Định kỳ 6 tháng/01 lần", .everyMonths(6)),
        ("Định kỳ 6 \ntháng/01 lần", .everyMonths(6)),
        ("6 tháng/lần", .everyMonths(6)),
        ("dinh ky 3 thang 1 lan", .everyMonths(3)),
        ("Hằng quý", .everyMonths(3)),
        ("Hằng tháng", .everyMonths(1)),
        ("Trước ngày 30/6/2024", .byDate(day("2024-06-30"))),
        ("Chậm nhất ngày 15-11-2024", .byDate(day("2024-11-15"))),
        ("30.6.2024", .byDate(day("2024-06-30"))),
        ("Từ 01/3/2024 đến 30/4/2024", .range(range("2024-03-01", "2024-04-30"))),
        ("Từ ngày 01/3/2024 đến ngày 30/4/2024", .range(range("2024-03-01", "2024-04-30"))),
        ("01-3-2024 - 30-4-2024", .range(range("2024-03-01", "2024-04-30"))),
        ("Từ tháng 3 đến tháng 5/2024", .range(range("2024-03-01", "2024-05-31"))),
        ("Tháng 5/2024", .month(5, year: 2024)),
        ("tháng 12 năm 2024", .month(12, year: 2024)),
        ("6 tháng đầu năm 2024", .half(1, year: 2024)),
        ("6 tháng cuối năm 2024", .half(2, year: 2024)),
    ]

    @Test("Accepted wordings, with or without diacritics, Roman or Arabic quarters", arguments: acceptedCases)
    func accepted(text: String, expected: TaskTime) throws {
        #expect(try TaskTime.parse(text) == expected)
    }

    @Test("Decomposed (NFD) input reads like NFC")
    func decomposed() throws {
        let nfd = "Quý III/2024".decomposedStringWithCanonicalMapping
        #expect(nfd.unicodeScalars.count != "Quý III/2024".unicodeScalars.count)
        #expect(try TaskTime.parse(nfd) == .quarter(3, year: 2024))
    }

    @Test("Without a year, a quarter, month or date takes the plan's year; with none it is refused")
    func planYear() throws {
        #expect(try TaskTime.parse("Quý II", planYear: 2024) == .quarter(2, year: 2024))
        #expect(try TaskTime.parse("Trước ngày 30/6", planYear: 2024) == .byDate(day("2024-06-30")))
        #expect(throws: TaskTimeError.missingYear("Quý II")) { try TaskTime.parse("Quý II") }
    }

    static let refusedCases: [(String, TaskTimeError)] = [
        ("", .empty),
        ("   ", .empty),
        ("Sớm nhất có thể", .unrecognised("Sớm nhất có thể")),
        ("Quý V/2024", .invalidQuarter("v")),
        ("Quý 5/2024", .invalidQuarter("5")),
        ("Tháng 13/2024", .invalidMonth(13)),
        ("Định kỳ 18 tháng/01 lần", .invalidInterval(18)),
        ("Định kỳ 0 tháng/01 lần", .invalidInterval(0)),
        ("Trước ngày 31/02/2024", .invalidDate("31/02/2024")),
        ("Từ 30/4/2024 đến 01/3/2024", .rangeEndsBeforeStart(from: day("2024-04-30"), to: day("2024-03-01"))),
        ("Năm 1990", .yearOutOfRange(1990)),
    ]

    @Test("Anything else is refused with a reason", arguments: refusedCases)
    func refused(text: String, expected: TaskTimeError) {
        #expect(throws: expected) { try TaskTime.parse(text) }
    }

    @Test("The unrecognised message quotes the input and lists the accepted forms in both languages")
    func message() {
        let error = TaskTimeError.unrecognised("Sớm nhất có thể")
        #expect(error.message(.vi).hasPrefix("Không hiểu thời gian \"Sớm nhất có thể\""))
        #expect(error.message(.vi).contains("Định kỳ 6 tháng/01 lần"))
        #expect(error.message(.en).hasPrefix("Cannot read the time \"Sớm nhất có thể\""))
    }

    static let canonical: [TaskTime] = [
        .ongoing, .quarter(1, year: 2024), .quarter(4, year: 2025), .half(1, year: 2024), .half(2, year: 2024),
        .month(2, year: 2024), .year(2024), .everyMonths(1), .everyMonths(6), .byDate(day("2024-02-29")),
        .range(range("2024-03-01", "2024-04-30")),
    ]

    @Test("The canonical wording reads back to the same value, and JSON round-trips", arguments: canonical)
    func roundTrip(time: TaskTime) throws {
        #expect(try TaskTime.parse(time.text.vi) == time)
        let data = try JSONEncoder().encode(time)
        #expect(try JSONDecoder().decode(TaskTime.self, from: data) == time)
    }

    @Test("Canonical wording is the plan's own: Quý II/2024, Định kỳ 6 tháng/01 lần")
    func wording() {
        #expect(TaskTime.quarter(2, year: 2024).text.vi == "Quý II/2024")
        #expect(TaskTime.quarter(2, year: 2024).text.en == "Q2 2024")
        #expect(TaskTime.everyMonths(6).text.vi == "Định kỳ 6 tháng/01 lần")
        #expect(TaskTime.byDate(day("2024-06-30")).text.vi == "Trước ngày 30/06/2024")
    }

    @Test("Decoding refuses out-of-range values")
    func decodingChecks() {
        let json = Data(#"{"kind":"quarter","number":5,"year":2024}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(TaskTime.self, from: json) }
        let encoded = String(decoding: (try? JSONEncoder().encode(TaskTime.everyMonths(6))) ?? Data(), as: UTF8.self)
        #expect(encoded.contains(#""kind":"everyMonths""#))
    }
}
