import DossierRules
import Foundation
import Testing
import WorkCalendar
import TestKit

@Suite("Public lookup (Circular 01/2018 Art. 16.2.d; personal data never public)")
struct PublicLookupTests {
    /// A dossier touching every kind of personal data: applicant, documents, officials' names
    /// in the control slip, reasons that name people.
    static let dossier: DossierSnapshot = {
        let lifecycle = run(DossierCase(submittedAt: at("2025-01-20T07:40"), period: .workingDays(3)), [
            .accept(at: at("2025-01-20T08:00")), .startProcessing(at: at("2025-01-20T09:00")),
            .requestSupplement(at: at("2025-01-20T10:00"), reason: "Thiếu bản sao sổ hộ khẩu của bà Nguyễn Thị Minh Khai"),
            .supplementReceived(at: at("2025-01-21T08:00")),
            .apologise(at: at("2025-01-22T09:00"), reason: "Chờ công an xã xác minh ông Trần Văn Bình",
                       newDue: at("2025-02-06T17:00")),
        ])
        var snapshot = snapshot(lifecycle, code: code(day("2025-01-20"), 12))
        snapshot.documents = ["Giấy khai sinh bản chính số 123/2024", "Sổ hộ khẩu"]
        snapshot.handovers = [HandoverStep(fromUnit: "Bộ phận Một cửa", fromPerson: "Lê Thị Cúc",
                                           toUnit: "Công chức tư pháp - hộ tịch", toPerson: "Phạm Văn Dũng",
                                           handedAt: at("2025-01-20T09:00"), stepDue: at("2025-01-22T17:00"))]
        snapshot.citizenRating = CitizenRating(organisationsContacted: 0)
        return snapshot
    }()

    /// Personal values that must never appear in a public view, in the forms they may take.
    static let corpus: [String] = {
        let a = dossier.applicant
        var values = [a.fullName, "Minh Khai", a.citizenID, a.phone, "0912345678", "912345678", "+84912345678",
                      "5678", a.address, "Diễn Châu", a.email ?? "", "khai.nguyen",
                      "Trần Văn Bình", "Lê Thị Cúc", "Phạm Văn Dũng", "Sổ hộ khẩu", "Giấy khai sinh", "123/2024",
                      "Chờ công an xã", "Thiếu bản sao", "Công chức tư pháp"]
        values += values.map(\.decomposedStringWithCanonicalMapping)
        return values.filter { !$0.isEmpty }
    }()

    static func json(_ view: PublicDossierView) throws -> (text: String, object: Any) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(view)
        return (String(decoding: data, as: UTF8.self), try JSONSerialization.jsonObject(with: data))
    }

    static func strings(in object: Any) -> [String] {
        switch object {
        case let text as String: [text]
        case let list as [Any]: list.flatMap(strings)
        case let map as [String: Any]: map.keys.map { $0 } + map.values.flatMap(strings)
        default: []
        }
    }

    static func keys(in object: Any) -> Set<String> {
        switch object {
        case let list as [Any]: list.reduce(into: Set<String>()) { $0.formUnion(keys(in: $1)) }
        case let map as [String: Any]: map.reduce(into: Set(map.keys)) { $0.formUnion(keys(in: $1.value)) }
        default: []
        }
    }

    static let allowedKeys: Set<String> = ["code", "status", "stage", "vi", "en", "onTime", "verified", "detail",
                                           "timeline", "at", "event", "appointment", "originalAppointment"]

    @Test("Code alone: code, stage and on-time flag only (Circular 01/2018 Art. 16.2.d)")
    func codeOnly() throws {
        let view = PublicDossierView.lookup(Self.dossier, asOf: at("2025-01-23T10:00"))
        #expect(view.code == "000.00.00.H41-250120-0012")
        #expect(view.status == 4)
        #expect(view.stage.vi == "Đang xử lý")
        #expect(view.onTime == true)
        #expect(view.verified == false)
        #expect(view.detail == nil)
        let wrong = PublicDossierView.lookup(Self.dossier, lastFour: "1234", asOf: at("2025-01-23T10:00"))
        #expect(wrong.detail == nil)
        #expect(wrong == view)
    }

    @Test("Code + last four phone digits: timeline and both appointments (Decree 61/2018 Art. 19.9)")
    func verified() throws {
        let view = PublicDossierView.lookup(Self.dossier, lastFour: "5678", asOf: at("2025-01-23T10:00"))
        let detail = try #require(view.detail)
        #expect(view.verified)
        #expect(detail.timeline.map(\.status) == [1, 2, 4, 5, 4, 4])
        #expect(detail.timeline.last?.event?.vi == "xin lỗi và hẹn lại ngày trả kết quả")
        #expect(detail.appointment == at("2025-02-06T17:00"))
        // Restarted from 21/01 08:00 (Art. 19.4): 22/01, 23/01, 24/01.
        #expect(detail.originalAppointment == at("2025-01-24T17:00"))
    }

    @Test("Neither view's JSON holds any personal value or any key outside the whitelist")
    func privacy() throws {
        let moments = ["2025-01-20T07:50", "2025-01-20T12:00", "2025-01-23T10:00", "2025-03-01T10:00"]
        for moment in moments {
            for lastFour in [nil, "5678", "0000"] {
                let view = PublicDossierView.lookup(Self.dossier, lastFour: lastFour, asOf: at(moment))
                let (text, object) = try Self.json(view)
                for value in Self.corpus {
                    #expect(!text.contains(value), "\"\(value)\" leaked at \(moment)")
                }
                let values = Self.strings(in: object)
                for value in Self.corpus {
                    #expect(!values.contains { $0.localizedCaseInsensitiveContains(value) }, "\"\(value)\" leaked")
                }
                #expect(Self.keys(in: object).isSubset(of: Self.allowedKeys))
            }
        }
    }

    @Test("On-time flag: overdue pending dossiers and late results show false; unreceived ones nil")
    func onTimeFlag() {
        #expect(PublicDossierView.lookup(Self.dossier, asOf: at("2025-01-20T07:50")).onTime == nil)
        #expect(PublicDossierView.lookup(Self.dossier, asOf: at("2025-01-27T10:00")).onTime == false)
        let late = run(Self.dossier.lifecycle, [.complete(at: at("2025-02-05T10:00"))])
        var lateSnapshot = Self.dossier
        lateSnapshot.lifecycle = late
        #expect(PublicDossierView.lookup(lateSnapshot, asOf: at("2025-02-06T10:00")).onTime == false)
    }
}
