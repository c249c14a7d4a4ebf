import FeedbackRules
import Foundation
import Testing
import WorkCalendar
import TestKit

@Suite("Open311 GET requests and the public representation (no personal data)")
struct Open311RequestsTests {
    static let endpoint = Open311Endpoint(jurisdictionID: "dienchau.nghean.gov.vn")
    static let now = W3CDateTime.parse("2025-03-10T12:00:00+07:00") ?? Date(timeIntervalSince1970: 0)

    func query(_ body: String) throws -> Result<Open311RequestsQuery, Open311Errors> {
        Open311RequestsQuery.parse(try FormParameters(encoded: body), now: Self.now, endpoint: Self.endpoint, language: .en)
    }

    /// A published case whose sender, question and location are full of personal data.
    static let sender = Sender(name: "Lê Thị Cúc", address: "Số 12 đường Lê Lợi, xã Diễn Kim",
                               phone: PhoneNumber("0912 345 678"), email: EmailAddress("cuc.le@example.vn"))
    static let question = "Tôi là Lê Thị Cúc, số 12 đường Lê Lợi, ĐT 0912 345 678, cuc.le@example.vn: thủ tục khai sinh mất 5 ngày."

    static func published() -> FeedbackCase {
        let redacted = Redactor(known: KnownPersonalData(sender: sender)).redact(question)
        return run(Reach.feedback(in: .answered), [(.publish(at: at("2025-03-03T11:00"), question: redacted), coordinator),
                                                   (.addNote(at: at("2025-03-05T11:00"), text: "Bà Cúc gọi cảm ơn"), officer)])
    }

    static func view(_ feedback: FeedbackCase, sequence: Int = 1, location: Open311Location? = nil) -> Open311ServiceRequest {
        guard let code = try? FeedbackCode.make(day: feedback.receivedAt.date, sequence: sequence) else { fatalError("code") }
        return Open311ServiceRequest(code: code, feedback: feedback, location: location, receivingBody: "UBND xã Diễn Châu")
    }

    @Test("No public representation contains the sender's name, phone, e-mail or address, in XML or JSON")
    func privacy() {
        let location = Open311Location(latitude: 18.987654, longitude: 105.612345,
                                       addressString: "Số 12 đường Lê Lợi, xã Diễn Kim", addressID: "DK-12")
        let views = [Self.view(Self.published(), location: location), Self.view(Reach.feedback(in: .assigned), sequence: 2),
                     Self.view(Reach.feedback(in: .notAccepted), sequence: 3)]
        let document = Open311ServiceRequest.document(views)
        for body in [document.xml, document.json] {
            for value in ["Lê Thị Cúc", "Cúc", "0912", "345 678", "cuc.le", "@", "Số 12", "Lê Lợi", "Không ghi địa chỉ",
                          "Trả lời: đã sửa", "18.987", "105.612", "chuyen-vien", "dau-moi"] {
                #expect(!body.contains(value), "\(value) in \(body)")
            }
        }
        #expect(document.json.contains("thủ tục khai sinh mất 5 ngày"), "the published question is public")
        #expect(views[0].latitude == 18.99 && views[0].longitude == 105.61)
        #expect(views[0].address == "[đã ẩn]", "the commune after a house number is part of the address")
    }

    @Test("Lifecycle → open/closed: open while we owe something, closed once answered, forwarded or not accepted")
    func statusMapping() {
        let open: Set<FeedbackStatus> = [.received, .registered, .classified, .assigned, .awaitingSender, .drafted, .approved]
        for status in FeedbackStatus.allCases {
            #expect(Open311Status(status) == (open.contains(status) ? .open : .closed), "\(status)")
        }
        let forwarded = Self.view(Reach.feedback(in: .forwarded))
        #expect(forwarded.statusNotes == "Đã chuyển cơ quan có thẩm quyền: Sở Tài chính")
        #expect(forwarded.agencyResponsible == "Sở Tài chính")
        #expect(forwarded.expected == nil)
        let assigned = Self.view(Reach.feedback(in: .assigned))
        #expect(assigned.agencyResponsible == "Công chức tư pháp - hộ tịch")
        #expect(assigned.expected == at("2025-03-31T17:00"))
        #expect(assigned.description == nil, "unpublished questions are never shown")
    }

    @Test("updated_datetime: for a closed request, when it closed; internal notes do not count")
    func updated() {
        let view = Self.view(Self.published())
        #expect(view.updated == at("2025-03-03T10:00"))
        #expect(view.requested == at("2025-03-03T08:00"))
        #expect(Open311ServiceRequest.document([view]).xml.contains("<updated_datetime>2025-03-03T10:00:00+07:00</updated_datetime>"))
    }

    @Test("Without dates the range is the last 90 days; a range may not exceed 90 days; dates need a time zone")
    func dates() throws {
        let plain = try query("").get()
        #expect(plain.end == Self.now)
        #expect(plain.end.timeIntervalSince(plain.start) == 90 * 86_400)
        let ranged = try query("start_date=2025-01-01T00:00:00Z&end_date=2025-03-01T00:00:00Z").get()
        #expect(ranged.start == W3CDateTime.parse("2025-01-01T00:00:00Z"))
        for (body, parameter) in [("start_date=2024-01-01T00:00:00Z&end_date=2025-01-01T00:00:00Z", "end_date"),
                                  ("start_date=2025-03-01T00:00:00Z&end_date=2025-01-01T00:00:00Z", "end_date"),
                                  ("start_date=2025-01-01", "start_date"), ("status=pending", "status"),
                                  ("service_code=pothole", "service_code"), ("service_request_id=638344", "service_request_id")] {
            guard case .failure(let errors) = try query(body) else { Issue.record("accepted \(body)"); continue }
            #expect(errors.status == 400)
            #expect(errors.errors.first?.description.hasPrefix(parameter) == true, "\(body)")
        }
    }

    @Test("Filters: service_request_id overrides the rest; service_code and status are comma lists")
    func filters() throws {
        let views = [Self.view(Reach.feedback(in: .assigned), sequence: 1), Self.view(Reach.feedback(in: .forwarded), sequence: 2),
                     Self.view(newCase("2024-10-01T08:00"), sequence: 3)]
        let all = try query("").get().select(views)
        #expect(all.map(\.id) == ["PAKN.20250303.0002", "PAKN.20250303.0001"], "the October case is older than 90 days")
        #expect(try query("status=open").get().select(views).map(\.id) == ["PAKN.20250303.0001"])
        #expect(try query("status=open,closed&service_code=unsuited,unlawful").get().select(views).count == 2)
        #expect(try query("service_code=unlawful").get().select(views).isEmpty)
        let byID = try query("service_request_id=PAKN.20241001.0003,PAKN.20250303.0002&status=open").get().select(views)
        #expect(byID.map(\.id) == ["PAKN.20250303.0002", "PAKN.20241001.0003"])
    }

    @Test("Discovery names the GeoReport v2 specification and both formats")
    func discovery() {
        let document = Open311Discovery(changeset: "2025-03-01T00:00:00+07:00", contact: "pakn@dienchau.gov.vn",
                                        keyService: "Liên hệ Văn phòng để được cấp api_key",
                                        endpointURL: "https://dienchau.gov.vn/open311/v2").document
        #expect(document.xml.contains("<specification>http://wiki.open311.org/GeoReport_v2</specification>"))
        #expect(document.json.contains(#""formats":["text/xml","application/json"]"#))
    }
}
