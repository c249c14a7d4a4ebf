import App
import Catalog
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import Testing
import TextSearch

/// The catalogue in the product: import, search, pages, staff edits (docs/LEGAL-READINGS.md §5.1).
@Suite("Procedure catalogue", .serialized)
struct CatalogPagesTests {
    static let shared = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? repositoryRoot
    static let tthc = "\(shared)/data/tthc"

    static func importAll(_ env: AppEnvironment) async throws -> CatalogImporter.Summary {
        try await CatalogImporter.load(CatalogImporter.parse(CatalogImporter.files([tthc])), sources: [tthc], actor: .system("test"), on: env.database.db)
    }

    @Test("Importing the shared data twice: everything created once, nothing changed the second time")
    func importIsIdempotent() async throws {
        try await withApp { env, _, _ in
            let first = try await Self.importAll(env)
            #expect(first.created == 478)
            #expect(first.rejected.isEmpty)
            let audits = try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "procedure.import").count()
            let second = try await Self.importAll(env)
            #expect(second.created == 0 && second.updated == 0)
            #expect(second.unchanged == first.created + first.unchanged)
            #expect(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "procedure.import").count() == audits)
        }
    }

    @Test("The catalogue the demo loads (data/catalogue.json.gz, our own export, compressed) is exactly the raw sources in data/tthc imported")
    func shippedCatalogueMatchesTheSources() async throws {
        let shipped = "\(Self.shared)/\(DemoData.catalogueFile)"
        let fromExport = try CatalogExport.parseJSON(Gzip.decompress(Data(contentsOf: URL(fileURLWithPath: shipped))))
        try await withApp { env, _, _ in
            _ = try await Self.importAll(env)
            let fromSources = try await ProcedureStore.all(on: env.database.db)
            #expect(fromExport.count == 478)
            #expect(fromExport.sorted { $0.code < $1.code } == fromSources.sorted { $0.code < $1.code },
                    "data/catalogue.json.gz is out of date: make it again as data/README.md says")
        }
        try await withApp { env, _, _ in
            // The compressed export imports as it is, like any export.
            let summary = try await CatalogImporter.load(CatalogImporter.parse(CatalogImporter.files([shipped])), sources: [shipped], actor: .system("test"), on: env.database.db)
            #expect(summary.created == 478 && summary.rejected.isEmpty)
        }
    }

    @Test("A record that cannot be read is named and skipped; the others import")
    func badRecordSkipped() async throws {
        try await withApp { env, _, _ in
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            try FileManager.default.copyItem(atPath: "\(Self.tthc)/dichvucong-bo-tu-phap/1.001193.json", toPath: folder.appendingPathComponent("1.001193.json").path)
            try Data("{\"ma_thu_tuc\": \"1.000001\", \"ten_thu_tuc\": ".utf8).write(to: folder.appendingPathComponent("hong.json"))
            try Data(#"{"ten_thu_tuc": "Thủ tục không có mã"}"#.utf8).write(to: folder.appendingPathComponent("khong-ma.json"))
            let summary = try await CatalogImporter.load(CatalogImporter.parse(CatalogImporter.files([folder.path])), sources: [folder.path], actor: .system("test"), on: env.database.db)
            #expect(summary.created == 1)
            #expect(Set(summary.rejected.map(\.file)) == ["hong.json", "khong-ma.json"])
            #expect(try await ProcedureStore.count(on: env.database.db) == 1)
            let history = try await CatalogImporter.history(on: env.database.db)
            #expect(history.first?.rejected.count == 2)
        }
    }

    /// The first ten cards the catalogue search gives for `query`, unfiltered.
    static func top(_ query: String, _ env: AppEnvironment) async throws -> [ProcedureCard] {
        try await env.catalog.search.search(query, filters: CatalogFilters(), offset: 0, limit: 10, on: env.database.db).cards.map(\.card)
    }

    @Test("Search without diacritics: \"dang ky khai sinh\" finds 1.001193 first; khai tu, ket hon, chung thuc ban sao; tone-mark variants")
    func search() async throws {
        try await withApp { env, _, _ in
            _ = try await Self.importAll(env)
            func top(_ q: String) async throws -> [ProcedureCard] { try await Self.top(q, env) }
            #expect(try await top("dang ky khai sinh").first?.code == "1.001193")
            #expect(try await top("dang ky khai sin").first?.code == "1.001193")
            #expect(try await top("DĂNG KÝ KHAI SINH").first?.code == "1.001193")
            #expect(try await top("khai tu").first.map { Folding.fold($0.name).contains("khai tu") } == true)
            #expect(try await top("ket hon").first.map { Folding.fold($0.name).contains("ket hon") } == true)
            #expect(try await top("chung thuc ban sao").first.map { Folding.fold($0.name).contains("chung thuc ban sao") } == true)
            #expect(try await top("hoà giải").map(\.code) == (try await top("hòa giải").map(\.code)))
            #expect(try await top("1.001193").first?.code == "1.001193")
        }
    }

    @Test("Everyday words and questions find the procedure (issue 19): fillers, synonyms, actions; special cases below the plain one")
    func everydayWords() async throws {
        try await withApp { env, _, client in
            _ = try await Self.importAll(env)
            func top(_ q: String) async throws -> [ProcedureCard] { try await Self.top(q, env) }
            #expect(try await top("toi muon dang ky ket hon thi lam the nao").first?.code == "1.000894")
            #expect(try await top("lam giay khai sinh cho con").first?.code == "1.001193")
            #expect(try await top("Giấy khai sinh cần những giấy tờ gì?").first?.code == "1.001193")
            #expect(try await top("giay doc than").first?.code == "1.004873")
            #expect(try await top("xin xác nhận độc thân").first?.code == "1.004873")
            #expect(try await top("bao tu").first?.code == "1.000656")
            // Without the words, the special cases rank below the plain procedure; with them, first.
            let marriage = try await top("dang ky ket hon").prefix(2).map { Folding.fold($0.name) }
            #expect(marriage.allSatisfy { !$0.contains("nuoc ngoai") && !$0.contains("luu dong") }, "\(marriage)")
            #expect(try await top("ket hon co yeu to nuoc ngoai").first.map { Folding.fold($0.name).contains("co yeu to nuoc ngoai") } == true)
            // The API and the pages read the query the same way.
            let api = try await client.execute(uri: "/api/v1/procedures?q=giay+doc+than&per_page=1", method: .get)
            #expect(api.text.contains(#""code":"1.004873""#))
            let page = try await client.execute(uri: "/thu-tuc?q=giay+doc+than", method: .get)
            #expect(page.text.contains("1.004873"))
            #expect(!page.text.contains("did-you-mean"))
            // A misspelt word: the closest word of the catalogue is offered as a link.
            let typo = try await client.execute(uri: "/thu-tuc?q=xac+nhan+tinh+trag+hon+nhan", method: .get)
            #expect(typo.text.contains(#"id="did-you-mean""#))
            #expect(typo.text.contains("Có phải bạn muốn tìm:"))
            #expect(typo.text.contains("q=xac%20nhan%20tinh%20trang%20hon%20nhan"))
        }
    }

    @Test("Detail page: every component, feedback address, GovernmentService JSON-LD; print sheet; API")
    func detailAndAPI() async throws {
        try await withApp { env, fx, client in
            _ = try await Self.importAll(env)
            let page = try await client.execute(uri: "/thu-tuc/1.001193", method: .get)
            #expect(page.status == .ok)
            for piece in ["Thủ tục đăng ký khai sinh", "Thành phần hồ sơ", "Căn cứ pháp lý", "Trình tự thực hiện", #""@type":"GovernmentService""#, "Phản ánh, kiến nghị"] {
                #expect(page.text.contains(piece), "\(piece)")
            }
            #expect(try await client.execute(uri: "/thu-tuc/1.001193/in", method: .get).status == .ok)
            #expect(try await client.execute(uri: "/thu-tuc/9.999999", method: .get).status == .notFound)
            let api = try await client.execute(uri: "/api/v1/procedures?q=ket+hon&per_page=5", method: .get)
            #expect(api.status == .ok)
            #expect(api.text.contains(#""total":"#))
            let one = try await client.execute(uri: "/api/v1/procedures/1.001193", method: .get)
            #expect(one.text.contains(#""code":"1.001193""#))
            #expect(try await client.execute(uri: "/api/v1/procedures/nope", method: .get).status == .notFound)
        }
    }

    @Test("Staff edit: audited, abolished procedures leave the public search, the index follows at once; units posted")
    func staffEdit() async throws {
        try await withApp { env, fx, client in
            _ = try await Self.importAll(env)
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            let form = try await browser.get(client, "/quan-tri/thu-tuc/1.001193")
            #expect(form.status == .ok)
            let saved = try await browser.post(client, "/quan-tri/thu-tuc/1.001193", [
                "name": "Thủ tục đăng ký khai sinh (thử nghiệm đổi tên)", "field": "Hộ tịch", "levels": "Cấp xã",
                "online_level": "partial", "status": "in_force",
            ])
            #expect(saved.status == .seeOther)
            let found = try await env.catalog.search.search("thu nghiem doi ten", filters: CatalogFilters(), offset: 0, limit: 5, on: env.database.db)
            #expect(found.cards.first?.card.code == "1.001193")
            #expect(try await AuditEntryModel.query(on: env.database.db).filter(\.$action == "procedure.update").count() == 1)

            let abolished = try await browser.post(client, "/quan-tri/thu-tuc/1.001193", [
                "name": "Thủ tục đăng ký khai sinh", "field": "Hộ tịch", "levels": "Cấp xã", "online_level": "partial",
                "status": "abolished", "abolished_on": "01/07/2025", "replaced_by": "1.003583", "unit": fx.district.id.uuidString,
            ])
            #expect(abolished.status == .seeOther)
            let publicSearch = try await client.execute(uri: "/thu-tuc?q=dang+ky+khai+sinh", method: .get)
            #expect(!publicSearch.text.contains("/thu-tuc/1.001193\""))
            // The posting list of the unit is what the office prints (abolished ones are left out).
            _ = try await browser.post(client, "/quan-tri/thu-tuc/1.003583", [
                "name": "Thủ tục đăng ký khai sinh lưu động", "online_level": "none", "status": "in_force", "unit": fx.district.id.uuidString,
                "days-\(fx.district.id.uuidString)": "3",
            ])
            let posting = try await client.execute(uri: "/don-vi/\(fx.district.id)/thu-tuc", method: .get)
            #expect(posting.text.contains("1.003583"))
            #expect(!posting.text.contains("1.001193"))
            #expect(try await ProcedureStore.units(of: "1.003583", on: env.database.db).first?.1 == 3)
        }
    }

    @Test("Edits are checked: unknown replacement code, bad date; officers may not edit")
    func staffValidation() async throws {
        try await withApp { env, _, client in
            _ = try await Self.importAll(env)
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            let bad = try await browser.post(client, "/quan-tri/thu-tuc/1.001193", [
                "name": "Tên mới", "online_level": "none", "status": "abolished", "abolished_on": "31/02/2025", "replaced_by": "9.999999",
            ])
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("9.999999"))
            #expect(bad.text.contains(#"value="Tên mới""#) || bad.text.contains(">Tên mới<"))
            #expect(try await ProcedureStore.require("1.001193", on: env.database.db).name == "Thủ tục đăng ký khai sinh")
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            #expect(try await officer.get(client, "/quan-tri/thu-tuc/1.001193").status == .forbidden)
        }
    }

    @Test("Forms: staff upload a real Word file, anyone downloads it; wrong type and oversize are refused and nothing is saved")
    func formUploads() async throws {
        try await withApp { env, _, client in
            _ = try await Self.importAll(env)
            var browser = Browser()
            _ = try await browser.signIn(client, "admin")
            // 1.013124 (bo-quoc-phong-structured) lists its form templates by name.
            let procedure = try await ProcedureStore.require("1.013124", on: env.database.db)
            let template = try #require(procedure.documents.flatMap(\.templates).first)
            let docx = Data([0x50, 0x4B, 0x03, 0x04]) + Data(repeating: 0x41, count: 2000)
            let ok = try await browser.upload(client, "/quan-tri/thu-tuc/1.013124/mau", fields: ["template": template], file: ("Tờ khai khai sinh.docx", docx))
            #expect(ok.status == .seeOther)
            #expect(ok.headers[.location]?.contains("da-tai-len") == true)
            let forms = try await ProcedureForms.list("1.013124", on: env.database.db)
            #expect(forms.count == 1 && forms[0].templateName == template)
            let download = try await client.execute(uri: "/thu-tuc/1.013124/mau/\(forms[0].id)", method: .get)
            #expect(download.status == .ok)
            #expect(Data(buffer: download.body) == docx)
            #expect(download.headers[.contentDisposition]?.contains("attachment") == true)
            let page = try await client.execute(uri: "/thu-tuc/1.013124", method: .get)
            #expect(page.text.contains("/thu-tuc/1.013124/mau/\(forms[0].id)"))

            let script = try await browser.upload(client, "/quan-tri/thu-tuc/1.013124/mau", fields: [:], file: ("to-khai.docx", Data("<script>alert(1)</script>".utf8)))
            #expect(script.headers[.location]?.contains("loi-tep=forbiddenType") == true)
            let exe = try await browser.upload(client, "/quan-tri/thu-tuc/1.013124/mau", fields: [:], file: ("virus.exe", Data([0x4D, 0x5A, 0x90])))
            #expect(exe.headers[.location]?.contains("loi-tep=forbiddenType") == true)
            let big = Data([0x25, 0x50, 0x44, 0x46]) + Data(repeating: 0, count: UploadPolicy.maxBytes)
            let tooLarge = try await browser.upload(client, "/quan-tri/thu-tuc/1.013124/mau", fields: [:], file: ("lon.pdf", big))
            #expect(tooLarge.headers[.location]?.contains("loi-tep=tooLarge") == true)
            #expect(try await ProcedureForms.list("1.013124", on: env.database.db).count == 1)
            let withoutToken = try await client.execute(uri: "/quan-tri/thu-tuc/1.013124/mau", method: .post,
                headers: [.cookie: browser.cookieHeader, .contentType: "multipart/form-data; boundary=x"], body: ByteBuffer(string: "--x--"))
            #expect(withoutToken.status == .badRequest)
        }
    }
}
