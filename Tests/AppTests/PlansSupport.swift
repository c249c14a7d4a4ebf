import App
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import PlanRules
import Plans
import WorkCalendar

/// The 2024 Diễn Châu plan on the test fixture: communes through a rule group, the district's
/// offices through a listed group; phrases naming units the fixture lacks stay open descriptions.
enum PlanFixture {
    static func groups(_ env: AppEnvironment, _ f: Fixture) async throws -> [String: UUID] {
        let db = env.database.db
        let actor = AuditActor.system("test")
        let communes = try await UnitGroups.create(name: "UBND các xã, thị trấn", code: "xa-thi-tran-dien-chau", ruleKind: .communeCommittee,
                                                   ruleParentID: f.district.id, members: [], actor: actor, on: db)
        let offices = try await UnitGroups.create(name: "Các phòng, ban, ngành cấp huyện", code: "phong-ban-nganh-huyen", ruleKind: nil,
                                                  ruleParentID: nil, members: [f.office.id, f.justice.id], actor: actor, on: db)
        return ["xa-thi-tran-dien-chau": communes.id, "phong-ban-nganh-huyen": offices.id]
    }

    static func units(_ f: Fixture) -> [String: UUID] {
        ["district": f.district.id, "office": f.office.id, "justice": f.justice.id]
    }

    /// Stores the plan and issues it; returns its id.
    static func issued2024(_ env: AppEnvironment, _ f: Fixture) async throws -> UUID {
        let groups = try await groups(env, f)
        var plan = PlanSeeding.resolve(DienChau2024.plan, PlanSeeding.table(PlanSeeding.dienChau2024Phrases, units: units(f), groups: groups))
        plan.issuingUnit = UnitID(f.district.id.uuidString)
        let id = try await PlanStore.create(plan, actor: .system("test"), on: env.database)
        let calendar = try await env.calendar.calendar(on: env.database.db)
        try await PlanStore.transition(id, to: .issued, calendar: calendar, actor: .system("test"), on: env.database)
        return id
    }

    static func key(_ task: String, _ period: DayRange, _ unit: UnitRecord) -> ObligationKey {
        ObligationKey(occurrence: OccurrenceKey(task: TaskID(task), period: period), unit: UnitID(unit.id.uuidString))
    }

    static func reportPath(_ plan: UUID, _ key: ObligationKey) -> String {
        let encoded = key.text.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(.init(charactersIn: "-._"))) ?? key.text
        return "/quan-tri/ke-hoach/\(plan.uuidString)/bao-cao?k=\(encoded)"
    }

    static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate { LocalDate(year: y, month: m, day: d)! }
}

extension Browser {
    /// A multipart form post with any number of files, as the report and import forms send it.
    mutating func multipart(_ client: any TestClientProtocol, _ path: String, fields: [String: String],
                            files: [(field: String, name: String, data: Data)]) async throws -> TestResponse {
        let boundary = "----plans\(UUID().uuidString)"
        var body = Data()
        for (key, value) in fields {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(key)\"\r\n\r\n\(value)\r\n".utf8)
        }
        for file in files {
            body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
            body += file.data
            body += Data("\r\n".utf8)
        }
        body += Data("--\(boundary)--\r\n".utf8)
        let response = try await client.execute(
            uri: path + (path.contains("?") ? "&" : "?") + "_csrf=\(csrf)", method: .post,
            headers: [.cookie: cookieHeader, .contentType: "multipart/form-data; boundary=\(boundary)"],
            body: ByteBuffer(bytes: body))
        absorb(response)
        return response
    }
}
