import Foundation
import Testing
@testable import TextSearch

/// Queries from the product issue against the real procedures.
@Suite(.enabled(if: ProcedureFixtures.available))
struct RealDataTests {
    let index = ProcedureFixtures.index

    private func names(_ hits: [SearchHit<String>]) -> [String] {
        hits.map { ProcedureFixtures.document($0.id)?.name ?? "?" }
    }

    @Test func loadsBothSources() {
        #expect(ProcedureFixtures.documents.count >= 470)
        #expect(index.count == ProcedureFixtures.documents.count)
        #expect(index.contains("1.001193"))
        #expect(index.contains("1.013124"))
        #expect(ProcedureFixtures.documents.allSatisfy { !$0.name.isEmpty })
    }

    @Test(arguments: ["dang ky khai sinh", "dang ky khai sin", "khai sinh dang ky",
                      "Đăng ký khai sinh", "ĐĂNG KÝ KHAI SINH", "thu tuc dang ky khai sinh"])
    func birthRegistrationRanksFirst(_ query: String) {
        let results = index.search(query, limit: 5)
        #expect(!results.partial)
        #expect(results.hits.first?.id == "1.001193", "\(query): \(names(results.hits))")
    }

    @Test func deathRegistration() {
        let hits = index.search("khai tu", limit: 5).hits
        #expect(hits.count == 5)
        for name in names(hits) { #expect(Folding.fold(name).contains("khai tu"), "\(name)") }
        #expect(hits.first?.id == "1.000656", "\(names(hits))")  // Thủ tục đăng ký khai tử
    }

    @Test func marriageRegistration() {
        let hits = index.search("ket hon", limit: 5).hits
        #expect(hits.count == 5)
        for name in names(hits) { #expect(Folding.fold(name).contains("ket hon"), "\(name)") }
        #expect(hits.first?.id == "1.000894", "\(names(hits))")  // Thủ tục đăng ký kết hôn
    }

    @Test func certifiedCopies() {
        let hits = index.search("chung thuc ban sao", limit: 5).hits
        #expect(hits.first?.id == "2.000815", "\(names(hits))")
        #expect(Folding.fold(names(hits)[0]).hasPrefix("chung thuc ban sao"))
    }

    @Test func highlightsTheTopHit() {
        let hit = index.search("dang ky khai sin").hits[0]
        let name = ProcedureFixtures.document(hit.id)!.name
        let marked = Highlight.segments(name, terms: hit.matchedWords).filter(\.highlighted).map(\.text)
        #expect(marked == ["đăng", "ký", "khai", "sinh"])
    }

    @Test func typoStillReturnsSomething() {
        let results = index.search("dang ky khai sinhhh")
        #expect(results.partial)
        #expect(results.total > 0)
        #expect(results.hits.first.map { Folding.fold(ProcedureFixtures.document($0.id)!.name).contains("dang ky khai") } == true)
    }

    @Test func filterBySource() {
        let results = index.search("dang ky", filter: { $0.hasPrefix("2.") })
        #expect(results.total > 0)
        #expect(results.hits.allSatisfy { $0.id.hasPrefix("2.") })
    }
}
