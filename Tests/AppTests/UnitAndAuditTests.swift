import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import Testing
import Localization

@Suite("Units, audit, errors")
struct UnitAndAuditTests {
    @Test("Editing a unit writes an audit record with before and after")
    func editIsAudited() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let response = try await browser.post(client, "/quan-tri/don-vi/\(fx.justice.id)/sua", [
                "name": "Phòng Tư pháp", "kind": "department", "parent_id": fx.district.id.uuidString,
                "agency_code": "000.02.25.H41", "phone": "0238 3620 003",
            ])
            #expect(response.status == .seeOther)
            let entry = try #require(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "unit.update").first())
            #expect(entry.entityID == fx.justice.id.uuidString)
            #expect(Audit.decode(entry.after)["phone"] == "0238 3620 003")
            #expect(Audit.decode(entry.before)["phone"] == nil)
            #expect(entry.actorName.contains("admin"))
            let log = try await browser.get(client, "/quan-tri/nhat-ky")
            #expect(log.text.contains("0238 3620 003"))
        }
    }

    @Test("Every write leaves an audit record: create, close with successor, sign-in, password")
    func writesAreAudited() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            let created = try await browser.post(client, "/quan-tri/don-vi/moi", [
                "name": "UBND xã Diễn Châu", "kind": "commune_committee", "parent_id": fx.district.id.uuidString, "gso_code": "17464",
            ])
            #expect(created.status == .seeOther)
            let closed = try await browser.post(client, "/quan-tri/don-vi/\(fx.communeB.id)/dong", [
                "valid_to": "30/06/2025", "successors": "17464", "note": "Nghị quyết sắp xếp",
            ])
            #expect(closed.status == .seeOther)
            let db = env.database.db
            let actions = Set(try await AuditEntryModel.query(on: db).all().map(\.action))
            #expect(actions.isSuperset(of: ["unit.create", "unit.close", "session.sign_in", "person.create"]))
            let successors = try await UnitStore.successors(of: fx.communeB.id, on: db)
            #expect(successors.map(\.name) == ["UBND xã Diễn Châu"])
            #expect(try await UnitStore.require(fx.communeB.id, on: db).validTo == "2025-06-30")
        }
    }

    @Test("A bad unit form names each field, keeps what was typed, and writes nothing")
    func validation() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let before = try await AuditEntryModel.query(on: env.database.db).count()
            let response = try await browser.post(client, "/quan-tri/don-vi/\(fx.justice.id)/sua", [
                "name": "Phòng Tư pháp mới", "kind": "department", "agency_code": "abc", "email": "không-phải-email",
            ])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("error-summary"))
            #expect(response.text.contains("000.00.00.H41"))
            #expect(response.text.contains(#"value="Phòng Tư pháp mới""#))
            #expect(try await UnitStore.require(fx.justice.id, on: env.database.db).name == "Phòng Tư pháp")
            #expect(try await AuditEntryModel.query(on: env.database.db).count() == before)
            // U+0000 is refused with the field named, never sent to the database.
            let nul = try await browser.post(client, "/quan-tri/don-vi/\(fx.justice.id)/sua", ["name": "Phòng\u{0}Tư pháp", "kind": "department"])
            #expect(nul.status == .unprocessableContent)
            #expect(nul.text.contains("ký tự điều khiển"))
        }
    }

    @Test("Errors: Vietnamese 404, 405 with Allow, JSON errors under /api")
    func errorResponses() async throws {
        try await withApp { env, fx, client in
            let missing = try await client.execute(uri: "/khong-co-trang-nay", method: .get)
            #expect(missing.status == .notFound)
            #expect(missing.text.contains("Không tìm thấy"))
            #expect(missing.text.contains(#"<html lang="vi">"#))
            let wrongMethod = try await client.execute(uri: "/dang-nhap", method: .put)
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow]?.contains("POST") == true)
            let api = try await client.execute(uri: "/api/v1/units", method: .get)
            #expect(api.status == .unauthorized)
            #expect(api.text.contains(#"{"error":{"code":"unauthorized""#))
            let english = try await client.execute(uri: "/api/v1/units/x", method: .get, headers: [.acceptLanguage: "en"])
            #expect(english.text.contains("Please sign in"))
            let health = try await client.execute(uri: "/healthz", method: .get)
            #expect(health.status == .ok)
            #expect(health.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            // Pages get the browser policy; JSON answers the part that applies to them; each once.
            #expect(health.headers[.init("Permissions-Policy")!] != nil)
            #expect(health.headers[values: .init("X-Content-Type-Options")!] == ["nosniff"])
            #expect(api.headers[.contentSecurityPolicy] == "default-src 'none'; frame-ancestors 'none'")
            #expect(api.headers[values: .init("X-Content-Type-Options")!] == ["nosniff"])
            #expect(api.headers[.init("Permissions-Policy")!] == nil)
            #expect(api.headers[values: .init("X-Request-Id")!].count == 1)
        }
    }

    @Test("/metrics counts requests by route template, method and status, errors apart")
    func requestMetrics() async throws {
        try await withApp { env, fx, client in
            for _ in 0..<3 { _ = try await client.execute(uri: "/healthz/live", method: .get) }
            _ = try await client.execute(uri: "/api/v1/dossiers/lookup?code=000.00.00.H41-250101-0001", method: .get)
            let page = try await client.execute(uri: "/metrics", method: .get)
            #expect(page.status == .ok)
            let lines = page.text.split(separator: "\n").map(String.init)
            func value(_ name: String, _ labels: [String]) -> String? {
                lines.first { $0.hasPrefix(name + "{") && labels.allSatisfy($0.contains) }?.split(separator: " ").last.map(String.init)
            }
            #expect(value("hb_requests", [#"http_route="/healthz/live""#, #"http_request_method="GET""#, #"http_response_status_code="200""#]) == "3")
            // The route's template, never the code asked for: no dossier code reaches the metrics.
            #expect(value("hb_requests", [#"http_route="/api/v1/dossiers/lookup""#, #"http_response_status_code="404""#]) == "1")
            #expect(!page.text.contains("250101-0001"))
            #expect(value("http_server_request_duration_count", [#"http_route="/healthz/live""#]) == "3")
            // The request for /metrics itself is under way while the page is made.
            #expect(value("http_server_active_requests", [#"http_request_method="GET""#]).flatMap(Double.init) == 1)
        }
    }

    @Test("Language switch sets English for the pages")
    func languageSwitch() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            let switched = try await browser.get(client, "/ngon-ngu/en?next=/dang-nhap")
            #expect(switched.headers[.location] == "/dang-nhap")
            let page = try await browser.get(client, "/dang-nhap")
            #expect(page.text.contains(#"<html lang="en">"#))
            #expect(page.text.contains("Sign in"))
        }
    }

    @Test("Unit groups expand to their members on a given day")
    func groupsExpand() async throws {
        try await withApp { env, fx, client in
            let db = env.database.db
            let group = try await UnitGroups.create(name: "UBND các xã, thị trấn", code: "xa", ruleKind: .communeCommittee, ruleParentID: fx.district.id, members: [], actor: .system("test"), on: db)
            #expect(try await UnitGroups.expand(group, on: "2024-03-01", db: db).count == 2)
            try await UnitStore.close(fx.communeB.id, on: "2025-06-30", successors: [], note: nil, actor: .system("test"), on: db)
            #expect(try await UnitGroups.expand(group, on: "2025-07-01", db: db).map(\.name) == ["UBND xã Diễn Hồng"])
        }
    }
}
