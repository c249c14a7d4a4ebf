import DossierRules
import Foundation
import Testing
import WorkCalendar
import TestKit

@Suite("Dossier code (Decree 61/2018 Art. 26; Circular 01/2018 Art. 19)")
struct DossierCodeTests {
    @Test("Layout <agency>-YYMMDD-XXXX (Circular 01/2018 Art. 19.1)")
    func layout() throws {
        let made = try DossierCode.make(agency: "000.00.00.H41", day: day("2025-01-24"), sequence: 1)
        #expect(made.text == "000.00.00.H41-250124-0001")
        #expect(made.agency.level1 == "H41")
        #expect(made.day == day("2025-01-24"))
        #expect(made.sequence == 1)
    }

    @Test("XXXX is four digits: 1…9999 accepted, 0 and 10000 refused (Circular 01/2018 Art. 19.1)",
          arguments: [(0, false), (1, true), (42, true), (9999, true), (10_000, false), (-1, false)])
    func sequenceBounds(sequence: Int, valid: Bool) {
        let result = Result { () throws(DossierCodeError) in
            try DossierCode.make(agency: agency, day: day("2026-02-23"), sequence: sequence)
        }
        switch result {
        case .success(let made):
            #expect(valid)
            #expect(made.text.hasSuffix(String(format: "-%04d", sequence)))
        case .failure(let error):
            #expect(!valid)
            #expect(error == .sequenceOutOfRange(sequence))
        }
    }

    @Test("The year must fit two digits (2000–2099)")
    func yearRange() {
        #expect(throws: DossierCodeError.yearOutOfRange(1999)) {
            try DossierCode.make(agency: agency, day: day("1999-12-31"), sequence: 1)
        }
        #expect(throws: DossierCodeError.yearOutOfRange(2100)) {
            try DossierCode.make(agency: agency, day: day("2100-01-01"), sequence: 1)
        }
    }

    @Test("Parse round-trips, trims and upper-cases")
    func parse() throws {
        let parsed = try DossierCode.parse("  000.00.00.h41-250124-0042 ")
        #expect(parsed.text == "000.00.00.H41-250124-0042")
        #expect(parsed.sequence == 42)
        #expect(parsed.day == day("2025-01-24"))
        let other = try DossierCode.parse("000.20.40.H41-261231-9999")
        #expect(try DossierCode.parse(other.text) == other)
    }

    @Test("Malformed codes are refused with a reason",
          arguments: [
              ("000.00.00.H41-250230-0001", DossierCodeError.invalidDate("250230")),
              ("000.00.00.H41-251301-0001", .invalidDate("251301")),
              ("000.00.00.H41-25012-0001", .invalidDate("25012")),
              ("000.00.00.H41-250124-00001", .malformed("000.00.00.H41-250124-00001")),
              ("000.00.00.H41-250124-001", .malformed("000.00.00.H41-250124-001")),
              ("000.00.00.H41-250124-0000", .sequenceOutOfRange(0)),
              ("000.00.00.H41-250124", .malformed("000.00.00.H41-250124")),
              ("00.00.00.H41-250124-0001", .invalidAgency("00.00.00.H41")),
              ("000.00.00.41H-250124-0001", .invalidAgency("000.00.00.41H")),
              ("000.00.00-250124-0001", .invalidAgency("000.00.00")),
              ("000.00.00.H41-25O124-0001", .invalidDate("25O124")),
              ("", .malformed("")),
          ])
    func malformed(text: String, expected: DossierCodeError) {
        #expect(throws: expected) { try DossierCode.parse(text) }
    }

    @Test("Errors read in Vietnamese and English")
    func messages() {
        let error = DossierCodeError.sequenceOutOfRange(10_000)
        #expect(error.message(.vi).contains("0001–9999"))
        #expect(error.message(.en).contains("outside"))
        #expect(error.message(.vi) != error.message(.en))
    }

    @Test("Encoded as its text; ordered by agency, day, number")
    func codable() throws {
        let first = code(day("2025-01-24"), 2)
        let data = try JSONEncoder().encode([first])
        #expect(String(decoding: data, as: UTF8.self) == "[\"000.00.00.H41-250124-0002\"]")
        #expect(try JSONDecoder().decode([DossierCode].self, from: data) == [first])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([DossierCode].self, from: Data("[\"nope\"]".utf8))
        }
        #expect(code(day("2025-01-24"), 9) < code(day("2025-01-24"), 10))
        #expect(code(day("2025-01-24"), 9999) < code(day("2025-01-25"), 1))
    }
}
