import App
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Platform
import WorkCalendar

/// A fresh database per test: in-memory SQLite, or a throwaway PostgreSQL database when
/// `MINHBACH_TEST_DATABASE_URL` points at a server (the test command sets it).
struct TestDatabase {
    let env: AppEnvironment
    let cleanup: @Sendable () async -> Void

    /// The moment every test starts at, unless it sets its own: Tuesday 10 March 2026, 09:00 in
    /// Vietnam. Tests read the time from `env.clock`, never from the machine, so a test gives
    /// the same result on any day it runs.
    static let start = LocalDateTime(date: LocalDate(year: 2026, month: 3, day: 10)!, hour: 9, minute: 0)!

    static func make(clock: WallClock = .fixed(start.foundationDate)) async throws -> TestDatabase {
        var config = AppConfig(mode: .test, demoPassword: "mat-khau-thu-nghiem", bcryptCost: 4)
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        guard let base = ProcessInfo.processInfo.environment["MINHBACH_TEST_DATABASE_URL"], !base.isEmpty else {
            let database = try DatabaseHandle(sqlitePath: nil, postgresURL: nil, logger: logger)
            do { try await database.migrate(AllMigrations.list) } catch {
                await database.shutdown()
                throw error
            }
            return TestDatabase(env: AppEnvironment(config: config, database: database, clock: clock), cleanup: { await database.shutdown() })
        }
        let name = "t_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(20)
        let admin = try DatabaseHandle(sqlitePath: nil, postgresURL: base, logger: logger)
        try await admin.run(unsafeSQL: "CREATE DATABASE \(name)")
        var components = URLComponents(string: base)!
        components.path = "/\(name)"
        let url = components.string!
        config.databaseURL = url
        let database = try DatabaseHandle(sqlitePath: nil, postgresURL: url, logger: logger)
        do { try await database.migrate(AllMigrations.list) } catch {
            await database.shutdown()
            try? await admin.run(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            await admin.shutdown()
            throw error
        }
        return TestDatabase(env: AppEnvironment(config: config, database: database, clock: clock), cleanup: {
            await database.shutdown()
            try? await admin.run(unsafeSQL: "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
            await admin.shutdown()
        })
    }
}

/// Units and people most tests need: a province, a district with its office and a
/// department, two communes, and one account per role.
struct Fixture {
    var province: UnitRecord
    var district: UnitRecord
    var office: UnitRecord
    var justice: UnitRecord
    var communeA: UnitRecord
    var communeB: UnitRecord
    static let password = "mat-khau-thu-nghiem"

    static func load(_ env: AppEnvironment) async throws -> Fixture {
        let db = env.database.db
        let actor = AuditActor.system("test")
        let province = try await UnitStore.create(UnitDraft(name: "UBND tỉnh Nghệ An", kind: .provincialCommittee, agencyCode: "000.00.00.H41", gsoCode: "40"), actor: actor, on: db)
        let district = try await UnitStore.create(UnitDraft(name: "UBND huyện Diễn Châu", kind: .districtCommittee, parentID: province.id, agencyCode: "000.00.25.H41", gsoCode: "425"), actor: actor, on: db)
        let office = try await UnitStore.create(UnitDraft(name: "Văn phòng HĐND và UBND huyện", kind: .office, parentID: district.id, agencyCode: "000.01.25.H41"), actor: actor, on: db)
        let justice = try await UnitStore.create(UnitDraft(name: "Phòng Tư pháp", kind: .department, parentID: district.id, agencyCode: "000.02.25.H41"), actor: actor, on: db)
        let communeA = try await UnitStore.create(UnitDraft(name: "UBND xã Diễn Hồng", kind: .communeCommittee, parentID: district.id, gsoCode: "17413"), actor: actor, on: db)
        let communeB = try await UnitStore.create(UnitDraft(name: "UBND xã Diễn Lâm", kind: .communeCommittee, parentID: district.id, gsoCode: "17392"), actor: actor, on: db)
        let people: [(String, Role, UnitRecord)] = [
            ("admin", .administrator, office), ("dieuphoi", .coordinator, office), ("canbo", .officer, justice),
            ("canbo.dienhong", .officer, communeA), ("canbo.dienlam", .officer, communeB),
        ]
        for (username, role, unit) in people {
            try await PersonStore.create(PersonDraft(username: username, fullName: "Người \(username)", unitID: unit.id, roles: [role]),
                                         password: password, mustChangePassword: false, cost: 4, actor: actor, on: db)
        }
        return Fixture(province: province, district: district, office: office, justice: justice, communeA: communeA, communeB: communeB)
    }
}

/// Runs `body` against the real router with a fresh database and the fixture.
func withApp(table: RouteTable = RouteTable(), clock: WallClock = .fixed(TestDatabase.start.foundationDate),
             _ body: @Sendable (AppEnvironment, Fixture, any TestClientProtocol) async throws -> Void) async throws {
    let database = try await TestDatabase.make(clock: clock)
    do {
        let fixture = try await Fixture.load(database.env)
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let app = buildApplication(database.env, logger: logger, table: table)
        try await app.test(.router) { client in try await body(database.env, fixture, client) }
    } catch {
        await database.cleanup()
        throw error
    }
    await database.cleanup()
}

/// A browser-like cookie jar for form tests.
struct Browser {
    var cookies: [String: String] = [:]

    var cookieHeader: String { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
    var csrf: String { cookies["mb_csrf"] ?? "" }

    mutating func absorb(_ response: TestResponse) {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";").first ?? ""
            let parts = pair.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            if field.contains("Max-Age=0") { cookies[String(parts[0])] = nil } else { cookies[String(parts[0])] = String(parts[1]) }
        }
    }

    mutating func get(_ client: any TestClientProtocol, _ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: [.cookie: cookieHeader], body: nil)
        absorb(response)
        return response
    }

    mutating func post(_ client: any TestClientProtocol, _ path: String, _ fields: [String: String], csrf: Bool = true) async throws -> TestResponse {
        var all = fields
        if csrf { all["_csrf"] = self.csrf }
        let body = all.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" }.joined(separator: "&")
        let response = try await client.execute(
            uri: path, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
        absorb(response)
        return response
    }

    /// A file upload as a browser sends it; the CSRF token rides in the query, as the form's action has it.
    mutating func upload(_ client: any TestClientProtocol, _ path: String, fields: [String: String], file: (name: String, data: Data)) async throws -> TestResponse {
        let boundary = "----minhbach\(UUID().uuidString)"
        var body = Data()
        for (key, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += file.data
        body += Data("\r\n--\(boundary)--\r\n".utf8)
        let response = try await client.execute(
            uri: path + (path.contains("?") ? "&" : "?") + "_csrf=\(csrf)", method: .post,
            headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
        absorb(response)
        return response
    }

    mutating func signIn(_ client: any TestClientProtocol, _ username: String, password: String = Fixture.password) async throws -> TestResponse {
        _ = try await get(client, "/dang-nhap")
        return try await post(client, "/dang-nhap", ["username": username, "password": password])
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// The repository's root, which holds the shipped `data/` folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().path

extension AuditActor {
    /// A command's actor in tests, at the tests' starting moment.
    static func system(_ what: String) -> AuditActor {
        .system(what, at: TestDatabase.start.foundationDate)
    }
}
