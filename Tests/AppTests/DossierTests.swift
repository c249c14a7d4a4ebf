import App
import Catalog
import DossierRules
import Dossiers
import FluentKit
import Formats
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import SQLKit
import Testing
import WorkCalendar

/// One-stop dossiers in the product (Decree 61/2018/NĐ-CP, Circular 01/2018/TT-VPCP; docs/LEGAL-READINGS.md §3).
@Suite("One-stop dossiers", .serialized)
struct DossierTests {
    static let shared = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? repositoryRoot

    /// A desk with an agency code under the district, an officer there, and one real procedure
    /// (1.001193, from the shared data) received at that desk.
    static func desk(_ env: AppEnvironment, _ f: Fixture) async throws -> (desk: UnitRecord, procedure: Procedure) {
        let db = env.database.db
        let actor = AuditActor.system("test")
        let desk = try await UnitStore.create(UnitDraft(name: "Bộ phận Một cửa huyện", kind: .oneStopDesk, parentID: f.district.id, agencyCode: "000.08.25.H41"), actor: actor, on: db)
        try await PersonStore.create(PersonDraft(username: "motcua", fullName: "Người một cửa", unitID: desk.id, roles: [.oneStopOfficer]),
                                     password: Fixture.password, mustChangePassword: false, cost: 4, actor: actor, on: db)
        let file = "\(shared)/data/tthc/dichvucong-bo-tu-phap/1.001193.json"
        _ = try await CatalogImporter.load(CatalogImporter.parse(CatalogImporter.files([file])), sources: [file], actor: actor, on: db)
        try await ProcedureStore.assign("1.001193", units: [desk.id: Int?.none], actor: actor, on: db)
        return (desk, try await ProcedureStore.require("1.001193", on: db))
    }

    static func draft(_ desk: UnitRecord, _ competent: UnitRecord, _ procedure: Procedure, at: LocalDateTime, phone: String = "0912345678",
                      outcome: ReceptionOutcome = .accept) -> ReceptionDraft {
        ReceptionDraft(
            procedureCode: procedure.code, procedureName: procedure.name, field: procedure.field ?? "—", period: .workingDays(5), workflow: .standard,
            receivingUnitID: desk.id, receivingAgency: AgencyCode("000.08.25.H41")!, competentUnitID: competent.id, channel: .inPerson,
            applicant: ApplicantRecord(fullName: "Nguyễn Thị Minh Khai", citizenID: "040195001234", phone: phone, address: "Xóm 5, xã Diễn Hồng"),
            documents: [], feeVND: nil, outcome: outcome, at: at)
    }

    @Test("Reception at the desk: code <agency>-YYMMDD-XXXX, receipt Mẫu 01 with the appointment (Circular 01/2018 Art. 19; Decree 61/2018 Art. 17.1.c)")
    func receiveThroughTheForm() async throws {
        try await withApp { env, f, client in
            let (_, procedure) = try await Self.desk(env, f)
            var browser = Browser()
            _ = try await browser.signIn(client, "motcua")
            let form = try await browser.get(client, "/quan-tri/ho-so/tiep-nhan?thu-tuc=1.001193")
            #expect(form.status == .ok)
            #expect(form.text.contains(procedure.name))
            var fields = ["thu-tuc": "1.001193", "loai": "individual", "ho-ten": "Trần Văn Bình", "cccd": "040095001234", "dien-thoai": "0912 345 678",
                          "dia-chi": "Xóm 2, xã Diễn Lâm", "kenh": "inPerson", "thoi-han": "5", "don-vi-thoi-han": "workingDays", "ket-qua": "accept",
                          "co-quan": f.justice.id.uuidString, "noi-tiep-nhan": "", "le-phi": ""]
            let deskID = try await UnitModel.query(on: env.database.db).filter(\.$kind == UnitKind.oneStopDesk.rawValue).first()!.id!
            fields["noi-tiep-nhan"] = deskID.uuidString
            for index in procedure.documents.indices {
                fields["ban-chinh-\(index)"] = String(procedure.documents[index].originals ?? 1)
                fields["ban-sao-\(index)"] = String(procedure.documents[index].copies ?? 0)
            }
            // Bad input first: a broken phone keeps what was typed and writes nothing.
            var bad = fields
            bad["dien-thoai"] = "12345"
            let refused = try await browser.post(client, "/quan-tri/ho-so/tiep-nhan", bad)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Trần Văn Bình"))
            #expect(refused.text.contains("Số điện thoại không đúng"))
            let sql = env.database.sql
            #expect(try await sql.raw("SELECT COUNT(*) AS n FROM dossiers").first()?.decode(column: "n", as: Int.self) == 0)

            let created = try await browser.post(client, "/quan-tri/ho-so/tiep-nhan", fields)
            #expect(created.status == .seeOther)
            let location = created.headers[.location] ?? ""
            let detail = try await browser.get(client, location)
            #expect(detail.status == .ok)
            let row = try await sql.raw("SELECT code, register_number, status FROM dossiers").first()
            let code = try row?.decode(column: "code", as: String.self) ?? ""
            let today = env.clock.localNow.date
            let yymmdd = String(today.iso.replacingOccurrences(of: "-", with: "").dropFirst(2))
            #expect(code == "000.08.25.H41-\(yymmdd)-0001")
            #expect(try row?.decode(column: "register_number", as: Int.self) == 1)
            #expect(try row?.decode(column: "status", as: Int.self) == 2)
            #expect(detail.text.contains(code))
            try await Settings.set(Settings.siteUnitKey, f.district.id.uuidString, actor: .system("test"), on: env.database.db)
            let receipt = try await browser.get(client, location.replacingOccurrences(of: "?thong-bao=da-tiep-nhan", with: "") + "/mau/1")
            #expect(receipt.status == .ok)
            #expect(receipt.text.contains("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"))
            #expect(receipt.text.contains("Diễn Châu, ngày \(today.day) tháng \(today.month) năm \(today.year)"),
                    "the place is the site's own (Decree 30/2020), not a literal province")
            #expect(receipt.text.contains("Trần Văn Bình"))
            #expect(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "dossier.receive").count() == 1)
        }
    }

    @Test("50 concurrent receptions get the numbers 0001–0050 of the day, no gap, no duplicate (Circular 01/2018 Art. 19.1)")
    func concurrentSequence() async throws {
        try await withApp { env, f, _ in
            let (desk, procedure) = try await Self.desk(env, f)
            let calendar = try HolidayCalendar.bundled()
            let at = LocalDateTime(iso: "2025-03-04T09:00")!
            let codes = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<50 {
                    group.addTask {
                        try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: at), actor: .system("test"), calendar: calendar, on: env.database).code.text
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(Set(codes).count == 50)
            #expect(Set(codes) == Set((1...50).map { String(format: "000.08.25.H41-250304-%04d", $0) }))
            let registers = try await env.database.sql.raw("SELECT register_number FROM dossiers ORDER BY register_number").all()
                .map { try $0.decode(column: "register_number", as: Int.self) }
            #expect(registers == Array(1...50), "the register (Mẫu 06) is numbered continuously")
        }
    }

    @Test("Invalid transitions are refused with a message and change nothing (Decree 61/2018 Art. 17–20)")
    func invalidTransition() async throws {
        try await withApp { env, f, client in
            let (desk, procedure) = try await Self.desk(env, f)
            let calendar = try HolidayCalendar.bundled()
            let created = try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: env.clock.localNow), actor: .system("test"), calendar: calendar, on: env.database)
            var browser = Browser()
            _ = try await browser.signIn(client, "motcua")
            let refused = try await browser.post(client, "/quan-tri/ho-so/\(created.id.uuidString)/returnResult", ["returnResult-nguoi-nhan": "Trần Văn Bình"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Không thể trả kết quả"))
            #expect(try await DossierStore.require(id: created.id, on: env.database.db).status == .accepted)
            // Valid steps: send to the competent unit, complete, return.
            let sent = try await browser.post(client, "/quan-tri/ho-so/\(created.id.uuidString)/startProcessing", ["startProcessing-don-vi": f.justice.id.uuidString])
            #expect(sent.status == .seeOther)
            let record = try await DossierStore.require(id: created.id, on: env.database.db)
            #expect(record.status == .processing)
            #expect(record.holderUnitID == f.justice.id)
            #expect(try await DossierStore.handovers(of: created.id, on: env.database.db).count == 1)
        }
    }

    @Test("Another instance's lookup cache learns of a write through the change notes; old notes are pruned")
    func lookupCacheFollowsOtherInstances() async throws {
        try await withApp { env, f, client in
            let (desk, procedure) = try await Self.desk(env, f)
            let calendar = try HolidayCalendar.bundled()
            let other = LookupCache() // the cache of a second app instance on the same database
            #expect(try await other.refresh(on: env.database.sql) == 0) // notes where the table ends
            let created = try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: env.clock.localNow), actor: .system("test"), calendar: calendar, on: env.database)
            #expect(try await other.snapshot(code: created.code.text, on: env.database.db)?.lifecycle.status == .accepted)
            try await DossierStore.apply(.startProcessing(toUnit: f.justice.id, toPerson: "", note: nil), to: created.id, actor: .system("test"),
                                         actorUnit: desk.id, calendar: calendar, at: env.clock.localNow, on: env.database)
            // Until it reads the notes the other instance still has the old stage (for at most a minute).
            #expect(try await other.snapshot(code: created.code.text, on: env.database.db)?.lifecycle.status == .accepted)
            #expect(try await other.refresh(on: env.database.sql) >= 1)
            #expect(try await other.snapshot(code: created.code.text, on: env.database.db)?.lifecycle.status == .processing)
            #expect(try await other.refresh(on: env.database.sql) == 0)
            // Notes older than the retention go; newer ones stay.
            let count = { try await env.database.sql.raw("SELECT COUNT(*) AS n FROM dossier_changes").first()?.decode(column: "n", as: Int.self) ?? -1 }
            let before = try await count()
            #expect(before >= 2)
            try await LookupCache.pruneChanges(on: env.database.sql, now: env.clock.now)
            #expect(try await count() == before)
            try await LookupCache.pruneChanges(on: env.database.sql, now: env.clock.now.addingTimeInterval(LookupCache.changeRetention + 120))
            #expect(try await count() == 0)
        }
    }

    @Test("A cache entry stored after the reader took the time is fresh, not a crash; entries expire after a minute")
    func lookupCacheFreshness() {
        let ttl = LookupCache.timeToLive
        // Another request stored the code between this one's clock read and its lock: the entry
        // is newer than `now`. The benchmark's server trapped on the subtraction here.
        #expect(LookupCache.isFresh(loadedAt: 5_000, now: 4_000))
        #expect(LookupCache.isFresh(loadedAt: 1_000, now: 1_000 + ttl - 1))
        #expect(!LookupCache.isFresh(loadedAt: 1_000, now: 1_000 + ttl))
    }

    @Test("The answer to a code alone is kept for its minute and language only, and forgotten with its snapshot")
    func keptAnswer() async throws {
        let clock = SetClock(TestDatabase.start.foundationDate)
        try await withApp(clock: clock.clock) { env, f, client in
            let (desk, procedure) = try await Self.desk(env, f)
            let created = try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: env.clock.localNow), actor: .system("test"),
                                                         calendar: try HolidayCalendar.bundled(), on: env.database)
            let code = created.code.text
            let uri = "/api/v1/dossiers/lookup?code=\(code)"
            let first = try await client.execute(uri: uri, method: .get)
            #expect(first.status == .ok)
            let minute = LocalDateTime(clock.now)
            let cache = env.dossiers.lookup
            // The request that loaded the snapshot does not keep its answer (a snapshot loaded
            // after a request began may be newer than its answer); the next one does.
            #expect(cache.answer(code, language: .vi, at: minute) == nil)
            #expect(try await client.execute(uri: uri, method: .get).text == first.text)
            #expect(cache.answer(code, language: .vi, at: minute).map { String(buffer: $0) } == first.text)
            #expect(cache.answer(code, language: .en, at: minute) == nil, "another language is another answer")
            let next = LocalDateTime(clock.now.addingTimeInterval(60))
            #expect(cache.answer(code, language: .vi, at: next) == nil, "a deadline may pass at the next minute")
            #expect(try await client.execute(uri: uri, method: .get).text == first.text)
            cache.keep(answer: ByteBuffer(string: "older"), for: code, language: .en, at: minute, asked: 0)
            #expect(cache.answer(code, language: .en, at: minute) == nil, "an answer begun before its snapshot was loaded is not kept")
            // Within the same minute, the stage still follows a write at once (the write evicts).
            cache.evict(code)
            #expect(cache.answer(code, language: .vi, at: minute) == nil)
            let english = try await client.execute(uri: uri, method: .get, headers: [.acceptLanguage: "en"])
            #expect(english.text != first.text && english.text.contains("\"code\":\"\(code)\""))
            // Asked with the phone digits, the answer is never the kept one.
            let verified = try await client.execute(uri: uri + "&last4=5678", method: .get)
            #expect(verified.text.contains("\"timeline\""))
        }
    }

    @Test("A commune officer cannot open another unit's dossier (403), the desk can")
    func scope() async throws {
        try await withApp { env, f, client in
            let (desk, procedure) = try await Self.desk(env, f)
            let created = try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: env.clock.localNow), actor: .system("test"),
                                                         calendar: try HolidayCalendar.bundled(), on: env.database)
            var other = Browser()
            _ = try await other.signIn(client, "canbo.dienhong")
            #expect(try await other.get(client, "/quan-tri/ho-so/\(created.id.uuidString)").status == .forbidden)
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            #expect(try await officer.get(client, "/quan-tri/ho-so/\(created.id.uuidString)").status == .ok, "the competent unit's officer")
        }
    }

    @Test("The public lookup never shows the applicant's name, ID, phone or address (Circular 01/2018 Art. 16.2.d; Law 91/2025)")
    func lookupPrivacy() async throws {
        try await withApp { env, _, client in
            _ = try await DemoData.load(env)
            let sql = env.database.sql
            let rows = try await sql.raw("SELECT code, applicant FROM dossiers").all()
            #expect(rows.count >= 300)
            for row in rows.prefix(120) {
                let code = try row.decode(column: "code", as: String.self)
                let applicant = try JSONDecoder().decode(ApplicantRecord.self, from: Data(try row.decode(column: "applicant", as: String.self).utf8))
                let last4 = String(applicant.phone.suffix(4))
                for uri in ["/api/v1/dossiers/lookup?code=\(code)", "/api/v1/dossiers/lookup?code=\(code)&last4=\(last4)",
                            "/tra-cuu-ho-so?ma=\(code)&so=\(last4)"] {
                    let response = try await client.execute(uri: uri, method: .get)
                    #expect(response.status == .ok)
                    let body = response.text
                    for secret in [applicant.fullName, applicant.citizenID, applicant.phone, applicant.address] {
                        #expect(!body.contains(secret), "\(uri) shows \(secret)")
                    }
                }
                let verified = try await client.execute(uri: "/api/v1/dossiers/lookup?code=\(code)&last4=\(last4)", method: .get)
                #expect(verified.text.contains("\"verified\":true"))
                #expect(verified.text.contains("\"timeline\""))
                // Typed in lower case with spaces around it, the code still finds the dossier (parsed on a cache miss).
                let typed = try await client.execute(uri: "/api/v1/dossiers/lookup?code=%20\(code.lowercased())%20", method: .get)
                #expect(typed.status == .ok)
                #expect(typed.text.contains("\"code\":\"\(code)\""))
                let plain = try await client.execute(uri: "/api/v1/dossiers/lookup?code=\(code)", method: .get)
                #expect(!plain.text.contains("\"timeline\""), "the code alone shows only the stage")
            }
        }
    }

    @Test("Guessing codes is throttled: after 30 misses from one address every lookup gets 429")
    func enumerationThrottled() async throws {
        try await withApp { _, _, client in
            var statuses: [HTTPResponse.Status] = []
            for n in 1...31 {
                statuses.append(try await client.execute(uri: "/api/v1/dossiers/lookup?code=000.08.25.H41-250101-\(String(format: "%04d", n))", method: .get).status)
            }
            #expect(statuses.prefix(29).allSatisfy { $0 == .notFound })
            #expect(statuses.last == .tooManyRequests)
        }
    }

    @Test("Form II.06a from the database equals the rules' own count, with its identities, on generated dossiers")
    func reportMatchesRules() async throws {
        try await withApp { env, _, _ in
            _ = try await DemoData.load(env)
            try await DemoDossiers.generate(count: 500, seed: 7, until: LocalDate(iso: "2026-06-30")!, history: false, env: env)
            let sql = env.database.sql
            let snapshots = try await sql.raw("SELECT code, procedure_code, field, competent_unit_id, channel, lifecycle, applicant FROM dossiers").all().map { row in
                DossierSnapshot(code: try DossierCode.parse(try row.decode(column: "code", as: String.self)),
                                procedureCode: try row.decode(column: "procedure_code", as: String.self), field: try row.decode(column: "field", as: String.self),
                                competentUnit: try row.decode(column: "competent_unit_id", as: String.self),
                                channel: SubmissionChannel(rawValue: try row.decode(column: "channel", as: String.self))!,
                                lifecycle: try JSONDecoder().decode(DossierCase.self, from: Data(try row.decode(column: "lifecycle", as: String.self).utf8)),
                                applicant: try JSONDecoder().decode(ApplicantRecord.self, from: Data(try row.decode(column: "applicant", as: String.self).utf8)))
            }
            for (from, to) in [("2024-01-01", "2024-12-31"), ("2025-07-01", "2025-09-30"), ("2025-07-01", "2025-12-31"), ("2024-06-15", "2026-06-14")] {
                let f = LocalDate(iso: from)!, t = LocalDate(iso: to)!
                let database = try await DossierReports.report0206a(from: f, to: t, on: env.database.db)
                let scanned = try await DossierReports.scanning(from: f, to: t, on: env.database.db)
                let rules = try Report0206a.compute(snapshots, from: f, to: t)
                #expect(database.total.values == rules.total.values, "\(from)–\(to)")
                #expect(database.rows.map(\.values) == rules.rows.map(\.values))
                #expect(scanned.rows.map(\.values) == rules.rows.map(\.values), "the scan agrees too")
                #expect(database.identitiesHold)
                #expect(database.total.received.total > 0)
                let byUnit = try await DossierReports.report0206a(from: f, to: t, groupedBy: .competentUnit, on: env.database.db)
                #expect(byUnit.rows.map(\.values) == (try Report0206a.compute(snapshots, from: f, to: t, groupedBy: .competentUnit)).rows.map(\.values))
            }
        }
    }

    @Test("The running totals follow every action: supplement restart, late completion, withdrawal, apology (Decree 61/2018 Art. 19)")
    func totalsFollowActions() async throws {
        try await withApp { env, f, _ in
            let (desk, procedure) = try await Self.desk(env, f)
            let calendar = try HolidayCalendar.bundled()
            let handle = env.database
            func receive(_ at: String) async throws -> UUID {
                try await DossierStore.receive(Self.draft(desk, f.justice, procedure, at: LocalDateTime(iso: at)!), actor: .system("test"), calendar: calendar, on: handle).id
            }
            func act(_ id: UUID, _ action: DossierAction, _ at: String) async throws {
                try await DossierStore.apply(action, to: id, actor: .system("test"), actorUnit: desk.id, calendar: calendar, at: LocalDateTime(iso: at)!, on: handle)
            }
            let a = try await receive("2025-01-13T08:00")
            try await act(a, .startProcessing(toUnit: f.justice.id, toPerson: "", note: nil), "2025-01-13T09:00")
            try await act(a, .requestSupplement(reason: "Thiếu bản sao", applicantAtFault: nil), "2025-01-14T09:00")
            try await act(a, .supplementReceived, "2025-01-23T09:00")
            try await act(a, .complete(note: nil), "2025-02-12T10:00")
            let b = try await receive("2025-03-03T08:00")
            try await act(b, .startProcessing(toUnit: f.justice.id, toPerson: "", note: nil), "2025-03-03T09:00")
            try await act(b, .apologise(reason: "Cần xác minh", newDue: LocalDateTime(iso: "2025-03-14T17:00")!), "2025-03-07T09:00")
            try await act(b, .withdraw(note: nil), "2025-03-20T09:00")
            let c = try await receive("2025-03-28T16:00")
            try await act(c, .startProcessing(toUnit: f.justice.id, toPerson: "", note: nil), "2025-03-31T08:00")
            let sql = env.database.sql
            var snapshots: [DossierSnapshot] = []
            for row in try await sql.raw("SELECT id FROM dossiers").all() {
                snapshots.append(try await DossierStore.require(id: try rowID(row), on: env.database.db).snapshot)
            }
            for (from, to) in [("2025-01-01", "2025-01-31"), ("2025-02-01", "2025-02-28"), ("2025-03-01", "2025-03-31"), ("2025-04-01", "2025-06-30"), ("2025-01-20", "2025-03-10")] {
                let fromDay = LocalDate(iso: from)!, toDay = LocalDate(iso: to)!
                let totals = try await DossierReports.report0206a(from: fromDay, to: toDay, on: env.database.db)
                let rules = try Report0206a.compute(snapshots, from: fromDay, to: toDay)
                #expect(totals.total.values == rules.total.values, "\(from)–\(to)")
            }
        }
    }

    @Test("A procedure's internal workflow sets the step deadlines of the control slip (Mẫu 05) and its cut-off moves reception (Decree 61/2018 Art. 18.2)")
    func workflowStepDeadlines() async throws {
        try await withApp { env, f, client in
            let (desk, procedure) = try await Self.desk(env, f)
            var coordinator = Browser()
            _ = try await coordinator.signIn(client, "dieuphoi")
            let page = try await coordinator.get(client, "/quan-tri/thu-tuc/1.001193")
            #expect(page.text.contains("href=\"/quan-tri/thu-tuc/1.001193/quy-trinh\""), "the dossiers feature's link on the catalogue's page")
            let saved = try await coordinator.post(client, "/quan-tri/thu-tuc/1.001193/quy-trinh", [
                "gio-chot": "16:30", "buoc-0": "Thẩm định", "don-vi-0": f.justice.id.uuidString, "gio-0": "8",
                "buoc-1": "Trình ký", "don-vi-1": f.office.id.uuidString, "gio-1": "4"])
            #expect(saved.status == .seeOther)
            let bad = try await coordinator.post(client, "/quan-tri/thu-tuc/1.001193/quy-trinh", ["gio-chot": "23:70", "buoc-0": "Thẩm định", "gio-0": "0"])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("Giờ chốt phải trong giờ hành chính"))
            let workflow = try await WorkflowStore.find("1.001193", on: env.database.sql)
            #expect(workflow.steps.map(\.hours) == [8, 4], "the refused form changed nothing")
            #expect(workflow.cutoffMinutes == 16 * 60 + 30)
            let calendar = try HolidayCalendar.bundled()
            var draft = Self.draft(desk, f.justice, procedure, at: LocalDateTime(iso: "2025-03-03T16:10")!)
            draft.workflow = workflow
            let created = try await DossierStore.receive(draft, actor: .system("test"), calendar: calendar, on: env.database)
            let record = try await DossierStore.require(id: created.id, on: env.database.db)
            // 16:10 is before this procedure's 16:30 cut-off: Monday 03/03 is day 0; 5 working days → Monday 10/03.
            #expect(record.lifecycle.legalDue == LocalDateTime(iso: "2025-03-10T17:00"))
            try await DossierStore.apply(.startProcessing(toUnit: f.justice.id, toPerson: "", note: nil), to: created.id, actor: .system("test"),
                                         actorUnit: desk.id, calendar: calendar, at: LocalDateTime(iso: "2025-03-04T08:00")!, on: env.database)
            try await DossierStore.apply(.handover(toUnit: f.office.id, toPerson: "", note: nil), to: created.id, actor: .system("test"),
                                         actorUnit: f.justice.id, calendar: calendar, at: LocalDateTime(iso: "2025-03-05T10:00")!, on: env.database)
            let rows = try await DossierStore.handovers(of: created.id, on: env.database.db)
            #expect(rows.count == 2)
            // Each step's deadline is its working hours from the handover (never past the legal due moment).
            let first = calendar.due(DeadlineRequest(receivedAt: LocalDateTime(iso: "2025-03-04T08:00")!, period: .hours(8), cutoffMinutes: nil)).due
            let second = calendar.due(DeadlineRequest(receivedAt: LocalDateTime(iso: "2025-03-05T10:00")!, period: .hours(4), cutoffMinutes: nil)).due
            #expect(rows[0].stepDue == min(first, record.lifecycle.legalDue!))
            #expect(rows[0].completedAt == LocalDateTime(iso: "2025-03-05T10:00"))
            #expect(rows[0].result == StepResult.of(completedAt: LocalDateTime(iso: "2025-03-05T10:00")!, due: rows[0].stepDue))
            #expect(rows[1].stepDue == min(second, record.lifecycle.legalDue!))
            #expect(rows[1].completedAt == nil)
        }
    }
}

/// The id column of a row.
func rowID(_ row: any SQLRow) throws -> UUID {
    guard let id = UUID(uuidString: try row.decode(column: "id", as: String.self)) else { throw CancellationError() }
    return id
}
