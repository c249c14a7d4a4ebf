import Catalog
import Dossiers
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import Testing
import TextSearch
import WorkCalendar
@testable import App

/// Issue 19: what the search learns from its site and its use — the site's level and the
/// procedures' use as priors, "did you mean" in the API, and the anonymous query log with its
/// staff page.
@Suite("Search: priors, did you mean in the API, the anonymous query log")
struct SearchUseTests {
    /// A copy of a provincial procedure, at commune level, under another code and the same name.
    static func communeTwin(_ env: AppEnvironment) async throws -> (province: String, commune: String, name: String) {
        let db = env.database.db
        let original = try #require(try await ProcedureStore.all(on: db).first { $0.levels == ["Cấp tỉnh"] && $0.status != .abolished })
        var twin = original
        twin.code = "9.999001"
        twin.levels = ["Cấp xã"]
        var parsed = CatalogImporter.Parsed()
        parsed.procedures = [(twin, [], "twin.json")]
        _ = try await CatalogImporter.load(parsed, sources: ["twin.json"], actor: .system("test"), on: db)
        env.catalog.search.invalidate()
        return (original.code, twin.code, original.name)
    }

    static func top(_ query: String, _ env: AppEnvironment) async throws -> [String] {
        try await CatalogPagesTests.top(query, env).map(\.code)
    }

    @Test("Level prior: on a commune's site the commune's procedure comes first of two alike; a province's site, which serves every level, prefers none; the search follows a change of site within a second")
    func levelPrior() async throws {
        try await withApp { env, fx, _ in
            _ = try await CatalogPagesTests.importAll(env)
            let twin = try await Self.communeTwin(env)
            let db = env.database.db
            // Without a site unit the two tie, in whatever order the database lists them.
            let neutral = Array(try await Self.top(twin.name, env).prefix(2))
            #expect(Set(neutral) == [twin.commune, twin.province])
            try await Settings.set(Settings.siteUnitKey, fx.communeA.id.uuidString, actor: .system("test"), on: db)
            env.catalog.search.invalidate()
            #expect(try await Self.top(twin.name, env).prefix(2) == [twin.commune, twin.province])
            // No invalidation: the site's unit is part of the version every instance checks each second.
            try await Settings.set(Settings.siteUnitKey, fx.province.id.uuidString, actor: .system("test"), on: db)
            try await Task.sleep(for: .milliseconds(1100))
            #expect(Array(try await Self.top(twin.name, env).prefix(2)) == neutral)
        }
    }

    @Test("Usage prior: the daily job counts each procedure's dossiers of the last 365 days, once a day; the more used of two alike comes first")
    func usagePrior() async throws {
        try await withApp { env, fx, _ in
            _ = try await DemoData.load(env)
            // A province's site prefers no level, so only the usage prior is at work here.
            try await Settings.set(Settings.siteUnitKey, fx.province.id.uuidString, actor: .system("test"), on: env.database.db)
            try await DemoDossiers.generate(count: 120, seed: 11, until: LocalDate(iso: "2026-03-09")!, history: false, env: env)
            let job = env.dossiers.procedureUsageJob(database: env.database)
            let now = TestDatabase.start.foundationDate
            try await job.run(now)
            let counted = try await ProcedureUsage.all(on: env.database.db)
            var expected: [String: Int] = [:]
            for row in try await env.database.sql.raw("SELECT procedure_code FROM dossiers WHERE code_day >= '2025-03-10'").all() {
                expected[try row.decode(column: "procedure_code", as: String.self), default: 0] += 1
            }
            #expect(!counted.isEmpty)
            #expect(counted == expected)
            // Once a day: a second run the same day changes nothing, even with different data.
            try await env.database.sql.raw("DELETE FROM procedure_usage").run()
            try await job.run(now)
            #expect(try await ProcedureUsage.all(on: env.database.db).isEmpty)

            let twin = try await Self.communeTwin(env)
            let neutral = Array(try await Self.top(twin.name, env).prefix(2))
            #expect(Set(neutral) == [twin.commune, twin.province])
            // A few hundred uses say nothing yet; a year of a real desk's work does, either way.
            try await ProcedureUsage.replace([neutral[1]: 500, neutral[0]: 3], countedOn: "2026-03-10", on: env.database)
            env.catalog.search.invalidate()
            #expect(Array(try await Self.top(twin.name, env).prefix(2)) == neutral)
            try await ProcedureUsage.replace([twin.province: 5000, twin.commune: 30], countedOn: "2026-03-10", on: env.database)
            env.catalog.search.invalidate()
            #expect(try await Self.top(twin.name, env).prefix(2) == [twin.province, twin.commune])
            try await ProcedureUsage.replace([twin.commune: 5000, twin.province: 30], countedOn: "2026-03-10", on: env.database)
            env.catalog.search.invalidate()
            #expect(try await Self.top(twin.name, env).prefix(2) == [twin.commune, twin.province])
        }
    }

    @Test("The API says \"did you mean\" too, with the marks the person typed; the same answer again comes from memory and follows a change")
    func apiSuggestion() async throws {
        try await withApp { env, _, client in
            _ = try await CatalogPagesTests.importAll(env)
            let plain = try await client.execute(uri: "/api/v1/procedures?q=xac+nhan+tinh+trag+hon+nhan", method: .get)
            #expect(plain.text.contains(#""suggestion":"xac nhan tinh trang hon nhan""#))
            let marked = try await client.execute(uri: "/api/v1/procedures?q=x%C3%A1c+nh%E1%BA%ADn+t%C3%ACnh+tr%E1%BA%A1g+h%C3%B4n+nh%C3%A2n", method: .get)
            #expect(marked.text.contains(#""suggestion":"xác nhận tình trạng hôn nhân""#))
            let found = try await client.execute(uri: "/api/v1/procedures?q=dang+ky+khai+sinh", method: .get)
            #expect(!found.text.contains("suggestion"))
            // Asked again: the same bytes; after an edit that drops the procedure, the new answer.
            let again = try await client.execute(uri: "/api/v1/procedures?q=dang+ky+khai+sinh", method: .get)
            #expect(again.text == found.text)
            var first = try #require(try await ProcedureStore.find("1.001193", on: env.database.db))
            first.status = .abolished
            try await ProcedureStore.save(first, replacedBy: nil, actor: .system("test"), on: env.database.db)
            env.catalog.search.invalidate()
            let after = try await client.execute(uri: "/api/v1/procedures?q=dang+ky+khai+sinh", method: .get)
            #expect(!after.text.contains(#""code":"1.001193""#))
        }
    }

    @Test("The query log keeps words and counts only: searches from the page and the API, misses, results opened; nothing that may be a number, no address or session; the staff page lists what found nothing or was not opened")
    func queryLog() async throws {
        try await withApp { env, _, client in
            _ = try await CatalogPagesTests.importAll(env)
            for uri in ["/thu-tuc?q=dang+ky+khai+sinh", "/thu-tuc?q=dang+ky+khai+sinh", "/api/v1/procedures?q=dang+ky+khai+sinh",
                        "/thu-tuc?q=giay+phep+nuoi+ca+sau", "/thu-tuc?q=ket+hon", "/thu-tuc?q=so+dien+thoai+0912345678",
                        "/thu-tuc?q=dang+ky+khai+sinh&trang=2", "/thu-tuc/1.001193?tim=dang+ky+khai+sinh"] {
                #expect(try await client.execute(uri: uri, method: .get, headers: [.init("X-Forwarded-For")!: "203.0.113.9"]).status == .ok, "\(uri)")
            }
            // The results link back with the query, so that opening one counts.
            let page = try await client.execute(uri: "/thu-tuc?q=ket+hon", method: .get)
            #expect(page.text.contains("?tim=ket%20hon"))
            try await env.catalog.search.log.flush(on: env.database, today: LocalDate(iso: "2026-03-10")!)
            let lines = try await SearchLog.lines(from: LocalDate(iso: "2026-03-01")!, to: LocalDate(iso: "2026-03-10")!, on: env.database.db)
            let byQuery = Dictionary(uniqueKeysWithValues: lines.map { ($0.query, $0) })
            #expect(byQuery["dang ky khai sinh"] == SearchLog.Line(query: "dang ky khai sinh", searches: 3, misses: 0, clicks: 1))
            #expect(byQuery["giay phep nuoi ca sau"]?.misses == 1)
            #expect(byQuery["ket hon"]?.searches == 2)
            #expect(!lines.contains { $0.query.contains("0912") })
            // Only words and counts are stored: no column could hold an address or a session.
            let columns = try await env.database.sql.raw("SELECT * FROM search_queries").all().first.map { Set($0.allColumns) }
            #expect(columns == ["day", "query", "searches", "misses", "clicks"])
            let stored = try await env.database.sql.raw("SELECT * FROM search_queries").all()
            for row in stored {
                for column in row.allColumns { #expect(!((try? row.decode(column: column, as: String.self)) ?? "").contains("203.0.113")) }
            }

            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            let staff = try await browser.get(client, "/quan-tri/tu-dien-tra-cuu/tim-kiem")
            #expect(staff.status == .ok)
            let misses = try #require(staff.text.components(separatedBy: #"id="khong-thay""#).last?.components(separatedBy: "</section>").first)
            #expect(misses.contains("giay phep nuoi ca sau"))
            #expect(!misses.contains("dang ky khai sinh"))
            let unopened = try #require(staff.text.components(separatedBy: #"id="khong-mo""#).last?.components(separatedBy: "</section>").first)
            #expect(unopened.contains("ket hon"))
            #expect(!unopened.contains("dang ky khai sinh"))
            // From a query to a new lexicon entry: the phrase comes filled in.
            let add = try await browser.get(client, "/quan-tri/tu-dien-tra-cuu?cum-tu=giay+phep+nuoi+ca+sau")
            #expect(add.text.contains(#"value="giay phep nuoi ca sau""#))
            // Rows past the retention are deleted at the next flush.
            try await env.database.sql.raw("INSERT INTO search_queries (day, query, searches, misses, clicks) VALUES ('2024-01-01', 'cu', 1, 0, 0)").run()
            try await env.catalog.search.log.flush(on: env.database, today: LocalDate(iso: "2026-03-10")!)
            #expect(try await env.database.sql.raw("SELECT * FROM search_queries WHERE day = '2024-01-01'").all().isEmpty)
        }
    }
}
