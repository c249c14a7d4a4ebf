import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Value types: day ranges, partial dates, identifiers")
struct ValueTests {
    @Test("Period names as Vietnamese reports write them")
    func labels() throws {
        #expect(try #require(DayRange.quarter(1, of: 2024)).label.vi == "Quý I/2024")
        #expect(try #require(DayRange.quarter(4, of: 2024)).label.en == "Q4 2024")
        #expect(try #require(DayRange.half(2, of: 2024)).label.vi == "6 tháng cuối năm 2024")
        #expect(try #require(DayRange.month(2, of: 2024)).end == day("2024-02-29"))
        #expect(try #require(DayRange.month(5, of: 2024)).label.en == "May 2024")
        #expect(try #require(DayRange.year(2024)).label.vi == "Năm 2024")
        #expect(DayRange(day: day("2024-06-30")).label.vi == "Ngày 30/06/2024")
        #expect(DayRange.quarter(5, of: 2024) == nil)
        #expect(DayRange.half(3, of: 2024) == nil)
        #expect(DayRange(start: day("2024-02-02"), end: day("2024-02-01")) == nil)
    }

    @Test("Ranges: containment, overlap, length, ISO form, JSON refuses a backwards range")
    func ranges() throws {
        let q2 = range("2024-04-01", "2024-06-30")
        #expect(q2.contains(day("2024-06-30")) && !q2.contains(day("2024-07-01")))
        #expect(q2.overlaps(range("2024-06-30", "2024-07-05")) && !q2.overlaps(range("2024-07-01", "2024-07-05")))
        #expect(q2.dayCount == 91)
        #expect(q2.iso == "2024-04-01/2024-06-30" && DayRange(iso: q2.iso) == q2)
        let data = try JSONEncoder().encode(q2)
        #expect(try JSONDecoder().decode(DayRange.self, from: data) == q2)
        let backwards = Data(#"{"start":"2024-06-30","end":"2024-04-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DayRange.self, from: backwards) }
    }

    @Test("Partial dates: \"…/02/2024\" has a month and a year; impossible dates are refused, also in JSON")
    func partialDates() throws {
        #expect(PartialDate(year: 2024, month: 2)?.vnFormat == "…/02/2024")
        #expect(PartialDate(year: 2024, month: 2, day: 21)?.date == day("2024-02-21"))
        #expect(PartialDate(year: 2024, month: 2)?.date == nil)
        #expect(PartialDate(year: 2024, month: 2, day: 30) == nil)
        #expect(PartialDate(year: 2024, month: nil, day: 3) == nil)
        let bad = Data(#"{"year":2024,"month":13}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(PartialDate.self, from: bad) }
    }

    @Test("Identifiers encode as bare strings and keep kinds apart")
    func identifiers() throws {
        let unit: UnitID = "0b6f…"
        #expect(String(decoding: try JSONEncoder().encode(unit), as: UTF8.self) == #""0b6f…""#)
        #expect(try JSONDecoder().decode(UnitID.self, from: Data(#""abc""#.utf8)) == UnitID("abc"))
    }

    @Test("Metrics: key from the folded name, label with the unit")
    func metrics() {
        let metric = Metric(name: "Tờ rơi, tờ gấp phát hành", unit: "tờ rơi")
        #expect(metric.key == "to-roi-to-gap-phat-hanh")
        #expect(metric.label == "Tờ rơi, tờ gấp phát hành (tờ rơi)")
        #expect(Metric(name: "Đoàn công tác").key == "doan-cong-tac")
    }
}
