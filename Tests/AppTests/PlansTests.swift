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

/// Communication plans in the product (docs/LEGAL-READINGS.md §6): the stored 2024 plan, the scope
/// of unit reports, the review cycle, the CSV import.
@Suite("Communication plans", .serialized)
struct PlansTests {
    @Test("The stored 2024 plan: 4 quarterly occurrences for ongoing tasks; II.5 by 30/06, II.6 by 30/09, II.7 by 31/12; II.9 twice; groups expand")
    func occurrencesOfTheStoredPlan() async throws {
        try await withApp { env, f, _ in
            let id = try await PlanFixture.issued2024(env, f)
            let db = env.database.db
            let stored = try await PlanStore.require(id, on: db)
            #expect(stored.plan.status == .issued)
            #expect(stored.plan.tasks.count == 15)
            let all = try await ObligationStore.list(id, on: db)
            func dues(_ task: String, _ unit: UnitRecord) -> [String] {
                all.filter { $0.occurrence.task.rawValue == task && $0.unit.rawValue == unit.id.uuidString }.map(\.due.iso).sorted()
            }
            #expect(dues("I.1", f.office) == ["2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31"])
            #expect(dues("II.5", f.office) == ["2024-06-30"])
            #expect(dues("II.6", f.office) == ["2024-09-30"])
            #expect(dues("II.7", f.office) == ["2024-12-31"])
            let halves = all.filter { $0.occurrence.task.rawValue == "II.9" && $0.unit.rawValue == f.communeA.id.uuidString }
            #expect(halves.map(\.occurrence.period.iso).sorted() == ["2024-01-01/2024-06-30", "2024-07-01/2024-12-31"])
            // "UBND các xã, thị trấn" expands to each commune, each reporting on its own.
            let ii10 = Set(all.filter { $0.occurrence.task.rawValue == "II.10" }.map(\.unit.rawValue))
            #expect(ii10.isSuperset(of: [f.communeA.id.uuidString, f.communeB.id.uuidString, f.office.id.uuidString, f.justice.id.uuidString]))
            #expect(dues("II.10", f.communeB).count == 4)
            // A draft takes no reports; the public page shows the issued plan without personal data.
            #expect(try await PlanStore.list(issuedOnly: true, on: db).count == 1)
        }
    }

    @Test("Scope: a commune officer reports on its own II.10 occurrence (with a file), gets 403 on another commune's and cannot accept; the coordinator can")
    func scopeOfUnitReports() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let q1 = DayRange.quarter(1, of: 2024)!
            let own = PlanFixture.key("II.10", q1, f.communeA)
            let other = PlanFixture.key("II.10", q1, f.communeB)
            let stored = try await PlanStore.require(id, on: env.database.db)
            let metric = try #require(stored.plan.task(numbered: "II.10")?.metrics.first)

            var officer = Browser()
            _ = try await officer.signIn(client, "canbo.dienhong")
            let page = try await officer.get(client, PlanFixture.reportPath(id, own))
            #expect(page.status == .ok)
            #expect(page.text.contains("report-form"))
            #expect(try await officer.get(client, PlanFixture.reportPath(id, other)).status == .forbidden)
            let pdf = Data("%PDF-1.4\n% bien ban niem yet\n".utf8)
            let fields = ["workStatus": "done", "summary": "Đã niêm yết 45 TTHC tại trụ sở UBND xã", "metric-\(metric.key)": "45", "intent": "submit"]
            // A file of a refused type is named and nothing is written.
            let refused = try await officer.multipart(client, PlanFixture.reportPath(id, own), fields: fields,
                                                      files: [("tep", "script.exe", Data("MZ....".utf8))])
            #expect(refused.status == .unprocessableContent)
            #expect(try await ReportStore.find(id, own, on: env.database.db) == nil)
            let sent = try await officer.multipart(client, PlanFixture.reportPath(id, own), fields: fields,
                                                   files: [("tep", "bien-ban.pdf", pdf)])
            #expect(sent.status == .seeOther)
            let written = try #require(try await ReportStore.find(id, own, on: env.database.db))
            #expect(written.report.status == .submitted)
            #expect(written.report.content.metrics[metric.key] == 45)
            #expect(written.report.content.evidence.count == 1)
            // Writing on another commune's obligation, or accepting, is refused.
            #expect(try await officer.multipart(client, PlanFixture.reportPath(id, other), fields: fields, files: []).status == .forbidden)
            let review = PlanFixture.reportPath(id, own).replacingOccurrences(of: "/bao-cao?", with: "/duyet?")
            #expect(try await officer.post(client, review, ["quyet-dinh": "accept"]).status == .forbidden)

            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            // A return needs a comment; then the officer resubmits and the office accepts.
            #expect(try await office.post(client, review, ["quyet-dinh": "return", "nhan-xet": ""]).status == .unprocessableContent)
            #expect(try await office.post(client, review, ["quyet-dinh": "return", "nhan-xet": "Bổ sung danh mục TTHC đã niêm yết"]).status == .seeOther)
            let inbox = try await officer.get(client, "/quan-tri/thong-bao")
            #expect(inbox.text.contains("bị trả lại"))
            var again = fields
            again["keep-file-\(written.report.content.evidence.first.map { if case .file(let file) = $0 { file.id } else { "" } } ?? "")"] = "1"
            // Links to records in the product: a line it cannot read is refused and changes nothing.
            var unreadable = again
            unreadable["ban-ghi"] = "hồ sơ hôm qua"
            #expect(try await officer.multipart(client, PlanFixture.reportPath(id, own), fields: unreadable, files: []).status == .unprocessableContent)
            again["ban-ghi"] = "1.001193\n000.08.25.H41-240301-0001"
            #expect(try await officer.multipart(client, PlanFixture.reportPath(id, own), fields: again, files: []).status == .seeOther)
            #expect(try await office.post(client, review, ["quyet-dinh": "accept", "nhan-xet": ""]).status == .seeOther)
            let accepted = try #require(try await ReportStore.find(id, own, on: env.database.db))
            #expect(accepted.report.status == .accepted)
            #expect(accepted.report.history.map(\.action) == [.submit, .returnForRevision, .resubmit, .accept])
            #expect(accepted.report.content.evidence.count == 3, "the file and two records")
            let reportPage = try await office.get(client, PlanFixture.reportPath(id, own))
            #expect(reportPage.text.contains("/thu-tuc/1.001193"))
            #expect(reportPage.text.contains("/tra-cuu-ho-so?ma=000.08.25.H41-240301-0001"))
            let matrix = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)/theo-doi?ngay=2024-04-15")
            #expect(matrix.status == .ok)
            #expect(matrix.text.contains("cell-accepted"))
            #expect(try await officer.get(client, "/quan-tri/ke-hoach/\(id.uuidString)/theo-doi").status == .forbidden)
        }
    }

    @Test("A malformed CSV row names its line and creates nothing; a good file creates a draft plan")
    func csvImport() async throws {
        try await withApp { env, f, client in
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            _ = try await office.get(client, "/quan-tri/ke-hoach")
            let header = "Mục,TT,Nội dung công việc,Đơn vị thực hiện,Thời gian thực hiện\n"
            let bad = header + "I. Truyền thông,1,Đăng tin về kiểm soát TTHC,Văn phòng,Quý II/2025\nI,2,Niêm yết TTHC,Phòng Tư pháp,Quý 7/2025\n"
            let refused = try await office.multipart(client, "/quan-tri/ke-hoach/nhap", fields: ["tieu-de": "Kế hoạch thử", "nam": "2025"],
                                                     files: [("tep", "ke-hoach.csv", Data(bad.utf8))])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Dòng 3"))
            #expect(try await PlanStore.list(on: env.database.db).isEmpty)
            let good = header + "I. Truyền thông,1,Đăng tin về kiểm soát TTHC,Văn phòng,Quý II/2025\nI,2,Niêm yết TTHC,Phòng Tư pháp,Thường xuyên\n"
            let created = try await office.multipart(client, "/quan-tri/ke-hoach/nhap", fields: ["tieu-de": "Kế hoạch thử", "nam": "2025"],
                                                     files: [("tep", "ke-hoach.csv", Data(good.utf8))])
            #expect(created.status == .seeOther)
            let plans = try await PlanStore.list(on: env.database.db)
            #expect(plans.count == 1)
            let stored = try #require(try await PlanStore.find(plans[0].id, on: env.database.db))
            #expect(stored.plan.tasks.map(\.number) == ["I.1", "I.2"])
            #expect(stored.plan.status == .draft)
            // Cells naming the product's units are matched to them.
            #expect(stored.plan.task(numbered: "I.2")?.lead == [.unit(UnitID(f.justice.id.uuidString))])
            #expect(stored.plan.task(numbered: "I.1")?.lead == [.unit(UnitID(f.office.id.uuidString))])
        }
    }

    @Test("Urging a unit (đôn đốc) puts the office's message in that unit's inbox only; the API shows a unit its own reports")
    func urgeAndAPI() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let key = PlanFixture.key("II.10", DayRange.quarter(1, of: 2024)!, f.communeB)
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            let page = try await office.get(client, PlanFixture.reportPath(id, key))
            #expect(page.text.contains("urge-form"))
            let urged = try await office.post(client, "/quan-tri/ke-hoach/\(id.uuidString)/don-doc",
                                              ["k": key.text, "ghi-chu": "Đề nghị gửi báo cáo trước ngày 05/4", "ve": "bao-cao"])
            #expect(urged.status == .seeOther)
            var lam = Browser()
            _ = try await lam.signIn(client, "canbo.dienlam")
            #expect(try await lam.get(client, "/quan-tri/thong-bao").text.contains("Đề nghị gửi báo cáo trước ngày 05/4"))
            var hong = Browser()
            _ = try await hong.signIn(client, "canbo.dienhong")
            #expect(!(try await hong.get(client, "/quan-tri/thong-bao").text.contains("Đề nghị gửi báo cáo trước ngày 05/4")))

            let own = PlanFixture.key("II.10", DayRange.quarter(1, of: 2024)!, f.communeA)
            let obligation = try #require(try await ObligationStore.find(id, own, on: env.database.db))
            try await ReportStore.save(id, obligation: obligation, content: ReportContent(workStatus: .inProgress, summary: "Đang niêm yết"),
                                       submit: false, person: UUID(), actor: .system("test"), on: env.database)
            let token = try await apiToken(client, "canbo.dienlam")
            let reports = try await client.execute(uri: "/api/v1/plans/\(id.uuidString)/reports", method: .get,
                                                   headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(reports.status == .ok)
            #expect(reports.text == "[]")
            let obligations = try await client.execute(uri: "/api/v1/plans/\(id.uuidString)/obligations?unit=\(f.communeA.id.uuidString)",
                                                       method: .get, headers: [.authorization: "Bearer \(token)"], body: nil)
            #expect(obligations.text.contains("II.10"))
            #expect(try await client.execute(uri: "/api/v1/plans", method: .get).status == .unauthorized)
        }
    }

    @Test("The signed plan (a PDF) is attached by the office and downloadable from the public page; other files are refused")
    func signedDocument() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            _ = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)")
            let path = "/quan-tri/ke-hoach/\(id.uuidString)/van-ban"
            let refused = try await office.multipart(client, path, fields: [:], files: [("van-ban", "ke-hoach.docx", Data("PK\u{3}\u{4}".utf8))])
            #expect(refused.headers[.location]?.contains("loi-van-ban") == true)
            let attached = try await office.multipart(client, path, fields: [:], files: [("van-ban", "Kế hoạch đã ký.pdf", Data("%PDF-1.7\n".utf8))])
            #expect(attached.headers[.location]?.contains("thong-bao=van-ban") == true)
            let documents = try await FileStore.documents(id, on: env.database.db)
            #expect(documents.map(\.name) == ["Kế hoạch đã ký.pdf"])
            let page = try await client.execute(uri: "/ke-hoach/\(id.uuidString)", method: .get)
            #expect(page.text.contains("Kế hoạch đã ký.pdf"))
            let download = try await client.execute(uri: "/ke-hoach/\(id.uuidString)/van-ban/\(documents[0].id)", method: .get)
            #expect(download.status == .ok)
            #expect(download.headers[.contentType] == "application/pdf")
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo.dienhong")
            #expect(try await officer.multipart(client, path, fields: [:], files: [("van-ban", "x.pdf", Data("%PDF".utf8))]).status == .forbidden)
        }
    }

    @Test("Copy to the next year: a draft with shifted times and no reports")
    func copyToNextYear() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            _ = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)")
            let copied = try await office.post(client, "/quan-tri/ke-hoach/\(id.uuidString)/sao-chep", [:])
            #expect(copied.status == .seeOther)
            let next = try #require(try await PlanStore.list(on: env.database.db).first { $0.year == 2025 })
            let stored = try #require(try await PlanStore.find(next.id, on: env.database.db))
            #expect(stored.plan.status == .draft)
            #expect(stored.plan.task(numbered: "II.5")?.timeText == "Quý II/2025")
            #expect(try await ObligationStore.list(next.id, on: env.database.db).isEmpty)
        }
    }
}
