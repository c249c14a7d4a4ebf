import FeedbackRules
import Foundation
import Testing
import TestKit

@Suite("Case code PAKN.YYYYMMDD.NNNN (Decree 20/2008 Art. 9.1.c register, Art. 12.2 follow-up)")
struct FeedbackCodeTests {
    @Test("Layout PAKN.YYYYMMDD.NNNN")
    func layout() throws {
        let code = try FeedbackCode.make(day: day("2025-01-24"), sequence: 7)
        #expect(code.text == "PAKN.20250124.0007")
        #expect(code.day == day("2025-01-24"))
        #expect(code.sequence == 7)
        #expect("\(code)" == "PAKN.20250124.0007")
    }

    @Test("NNNN runs 0001–9999", arguments: [(0, false), (1, true), (9999, true), (10_000, false), (-3, false)])
    func bounds(sequence: Int, valid: Bool) {
        #expect(((try? FeedbackCode.make(day: day("2025-03-03"), sequence: sequence)) != nil) == valid)
        if !valid {
            #expect(throws: FeedbackCodeError.sequenceOutOfRange(sequence)) {
                try FeedbackCode.make(day: day("2025-03-03"), sequence: sequence)
            }
        }
    }

    @Test("Parse trims, accepts a lower-case prefix and round-trips")
    func parse() throws {
        let code = try FeedbackCode.parse("  pakn.20251231.0042 ")
        #expect(code.text == "PAKN.20251231.0042")
        #expect(try FeedbackCode.parse(code.text) == code)
        #expect(FeedbackCode.isValid("PAKN.20240229.0001"))
    }

    @Test("Malformed codes are refused with a reason", arguments: [
        ("PAKN.20250230.0001", FeedbackCodeError.invalidDate("20250230")),
        ("PAKN.2025013.0001", .invalidDate("2025013")),
        ("PAKN.20250124.001", .malformed("PAKN.20250124.001")),
        ("PAKN.20250124.00001", .malformed("PAKN.20250124.00001")),
        ("PAKN.20250124.0000", .sequenceOutOfRange(0)),
        ("PAKN-20250124-0001", .malformed("PAKN-20250124-0001")),
        ("HS.20250124.0001", .malformed("HS.20250124.0001")),
        ("PAKN.19991231.0001", .yearOutOfRange(1999)),
        ("", .malformed("")),
    ])
    func malformed(text: String, expected: FeedbackCodeError) {
        #expect(throws: expected) { try FeedbackCode.parse(text) }
        #expect(!FeedbackCode.isValid(text))
    }

    @Test("Encoded as its text, decoded with validation, ordered by day then number")
    func codable() throws {
        let first = try FeedbackCode.make(day: day("2025-01-24"), sequence: 2)
        let data = try JSONEncoder().encode([first])
        #expect(String(decoding: data, as: UTF8.self) == #"["PAKN.20250124.0002"]"#)
        #expect(try JSONDecoder().decode([FeedbackCode].self, from: data) == [first])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([FeedbackCode].self, from: Data(#"["x"]"#.utf8)) }
        #expect(try FeedbackCode.make(day: day("2025-01-24"), sequence: 9999) < FeedbackCode.make(day: day("2025-01-25"), sequence: 1))
    }

    @Test("Errors read in Vietnamese and English")
    func messages() {
        let error = FeedbackCodeError.malformed("x")
        #expect(error.message(.vi).contains("PAKN.YYYYMMDD.NNNN"))
        #expect(error.message(.en).hasPrefix("Feedback code"))
    }
}
