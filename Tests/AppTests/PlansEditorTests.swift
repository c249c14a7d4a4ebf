import App
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import PlanRules
import Plans
import SQLKit
import Testing
import WorkCalendar

/// Creating a plan from a blank page and editing a draft: its record, its sections and
/// tasks with every kind of time, the preview of occurrences, validation, permissions, and the
/// rule that an issued plan is no longer edited.
@Suite("Plan editor", .serialized)
struct PlansEditorTests {
    static func planID(_ response: TestResponse) throws -> UUID {
        let location = try #require(response.headers[.location])
        let raw = try #require(location.split(separator: "/").dropFirst(2).first?.split(separator: "?").first)
        return try #require(UUID(uuidString: String(raw)))
    }

    static func auditCount(_ env: AppEnvironment) async throws -> Int {
        let sql = env.database.db.sql
        return try await sql.raw("SELECT COUNT(*) AS n FROM audit_log").first()?.decode(column: "n", as: Int.self) ?? 0
    }

    @Test("A blank plan: create, edit its record, add a section and tasks with each kind of time and a group; issuing writes their obligations")
    func createEditAndIssue() async throws {
        try await withApp { env, f, client in
            let groups = try await PlanFixture.groups(env, f)
            let communes = try #require(groups["xa-thi-tran-dien-chau"])
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            #expect(try await office.get(client, "/quan-tri/ke-hoach").text.contains("/quan-tri/ke-hoach/moi"))
            #expect(try await office.get(client, "/quan-tri/ke-hoach/moi").status == .ok)
            let created = try await office.post(client, "/quan-tri/ke-hoach/moi", ["tieu-de": "Kế hoạch truyền thông kiểm soát TTHC năm 2025", "nam": "2025"])
            #expect(created.status == .seeOther)
            let id = try Self.planID(created)
            let base = "/quan-tri/ke-hoach/\(id.uuidString)"

            // The record: a number left blank, a date without its day, the provincial plan, section IV.
            let record = try await office.post(client, "\(base)/sua", [
                "tieu-de": "Kế hoạch truyền thông kiểm soát TTHC năm 2025", "nam": "2025", "so": "", "ky-hieu": "KH-UBND",
                "ngay": "…/02/2025", "don-vi-ban-hanh": f.district.id.uuidString,
                "cap-tren-co-quan": "UBND tỉnh Nghệ An", "cap-tren-so": "122/KH-UBND", "cap-tren-ngay": "21/02/2025",
                "can-cu": "Nghị định số 63/2010/NĐ-CP\nNghị định số 92/2017/NĐ-CP", "muc-dich": "Nâng cao nhận thức",
                "kinh-phi": "Từ ngân sách huyện", "to-chuc": "Phòng Tư pháp: Chủ trì tham mưu triển khai",
                "noi-nhan": "UBND tỉnh\nLưu: VT", "ky-tm": "TM. ỦY BAN NHÂN DÂN", "ky-chuc-vu": "CHỦ TỊCH", "ky-ten": "Nguyễn Văn A",
                "ky-bao-cao": "quarterly",
            ])
            #expect(record.status == .seeOther)
            let edited = try await PlanStore.require(id, on: env.database.db).plan
            #expect(edited.reference.serial == nil)
            #expect(edited.reference.date == PartialDate(year: 2025, month: 2))
            #expect(edited.issuerName == "UBND huyện Diễn Châu")
            #expect(edited.implements?.reference.serial == "122")
            #expect(edited.implements?.reference.date?.date == PlanFixture.day(2025, 2, 21))
            #expect(edited.legalBases.count == 2)
            #expect(edited.duties == [ImplementationDuty(addressee: "Phòng Tư pháp", text: "Chủ trì tham mưu triển khai")])
            #expect(edited.signer.name == "Nguyễn Văn A")

            #expect(try await office.post(client, "\(base)/muc/moi", ["so": "I", "ten": "Truyền thông về kiểm soát TTHC"]).status == .seeOther)
            let times: [(String, String, [String: String])] = [
                ("1", "Thường xuyên", ["chu-tri": "g:\(communes.uuidString)", "phoi-hop-khac": "Các tổ chức, cá nhân có liên quan"]),
                ("2", "Quý II/2025", ["chu-tri": "u:\(f.justice.id.uuidString)"]),
                ("3", "Năm 2025", ["chu-tri": "u:\(f.office.id.uuidString)"]),
                ("4", "Định kỳ 6 tháng/01 lần", ["chu-tri": "u:\(f.office.id.uuidString)"]),
                ("5", "Trước 30/6/2025", ["chu-tri-khac": "Chủ tịch UBND các xã, thị trấn"]),
                ("6", "Từ 01/3/2025 đến 30/4/2025", ["chu-tri": "u:\(f.justice.id.uuidString)", "chi-tieu": "Tin, bài đăng tải (bài viết)"]),
            ]
            for (number, time, assignees) in times {
                var fields = ["muc": "I", "so": number, "noi-dung": "Nhiệm vụ \(number)", "thoi-gian": time, "y-dinh": "luu"]
                fields.merge(assignees) { a, _ in a }
                let saved = try await office.post(client, "\(base)/nhiem-vu/moi", fields)
                #expect(saved.status == .seeOther, "\(time)")
            }
            let plan = try await PlanStore.require(id, on: env.database.db).plan
            #expect(plan.tasks.map(\.number) == ["I.1", "I.2", "I.3", "I.4", "I.5", "I.6"])
            #expect(plan.tasks.map(\.time.kind) == [.ongoing, .quarter, .year, .everyMonths, .byDate, .range])
            #expect(plan.task(numbered: "I.1")?.lead == [.group(GroupID(communes.uuidString))])
            #expect(plan.task(numbered: "I.1")?.coordinating == [.open("Các tổ chức, cá nhân có liên quan")])
            #expect(plan.task(numbered: "I.5")?.lead == [.position(title: "Chủ tịch", in: .group(GroupID(communes.uuidString)))])
            #expect(plan.task(numbered: "I.6")?.metrics.map(\.label) == ["Tin, bài đăng tải (bài viết)"])

            // The preview of an ongoing task for the group: four quarters, each commune; nothing written.
            let editPath = "\(base)/nhiem-vu/\(try #require(plan.task(numbered: "I.1")).id.rawValue)/sua"
            let preview = try await office.post(client, editPath, ["muc": "I", "so": "I.1", "noi-dung": "Nhiệm vụ 1", "thoi-gian": "Thường xuyên",
                                                                   "chu-tri": "g:\(communes.uuidString)", "y-dinh": "xem-truoc"])
            #expect(preview.status == .ok)
            #expect(preview.text.contains("preview-occurrences"))
            #expect(preview.text.contains("31/12/2025"))
            #expect(preview.text.contains("UBND xã Diễn Hồng") && preview.text.contains("UBND xã Diễn Lâm"))
            #expect(preview.text.contains("4 kỳ × 2 đơn vị = 8 báo cáo"))

            // Edit a task, then issue.
            let moved = try await office.post(client, editPath, ["muc": "I", "so": "I.1", "noi-dung": "Đăng tin thường xuyên",
                                                                 "thoi-gian": "Thường xuyên", "chu-tri": "g:\(communes.uuidString)", "y-dinh": "luu"])
            #expect(moved.status == .seeOther)
            #expect(try await PlanStore.require(id, on: env.database.db).plan.task(numbered: "I.1")?.content == "Đăng tin thường xuyên")
            #expect(try await office.post(client, "\(base)/ban-hanh", [:]).status == .seeOther)
            let obligations = try await ObligationStore.list(id, on: env.database.db)
            func dues(_ number: String, _ unit: UnitRecord) -> [String] {
                let task = plan.task(numbered: number)!.id
                return obligations.filter { $0.occurrence.task == task && $0.unit.rawValue == unit.id.uuidString }.map(\.due.iso).sorted()
            }
            #expect(dues("I.1", f.communeA) == ["2025-03-31", "2025-06-30", "2025-09-30", "2025-12-31"])
            #expect(dues("I.1", f.communeB).count == 4)
            #expect(dues("I.2", f.justice) == ["2025-06-30"])
            #expect(dues("I.3", f.office) == ["2025-12-31"])
            #expect(dues("I.4", f.office) == ["2025-06-30", "2025-12-31"])
            #expect(dues("I.5", f.communeA) == ["2025-06-30"])
            #expect(dues("I.6", f.justice) == ["2025-04-30"])
            #expect(obligations.count == 15, "I.1: 4 quarters × 2 communes; I.2, I.3: 1; I.4: 2; I.5: 2 communes; I.6: 1")
        }
    }

    @Test("Bad input: the message sits by its field, what was typed stays, nothing is written")
    func badInputKeepsValues() async throws {
        try await withApp { env, f, client in
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            _ = try await office.get(client, "/quan-tri/ke-hoach/moi")
            let before = try await Self.auditCount(env)
            let refused = try await office.post(client, "/quan-tri/ke-hoach/moi", ["tieu-de": "Kế hoạch thử nghiệm", "nam": "20x5", "ngay": "31/02/2025"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Kế hoạch thử nghiệm"))
            #expect(refused.text.contains("id=\"nam-error\""))
            #expect(refused.text.contains("Năm phải là số từ 2000 đến 2199"))
            #expect(refused.text.contains("id=\"ngay-error\""))
            #expect(try await PlanStore.list(on: env.database.db).isEmpty)
            #expect(try await Self.auditCount(env) == before)

            let id = try Self.planID(try await office.post(client, "/quan-tri/ke-hoach/moi", ["tieu-de": "Kế hoạch 2025", "nam": "2025"]))
            let base = "/quan-tri/ke-hoach/\(id.uuidString)"
            _ = try await office.post(client, "\(base)/muc/moi", ["so": "I", "ten": "Truyền thông"])
            #expect(try await office.post(client, "\(base)/muc/moi", ["so": "I", "ten": "Trùng số"]).status == .unprocessableContent)
            let good = ["muc": "I", "so": "1", "noi-dung": "Niêm yết TTHC", "thoi-gian": "Quý II/2025", "chu-tri": "u:\(f.justice.id.uuidString)"]
            #expect(try await office.post(client, "\(base)/nhiem-vu/moi", good).status == .seeOther)
            let stored = try await PlanStore.require(id, on: env.database.db)
            let audits = try await Self.auditCount(env)

            var badTime = good
            badTime["so"] = "2"
            badTime["noi-dung"] = "Đăng tin trên cổng thông tin điện tử"
            badTime["thoi-gian"] = "Quý 5/2025"
            let timeRefused = try await office.post(client, "\(base)/nhiem-vu/moi", badTime)
            #expect(timeRefused.status == .unprocessableContent)
            #expect(timeRefused.text.contains("id=\"thoi-gian-error\""))
            #expect(timeRefused.text.contains("Đăng tin trên cổng thông tin điện tử"))
            #expect(timeRefused.text.contains("value=\"Quý 5/2025\""))
            #expect(timeRefused.text.contains("value=\"u:\(f.justice.id.uuidString)\" checked"))
            var duplicate = good
            duplicate["noi-dung"] = "Nhiệm vụ trùng số"
            let numberRefused = try await office.post(client, "\(base)/nhiem-vu/moi", duplicate)
            #expect(numberRefused.status == .unprocessableContent)
            #expect(numberRefused.text.contains("Kế hoạch đã có nhiệm vụ số I.1"))
            #expect(numberRefused.text.contains("Nhiệm vụ trùng số"))
            let unknownUnit = try await office.post(client, "\(base)/nhiem-vu/moi", good.merging(["so": "3", "chu-tri": "u:\(UUID().uuidString)"]) { _, b in b })
            #expect(unknownUnit.status == .unprocessableContent)
            let after = try await PlanStore.require(id, on: env.database.db)
            #expect(after.plan == stored.plan)
            #expect(after.version == stored.version)
            #expect(try await Self.auditCount(env) == audits)
        }
    }

    @Test("Only the office that manages plans creates and edits them: an officer gets 403; a form without its CSRF token is refused")
    func permissions() async throws {
        try await withApp { env, f, client in
            let id = try await PlanStore.create(Plan(year: 2025, title: "Dự thảo", sections: [PlanSection(number: "I", title: "Mục I")]),
                                                actor: .system("test"), on: env.database)
            let base = "/quan-tri/ke-hoach/\(id.uuidString)"
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            #expect(try await officer.get(client, "/quan-tri/ke-hoach/moi").status == .forbidden)
            #expect(try await officer.post(client, "/quan-tri/ke-hoach/moi", ["tieu-de": "X", "nam": "2025"]).status == .forbidden)
            #expect(try await officer.get(client, "\(base)/sua").status == .forbidden)
            #expect(try await officer.post(client, "\(base)/sua", ["tieu-de": "X", "nam": "2025"]).status == .forbidden)
            #expect(try await officer.post(client, "\(base)/muc/moi", ["so": "II", "ten": "X"]).status == .forbidden)
            #expect(try await officer.post(client, "\(base)/nhiem-vu/moi", ["muc": "I", "so": "1", "noi-dung": "X", "thoi-gian": "Năm 2025"]).status == .forbidden)
            #expect(!(try await officer.get(client, "/quan-tri/ke-hoach").text.contains("/quan-tri/ke-hoach/moi")))
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            #expect(try await office.post(client, "\(base)/muc/moi", ["so": "II", "ten": "X"], csrf: false).status == .badRequest)
            #expect(try await PlanStore.require(id, on: env.database.db).plan.sections.count == 1)
            let person = try #require(try await PersonStore.find(username: "canbo", on: env.database.db)).record
            #expect(try await Authorizer.isAllowed(person, .managePlans, on: env.database.db) == false)
        }
    }

    @Test("An issued plan is read-only: its record shows so, and every edit is refused (409) without writing")
    func issuedPlanIsReadOnly() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let base = "/quan-tri/ke-hoach/\(id.uuidString)"
            let stored = try await PlanStore.require(id, on: env.database.db)
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            let page = try await office.get(client, "\(base)/sua")
            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"read-only\""))
            #expect(page.text.contains("<fieldset class=\"plain\" disabled>"))
            let record = try await office.post(client, "\(base)/sua", ["tieu-de": "Đổi tên", "nam": "2024"])
            #expect(record.status == .conflict)
            #expect(try await office.get(client, "\(base)/nhiem-vu/moi").status == .conflict)
            #expect(try await office.post(client, "\(base)/nhiem-vu/moi", ["muc": "I", "so": "9", "noi-dung": "X", "thoi-gian": "Năm 2024"]).status == .conflict)
            #expect(try await office.post(client, "\(base)/muc/I/xoa", [:]).status == .conflict)
            let task = try #require(stored.plan.task(numbered: "II.5"))
            #expect(try await office.post(client, "\(base)/nhiem-vu/\(task.id.rawValue)/xoa", [:]).status == .conflict)
            let after = try await PlanStore.require(id, on: env.database.db)
            #expect(after.plan == stored.plan)
            #expect(after.version == stored.version)
            // Closing an issued plan still works.
            #expect(try await office.post(client, "\(base)/ket-thuc", [:]).status == .seeOther)
        }
    }
}
