import App
import FluentKit
import Foundation
import HummingbirdTesting
import NIOCore
import Platform
import Testing
import WorkCalendar
import Dossiers

/// Every state-changing HTML form, found from the route table (not a hand list), gets random,
/// oversize and malformed fields with a valid CSRF token and a signed-in administrator: never a
/// 5xx, and a refused request writes nothing (no audit record beyond the refusal's own).
@Suite("Form fuzzer over every POST route")
struct FormFuzzTests {
    static let values: [String] = [
        "", String(repeating: "x", count: 20_000), "\u{0}\u{1}\u{7F}", "<script>alert(1)</script>", "-1",
        "99999999999999999999999999", "2026-13-45", "31/02/2025", "'; DROP TABLE units; --", "Nguye\u{0302}\u{0303}n 😀",
        "../../etc/passwd", "1e309", "   ", "true",
    ]
    static let genericNames = ["ho-ten", "noi-dung", "ten", "name", "ghi-chu", "ngay", "nam", "ma", "so", "ly-do", "email", "dien-thoai"]

    /// Real records for the routes' parameters, so that the forms' own checks run.
    struct Records {
        var unit: String
        var plan: String
        var dossier: String
        var feedback: String
        var procedure: String
    }

    static func concrete(_ pattern: String, _ r: Records) -> String {
        pattern.split(separator: "/", omittingEmptySubsequences: false).map { segment -> String in
            guard segment.hasPrefix(":") else { return String(segment) }
            switch (segment, pattern) {
            case (":id", _) where pattern.hasPrefix("/quan-tri/ke-hoach/"): return r.plan
            case (":id", _) where pattern.hasPrefix("/quan-tri/ho-so/"): return r.dossier
            case (":id", _): return r.unit
            case (":code", _) where pattern.hasPrefix("/quan-tri/phan-anh/"): return r.feedback
            case (":code", _): return r.procedure
            default: return "x"
            }
        }.joined(separator: "/")
    }

    static func auditCount(_ env: AppEnvironment) async throws -> Int {
        try await AuditEntryModel.query(on: env.database.db).filter(\.$action != "access.denied").count()
    }

    @Test("No 5xx and nothing half-written for random, oversize, control-character, invalid UTF-8 and malformed multipart input")
    func fuzzEveryForm() async throws {
        let table = RouteTable()
        try await withApp(table: table) { env, f, client in
            let (desk, procedure) = try await DossierTests.desk(env, f)
            let dossier = try await DossierStore.receive(DossierTests.draft(desk, f.justice, procedure, at: env.clock.localNow),
                                                         actor: .system("test"), calendar: try HolidayCalendar.bundled(), on: env.database)
            let records = Records(unit: f.communeA.id.uuidString, plan: try await PlanFixture.issued2024(env, f).uuidString,
                                  dossier: dossier.id.uuidString, feedback: try await FeedbackHandlingTests.received(env),
                                  procedure: procedure.code)
            var admin = Browser()
            _ = try await admin.signIn(client, "admin")
            let paths = Set(table.allPaths).sorted().filter { path in
                !path.hasPrefix("/api/") && !path.hasPrefix("/open311/") && path != "/dang-xuat"
                    && table.allowedMethods(for: path).contains("POST")
            }
            #expect(paths.count >= 30, "the route table lists the forms: \(paths.count)")
            var failures: [String] = []
            var requests = 0
            var statuses: [Int: Int] = [:]
            for pattern in paths {
                let path = Self.concrete(pattern, records)
                let page = try await admin.get(client, path)
                var names = Set(page.status == .ok ? page.text.matches(of: /name="([^"]+)"/).map { String($0.1) } : [])
                names.remove("_csrf")
                if names.isEmpty { names = Set(Self.genericNames) }
                for (index, value) in Self.values.enumerated() {
                    var fields = Dictionary(uniqueKeysWithValues: names.map { ($0, value) })
                    fields["extra-\(index)"] = value
                    let before = try await Self.auditCount(env)
                    let response = try await admin.post(client, path, fields)
                    requests += 1
                    statuses[Int(response.status.code), default: 0] += 1
                    if response.status.code >= 500 { failures.append("POST \(pattern) [value \(index)] → \(response.status.code)") }
                    if response.status.code >= 400, try await Self.auditCount(env) != before {
                        failures.append("POST \(pattern) [value \(index)] → \(response.status.code) but wrote an audit record")
                    }
                }
                // Raw bodies: invalid UTF-8 and NUL after decoding, then a multipart body with no parts.
                let raw = names.map { "\($0)=%FF%FE%00%C3" }.joined(separator: "&") + "&_csrf=\(admin.csrf)"
                let invalid = try await client.execute(uri: path, method: .post,
                                                       headers: [.cookie: admin.cookieHeader, .contentType: "application/x-www-form-urlencoded"],
                                                       body: ByteBuffer(string: raw))
                let multipart = try await client.execute(uri: path + "?_csrf=\(admin.csrf)", method: .post,
                                                         headers: [.cookie: admin.cookieHeader, .contentType: "multipart/form-data; boundary=zz"],
                                                         body: ByteBuffer(string: "--zz\r\nContent-Disposition: form-data; name=\"\r\n\r\n--zz"))
                requests += 2
                for (kind, response) in [("invalid UTF-8", invalid), ("malformed multipart", multipart)] where response.status.code >= 500 {
                    failures.append("POST \(pattern) [\(kind)] → \(response.status.code)")
                }
            }
            print("form fuzzer: \(paths.count) forms, \(requests) requests, statuses \(statuses.sorted { $0.key < $1.key })")
            #expect((statuses[422] ?? 0) + (statuses[303] ?? 0) + (statuses[200] ?? 0) > requests / 3,
                    "most requests reach the forms' own checks, not a CSRF or permission refusal: \(statuses)")
            #expect(failures.isEmpty, "\(failures.count) of \(requests) requests: \(failures.prefix(20).joined(separator: "; "))")
            #expect(try await admin.get(client, "/quan-tri").status == .ok, "the session and the app survive")
        }
    }
}
