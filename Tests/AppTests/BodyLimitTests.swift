import App
import Foundation
import HummingbirdTesting
import NIOCore
import Platform
import Testing

/// A body over a route's limit is refused with 413 and a message, as a page or as JSON: never a
/// 500, and nothing is written.
@Suite("Bodies over the limit: 413 with a message")
struct BodyLimitTests {
    @Test("A 13 MB form post to the public feedback form gets a Vietnamese 413 page, and nothing is saved")
    func oversizeForm() async throws {
        try await withApp { env, _, client in
            var browser = Browser()
            _ = try await browser.get(client, "/phan-anh-kien-nghi")
            let body = "_csrf=\(browser.csrf)&ho-ten=" + String(repeating: "a", count: 13 * 1024 * 1024)
            let response = try await client.execute(
                uri: "/phan-anh-kien-nghi", method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded", .cookie: browser.cookieHeader],
                body: ByteBuffer(string: body))
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("quá lớn"))
            #expect(try await FeedbackFixture.count(env) == 0)
        }
    }

    @Test("A 3 MB JSON body to /api/v1/session gets 413 in the API's JSON error format, in English when asked")
    func oversizeJSON() async throws {
        try await withApp { _, _, client in
            let body = #"{"username":""# + String(repeating: "a", count: 3 * 1024 * 1024) + #"","password":"x"}"#
            let response = try await client.execute(
                uri: "/api/v1/session", method: .post,
                headers: [.contentType: "application/json", .acceptLanguage: "en"], body: ByteBuffer(string: body))
            #expect(response.status == .contentTooLarge)
            #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect(response.text.contains("\"error\""))
            #expect(response.text.lowercased().contains("too large"))
        }
    }
}
