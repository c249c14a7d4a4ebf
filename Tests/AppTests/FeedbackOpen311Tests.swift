import App
import Feedback
import FeedbackRules
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import Testing
import WorkCalendar

/// Open311 GeoReport v2 at /open311/v2 (the GeoReport v2 specification).
@Suite("Feedback Open311", .serialized)
struct FeedbackOpen311Tests {
    static func post(_ client: any TestClientProtocol, _ body: String, format: String = "json") async throws -> TestResponse {
        try await client.execute(uri: "/open311/v2/requests.\(format)", method: .post,
                                 headers: [.contentType: "application/x-www-form-urlencoded"], body: ByteBuffer(string: body))
    }

    static func body(key: String, extra: [(String, String)] = []) -> String {
        let pairs: [(String, String)] = [
            ("api_key", key), ("service_code", "unsuited"), ("address_string", "UBND xã Diễn Hồng"),
            ("first_name", "An"), ("last_name", "Nguyễn Văn"), ("phone", "0912345678"),
            ("description", "Thủ tục chứng thực yêu cầu quá nhiều bản sao, đề nghị rà soát."),
            ("attribute[sender_address]", "Xóm 3, xã Diễn Hồng"), ("attribute[regulation]", "Nghị định 23/2015/NĐ-CP"),
            ("attribute[consent]", "yes"),
        ] + extra
        return pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
    }

    @Test("Discovery, services and a service definition in JSON and XML; unknown service 404 in the spec's error format")
    func discoveryAndServices() async throws {
        try await withApp { _, _, client in
            let discovery = try await client.execute(uri: "/open311/v2/discovery.json", method: .get)
            #expect(discovery.status == .ok)
            #expect(discovery.text.contains("GeoReport_v2"))
            let services = try await client.execute(uri: "/open311/v2/services.xml", method: .get)
            #expect(services.status == .ok)
            #expect(services.headers[.contentType]?.hasPrefix("text/xml") == true)
            #expect(services.text.contains("<service_code>unsuited</service_code>"))
            let definition = try await client.execute(uri: "/open311/v2/services/unsuited.json", method: .get)
            #expect(definition.status == .ok)
            #expect(definition.text.contains("sender_address"))
            let unknown = try await client.execute(uri: "/open311/v2/services/khong-co.xml", method: .get)
            #expect(unknown.status == .notFound)
            #expect(unknown.text.contains("<errors>"))
            let foreign = try await client.execute(uri: "/open311/v2/services.json?jurisdiction_id=other.gov", method: .get)
            #expect(foreign.status == .notFound)
            let token = try await client.execute(uri: "/open311/v2/tokens/abc.json", method: .get)
            #expect(token.status == .notFound)
        }
    }

    @Test("POST requests needs an issued key (403 otherwise); malformed parameters get 400 with every problem and nothing is saved; a valid one is a case")
    func postRequests() async throws {
        try await withApp { env, fx, client in
            let missingKey = try await Self.post(client, "service_code=unsuited")
            #expect(missingKey.status == .forbidden)
            let wrongKey = try await Self.post(client, Self.body(key: "khong-dung"))
            #expect(wrongKey.status == .forbidden)
            let key = try await APIKeys.issue(label: "Cổng DVC tỉnh", actor: FeedbackFixture.actor, on: env.database)
            let malformed = try await Self.post(client, Self.body(key: key, extra: [("phone", "12"), ("media_url", "ftp://x"), ("lat", "abc")]))
            #expect(malformed.status == .badRequest)
            #expect(malformed.text.contains("media_url"))
            let noPhone = try await Self.post(client, Self.body(key: key).replacingOccurrences(of: "phone=0912345678", with: "phone="))
            #expect(noPhone.status == .badRequest)
            let unknownProcedure = try await Self.post(client, Self.body(key: key, extra: [("attribute[procedure_code]", "1.999999")]))
            #expect(unknownProcedure.status == .badRequest)
            #expect(unknownProcedure.text.contains("1.999999"))
            #expect(try await FeedbackFixture.count(env) == 0)
            let created = try await Self.post(client, Self.body(key: key), format: "xml")
            #expect(created.status == .ok)
            #expect(created.text.contains("<service_request_id>PAKN."))
            #expect(try await FeedbackFixture.count(env) == 1)
            let code = try await env.database.sql.raw("SELECT code FROM feedback_cases").first()!.decode(column: "code", as: String.self)
            let one = try await client.execute(uri: "/open311/v2/requests/\(code).json", method: .get)
            #expect(one.status == .ok)
            #expect(one.text.contains("\"status\":\"open\"") || one.text.contains("\"status\": \"open\""))
            #expect(!one.text.contains("Nguyễn Văn"))
            let list = try await client.execute(uri: "/open311/v2/requests.json?status=open&service_code=unsuited", method: .get)
            #expect(list.text.contains(code))
            let badFilter = try await client.execute(uri: "/open311/v2/requests.json?status=pending&start_date=yesterday", method: .get)
            #expect(badFilter.status == .badRequest)
            // The responsible unit is named, never shown as an identifier (GeoReport v2 agency_responsible).
            #expect(one.text.contains(#""agency_responsible":"UBND"#))
            try await FeedbackFixture.answer(code, env, unit: fx.justice.id, at: env.clock.localNow, calendar: try HolidayCalendar.bundled())
            let answered = try await client.execute(uri: "/open311/v2/requests/\(code).json", method: .get)
            #expect(answered.text.contains(#""agency_responsible":"Phòng Tư pháp""#))
            #expect(!answered.text.contains(fx.justice.id.uuidString))
            // A revoked key no longer works.
            let id = try await APIKeys.list(on: env.database.db).first!.id
            try await APIKeys.revoke(id, actor: FeedbackFixture.actor, on: env.database)
            #expect(try await Self.post(client, Self.body(key: key)).status == .forbidden)
        }
    }

    @Test("Administrators issue keys on a staff page; coordinators may not")
    func keyPage() async throws {
        try await withApp { env, _, client in
            var admin = Browser()
            _ = try await admin.signIn(client, "admin")
            _ = try await admin.get(client, "/quan-tri/phan-anh/khoa-api")
            let issued = try await admin.post(client, "/quan-tri/phan-anh/khoa-api", ["ten": "Cổng DVC"])
            #expect(issued.status == .ok)
            #expect(issued.text.contains("issued-key"))
            let stored = try await env.database.sql.raw("SELECT key_hash FROM open311_keys").first()!.decode(column: "key_hash", as: String.self)
            #expect(!issued.text.contains(stored), "only the hash is stored, never shown")
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            #expect(try await coordinator.get(client, "/quan-tri/phan-anh/khoa-api").status == .forbidden)
        }
    }
}
