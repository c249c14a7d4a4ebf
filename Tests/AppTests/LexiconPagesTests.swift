import Catalog
import FluentKit
import Foundation
import Hummingbird
import HummingbirdTesting
import Platform
import Testing
import TextSearch
@testable import App

@Suite("The search lexicon page (issue 19)")
struct LexiconPagesTests {
    @Test("An editor adds a word: audited, the shipped set copied once, the search uses it at once; a bad entry is refused with the typed values kept")
    func addAndSearch() async throws {
        try await withApp { env, _, client in
            _ = try await CatalogPagesTests.importAll(env)
            let db = env.database.db
            #expect(try await CatalogPagesTests.top("giay ngoi sao", env).first?.code != "1.004873")
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            let page = try await browser.get(client, "/quan-tri/tu-dien-tra-cuu")
            #expect(page.status == .ok)
            #expect(page.text.contains("Đang dùng bộ mặc định"))
            #expect(page.text.contains("sổ đỏ"))
            let shipped = CatalogLexicon.shipped.entries.count

            let refused = try await browser.post(client, "/quan-tri/tu-dien-tra-cuu/them", [
                "kind": "synonym", "phrase": "giấy ngôi sao", "means": "", "weight": "2",
            ])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("cần có nghĩa"))
            #expect(refused.text.contains(#"value="giấy ngôi sao""#))
            #expect(try await LexiconStore.current(on: db).edited == false)

            let added = try await browser.post(client, "/quan-tri/tu-dien-tra-cuu/them", [
                "kind": "synonym", "phrase": "giấy ngôi sao", "means": "xác nhận tình trạng hôn nhân", "weight": "1",
            ])
            #expect(added.status == .seeOther)
            let current = try await LexiconStore.current(on: db)
            #expect(current.edited)
            #expect(current.entries.count == shipped + 1)
            #expect(try await CatalogPagesTests.top("giay ngoi sao", env).first?.code == "1.004873")
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "lexicon.add").count() == 1)

            // Removing it: the search forgets it, the rest stays.
            let removed = try await browser.post(client, "/quan-tri/tu-dien-tra-cuu/xoa", ["kind": "synonym", "phrase": "giấy ngôi sao"])
            #expect(removed.status == .seeOther)
            #expect(try await LexiconStore.current(on: db).entries.count == shipped)
            #expect(try await CatalogPagesTests.top("giay ngoi sao", env).first?.code != "1.004873")
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "lexicon.remove").count() == 1)
        }
    }

    @Test("The whole set goes out as a file and comes back; a file with bad lines is refused whole, every bad line named; officers may not edit")
    func importExport() async throws {
        try await withApp { env, _, client in
            let db = env.database.db
            var browser = Browser()
            _ = try await browser.signIn(client, "dieuphoi")
            let file = try await browser.get(client, "/quan-tri/tu-dien-tra-cuu/tai-ve")
            #expect(file.status == .ok)
            #expect(file.headers[.contentType]?.hasPrefix("text/tab-separated-values") == true)
            let parsed = LexiconFile.parse(file.text)
            #expect(parsed.errors.isEmpty)
            #expect(parsed.entries == CatalogLexicon.shipped.entries)

            let bad = "kind\tphrase\tmeans\nsynonym\tsổ đỏ\tgiấy chứng nhận\nmeaning\tx\ty\nfiller\tạ\tcó nghĩa\n"
            let refused = try await browser.post(client, "/quan-tri/tu-dien-tra-cuu/nhap", ["content": bad])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("Dòng 3:"))
            #expect(refused.text.contains("Dòng 4:"))
            #expect(try await LexiconStore.current(on: db).edited == false)

            let small = "synonym\tsổ đỏ\tgiấy chứng nhận quyền sử dụng đất\nfiller\ttôi muốn\n"
            let replaced = try await browser.post(client, "/quan-tri/tu-dien-tra-cuu/nhap", ["content": small])
            #expect(replaced.status == .seeOther)
            #expect(try await LexiconStore.current(on: db).entries.count == 2)
            #expect(try await AuditEntryModel.query(on: db).filter(\.$action == "lexicon.replace").count() == 1)

            var officer = Browser()
            _ = try await officer.signIn(client, "canbo")
            #expect(try await officer.get(client, "/quan-tri/tu-dien-tra-cuu").status == .forbidden)
            #expect(try await officer.post(client, "/quan-tri/tu-dien-tra-cuu/them", ["kind": "filler", "phrase": "nhé"]).status == .forbidden)
        }
    }
}
