import App
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Platform
import Testing

/// Every staff route sits behind the sign-in check and declares its permission where it is
/// registered; the staff menu shows a person exactly the entries whose routes admit them.
@Suite struct StaffRoutesTests {
    /// A path pattern with its parameters filled (`:id` with a UUID nobody holds).
    static func sample(_ pattern: String) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map { part in
            guard part.hasPrefix(":") else { return String(part) }
            return part == ":id" ? UUID().uuidString : "x1"
        }.joined(separator: "/")
    }

    @Test func everyStaffRouteRefusesAVisitorWithoutASession() async throws {
        let table = RouteTable()
        try await withApp(table: table) { _, _, client in
            let routes = table.staffRoutes
            // The staff area, the staff API and the password page all register through the staff router.
            #expect(routes.count >= 70)
            #expect(routes.contains { $0.path == "/quan-tri" && $0.method == "GET" })
            #expect(routes.contains { $0.path == "/api/v1/units" && $0.method == "POST" })
            // Every route under /quan-tri is a staff route.
            #expect(table.allPaths.filter { $0.hasPrefix("/quan-tri") }.allSatisfy { path in routes.contains { $0.path == path } })

            var browser = Browser()
            _ = try await browser.get(client, "/dang-nhap")
            let token = browser.csrf
            #expect(!token.isEmpty)
            for route in routes {
                let path = Self.sample(route.path)
                let response = try await client.execute(
                    uri: path, method: .init(rawValue: route.method)!,
                    headers: [.cookie: "mb_csrf=\(token)", .init("X-CSRF-Token")!: token, .contentType: "application/x-www-form-urlencoded"],
                    body: ByteBuffer(string: "a=1"))
                if path.hasPrefix("/api/") {
                    #expect(response.status == .unauthorized, "\(route.method) \(route.path) answered \(response.status)")
                } else {
                    #expect(response.status == .seeOther, "\(route.method) \(route.path) answered \(response.status)")
                    #expect(response.headers[.location]?.hasPrefix("/dang-nhap?next=") == true, "\(route.method) \(route.path)")
                }
            }
        }
    }

    /// The entries of the main menu on a staff page.
    static func menu(_ html: String) -> [String] {
        guard let start = html.range(of: "<nav aria-label=\"Điều hướng chính\">"),
              let end = html.range(of: "</nav>", range: start.upperBound..<html.endIndex) else { return [] }
        let nav = html[start.upperBound..<end.lowerBound]
        var paths: [String] = []
        var rest = nav[...]
        while let href = rest.range(of: "href=\"") {
            let tail = rest[href.upperBound...]
            guard let close = tail.firstIndex(of: "\"") else { break }
            paths.append(String(tail[..<close]))
            rest = tail[close...]
        }
        return paths
    }

    @Test(arguments: Role.allCases)
    func theMenuShowsExactlyTheEntriesTheRoleMayOpen(_ role: Role) async throws {
        try await withApp { env, fixture, client in
            let username = "vai-tro-\(role.rawValue)"
            try await PersonStore.create(
                PersonDraft(username: username, fullName: "Người thử \(role.rawValue)", unitID: fixture.communeA.id, roles: [role]),
                password: Fixture.password, mustChangePassword: false, cost: 4, actor: .system("test"), on: env.database.db)
            var browser = Browser()
            #expect(try await browser.signIn(client, username).status == .seeOther)
            let home = try await browser.get(client, "/quan-tri")
            #expect(home.status == .ok)
            let shown = Set(Self.menu(home.text))
            #expect(shown.contains("/quan-tri"))
            for item in AppEnvironment.navigation.staffItems {
                let response = try await browser.get(client, item.path)
                if shown.contains(item.path) {
                    #expect(response.status == .ok, "\(role) sees \(item.path) in the menu but gets \(response.status)")
                } else {
                    #expect(response.status == .forbidden, "\(role) does not see \(item.path) but gets \(response.status)")
                    // The refusal page is a staff page with the same menu.
                    #expect(Set(Self.menu(response.text)) == shown, "\(role): the menu on the 403 page of \(item.path)")
                }
            }
        }
    }
}
