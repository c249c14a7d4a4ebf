import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import Testing

@Suite("Permissions, CSRF and sign-in")
struct ScopeAndCSRFTests {
    @Test("A commune officer gets 403 on another commune's unit edit page, and it is audited")
    func communeOfficerScopeOnPages() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            let signIn = try await browser.signIn(client, "canbo.dienhong")
            #expect(signIn.status == .seeOther)
            // Own commune: allowed.
            let own = try await browser.get(client, "/quan-tri/don-vi/\(fx.communeA.id)/sua")
            #expect(own.status == .ok)
            // Another commune: refused, with a Vietnamese page, and recorded.
            let other = try await browser.get(client, "/quan-tri/don-vi/\(fx.communeB.id)/sua")
            #expect(other.status == .forbidden)
            #expect(other.text.contains("Không có quyền truy cập"))
            let post = try await browser.post(client, "/quan-tri/don-vi/\(fx.communeB.id)/sua", ["name": "Tên bị sửa trái phép", "kind": "commune_committee"])
            #expect(post.status == .forbidden)
            #expect(try await UnitStore.require(fx.communeB.id, on: env.database.db).name == "UBND xã Diễn Lâm")
            let denied = try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "access.denied").count()
            #expect(denied == 2)
        }
    }

    @Test("A commune officer gets 403 from the API on another commune's unit")
    func communeOfficerScopeOnAPI() async throws {
        try await withApp { env, fx, client in
            let token = try await apiToken(client, "canbo.dienhong")
            let response = try await client.execute(
                uri: "/api/v1/units/\(fx.communeB.id)", method: .patch,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"phone":"0238 3999 999"}"#))
            #expect(response.status == .forbidden)
            #expect(response.text.contains(#""code":"forbidden""#))
            let ok = try await client.execute(
                uri: "/api/v1/units/\(fx.communeA.id)", method: .patch,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"phone":"0238 3999 999"}"#))
            #expect(ok.status == .ok)
            #expect(try await UnitStore.require(fx.communeA.id, on: env.database.db).phone == "0238 3999 999")
        }
    }

    @Test("A coordinator acts on every unit under its People's Committee")
    func coordinatorScope() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            #expect(try await browser.get(client, "/quan-tri/don-vi/\(fx.communeB.id)/sua").status == .ok)
            // The province is above the district committee: outside the coordinator's scope.
            #expect(try await browser.get(client, "/quan-tri/don-vi/\(fx.province.id)/sua").status == .forbidden)
        }
    }

    @Test("A form post without the CSRF token is refused and nothing changes")
    func csrfRequired() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let response = try await browser.post(
                client, "/quan-tri/don-vi/\(fx.justice.id)/sua", ["name": "Phòng Tư pháp (sửa)", "kind": "department"], csrf: false)
            #expect(response.status == .badRequest)
            #expect(try await UnitStore.require(fx.justice.id, on: env.database.db).name == "Phòng Tư pháp")
            let wrong = try await browser.post(client, "/dang-xuat", ["_csrf": "x"], csrf: false)
            #expect(wrong.status == .badRequest)
        }
    }

    @Test("A page sets the CSRF cookie its forms carry, once; JSON, files and health answers set none")
    func csrfCookieOnlyWithForms() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            for path in ["/healthz/live", "/api/v1/units", "/static/site.css"] {
                let response = try await browser.get(client, path)
                #expect(response.headers[values: .setCookie].isEmpty, "\(path)")
            }
            #expect(browser.csrf.isEmpty)
            let page = try await browser.get(client, "/dang-nhap")
            #expect(page.status == .ok)
            #expect(browser.csrf.utf8.count == 43)
            #expect(page.text.contains(#"name="_csrf" value="\#(browser.csrf)""#))
            // The cookie is kept: the next page carries the same token and sets nothing.
            let again = try await browser.get(client, "/dang-nhap")
            #expect(again.headers[values: .setCookie].isEmpty)
            #expect(again.text.contains(#"value="\#(browser.csrf)""#))
            // A malformed cookie is replaced.
            browser.cookies["mb_csrf"] = "short"
            _ = try await browser.get(client, "/dang-nhap")
            #expect(browser.csrf.utf8.count == 43)
        }
    }

    @Test("Sign-in is throttled after five failures for one username")
    func loginThrottling() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            for _ in 0..<LoginThrottle.maxFailures {
                let failed = try await browser.signIn(client, "canbo", password: "sai-mat-khau")
                #expect(failed.status == .unauthorized)
                #expect(failed.text.contains("không đúng"))
                #expect(failed.text.contains(#"value="canbo""#))
            }
            // Even the right password is refused while locked.
            let locked = try await browser.signIn(client, "canbo")
            #expect(locked.status == .tooManyRequests)
            #expect(locked.text.contains("15 phút"))
            #expect(browser.cookies["mb_session"] == nil)
        }
    }

    @Test("Staff pages send strangers to sign in; sign-out ends the session")
    func signInAndOut() async throws {
        try await withApp { env, fx, client in
            var browser = Browser()
            let anonymous = try await browser.get(client, "/quan-tri/don-vi")
            #expect(anonymous.status == .seeOther)
            #expect(anonymous.headers[.location] == "/dang-nhap?next=/quan-tri/don-vi")
            _ = try await browser.signIn(client, "admin")
            #expect(try await browser.get(client, "/quan-tri/don-vi").status == .ok)
            let sessions = try await SessionModel.query(on: env.database.db).count()
            #expect(sessions == 1)
            _ = try await browser.post(client, "/dang-xuat", [:])
            #expect(try await SessionModel.query(on: env.database.db).count() == 0)
            #expect(try await browser.get(client, "/quan-tri/don-vi").status == .seeOther)
        }
    }
}

func apiToken(_ client: any TestClientProtocol, _ username: String) async throws -> String {
    let response = try await client.execute(
        uri: "/api/v1/session", method: .post, headers: [.contentType: "application/json"],
        body: ByteBuffer(string: #"{"username":"\#(username)","password":"\#(Fixture.password)"}"#))
    struct Token: Decodable { var token: String }
    return try JSONDecoder().decode(Token.self, from: Data(buffer: response.body)).token
}

import NIOFoundationCompat
