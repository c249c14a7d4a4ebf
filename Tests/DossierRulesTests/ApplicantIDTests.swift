import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Citizen ID and phone checks")
struct ApplicantIDTests {
    @Test("12-digit ID: province, century and sex, birth year (Decree 137/2015 Art. 13; Circular 07/2016/TT-BCA)")
    func structure() throws {
        let man = try CitizenID.parse("040095001234")
        #expect(man.provinceCode == 40)
        #expect(man.provinceName == "Nghệ An")
        #expect(man.sex == .male)
        #expect(man.birthYear == 1995)
        let woman = try CitizenID.parse("001 305 012 345")
        #expect(woman.provinceName == "Hà Nội")
        #expect(woman.sex == .female)
        #expect(woman.birthYear == 2005)
        #expect(try CitizenID.parse("096.1.78.000001").provinceName == "Cà Mau")
    }

    @Test("Rejected numbers", arguments: [
        ("04009500123", CitizenIDError.wrongLength(11)),
        ("0400950012345", .wrongLength(13)),
        ("04009500123A", .notDigits),
        ("000095001234", .unknownProvince(0)),
        ("003095001234", .unknownProvince(3)),
        ("097095001234", .unknownProvince(97)),
        ("999095001234", .unknownProvince(999)),
    ])
    func rejected(text: String, error: CitizenIDError) {
        #expect(throws: error) { try CitizenID.parse(text) }
    }

    @Test("With a reference day, a future birth year is rejected")
    func futureBirth() {
        #expect(throws: CitizenIDError.birthYearInFuture(2099)) { try CitizenID.parse("040299001234", asOf: day("2025-06-01")) }
        #expect(CitizenID.isValid("040299001234"))
        #expect(CitizenID.isValid("040225001234", asOf: day("2025-06-01")))
    }

    @Test("The 63 province codes run from 001 to 096")
    func provinces() throws {
        #expect(ProvinceCodes.names.count == 63)
        #expect(ProvinceCodes.names.keys.min() == 1)
        #expect(ProvinceCodes.names.keys.max() == 96)
        for code in ProvinceCodes.names.keys {
            let text = String(repeating: "0", count: 3 - String(code).count) + String(code) + "195000001"
            #expect(try CitizenID.parse(text).provinceCode == code)
        }
    }

    @Test("Phone numbers normalise +84, 84, 0084, spaces and punctuation to the national form", arguments: [
        ("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("+84 912 345 678", "0912345678"),
        ("84912345678", "0912345678"), ("(+84) 912-345-678", "0912345678"), ("+84 0912345678", "0912345678"),
        ("0084 912.345.678", "0912345678"), ("0238 3844 123", "02383844123"),
    ])
    func normalise(raw: String, national: String) {
        #expect(ApplicantID.normalisedPhone(raw) == national)
        #expect(ApplicantID.lastFour(phone: raw) == String(national.suffix(4)))
    }

    @Test("Not phone numbers", arguments: ["12345", "0912abc678", "+1 555 123 4567", "", "00912345678", "091234567"])
    func notPhones(raw: String) {
        #expect(ApplicantID.normalisedPhone(raw) == nil)
    }

    @Test("Last four digits match for the public lookup")
    func lastFour() {
        #expect(ApplicantID.matchesLastFour("5678", phone: "+84 912 345 678"))
        #expect(ApplicantID.matchesLastFour("56 78", phone: "0912345678"))
        #expect(!ApplicantID.matchesLastFour("5679", phone: "0912345678"))
        #expect(!ApplicantID.matchesLastFour("678", phone: "0912345678"))
        #expect(!ApplicantID.matchesLastFour("45678", phone: "0912345678"))
        #expect(!ApplicantID.matchesLastFour("５６７８", phone: "0912345678"))
        #expect(!ApplicantID.matchesLastFour("5678", phone: "not a phone"))
    }
}
