import Foundation
import Testing
@testable import TextSearch

/// The labelled everyday queries (`Support/everyday-queries.tsv`) through the shipped lexicon, on
/// the real catalogue: the lexicon must help a lot and must not cost official names anything.
@Suite("Everyday queries on the real catalogue")
struct EverydayQueriesTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test("Through the shipped lexicon: top-3 at least 95% and far above the words as typed; official names rank as well as without it")
    func evaluation() throws {
        let lexiconText = try String(contentsOf: Self.repository.appendingPathComponent("Sources/Catalog/Resources/lexicon.tsv"), encoding: .utf8)
        let lexicon = Lexicon(LexiconFile.parse(lexiconText).entries)
        let cases = SearchEvaluation.cases(try String(
            contentsOf: Self.repository.appendingPathComponent("Tests/TextSearchTests/Support/everyday-queries.tsv"), encoding: .utf8))
        #expect(cases.count >= 150)
        let documents = ProcedureFixtures.documents
        let index = ProcedureFixtures.index
        let names = Dictionary(documents.map { ($0.id, Folding.words($0.name)) }, uniquingKeysWith: { a, _ in a })
        func read(_ query: String) -> [String] { index.search(query, lexicon: lexicon, names: names, limit: 10).results.hits.map(\.id) }
        let withLexicon = SearchEvaluation.run(cases, read)
        let asTyped = SearchEvaluation.run(cases) { index.search($0, limit: 10).hits.map(\.id) }
        #expect(withLexicon.top3 >= 0.95, "top-3 \(withLexicon.top3); misses: \(withLexicon.failures.map(\.query.query))")
        #expect(withLexicon.top3 >= asTyped.top3 + 0.2)
        #expect(withLexicon.reciprocalRank > asTyped.reciprocalRank)
        let official = documents.map { document in
            SearchEvaluation.Case(query: document.name, acceptable: Set(documents.filter { $0.name == document.name }.map(\.id)))
        }
        let officialRead = SearchEvaluation.run(official, read)
        let officialTyped = SearchEvaluation.run(official) { index.search($0, limit: 10).hits.map(\.id) }
        #expect(officialRead.top1 >= officialTyped.top1, "official names: \(officialRead.top1) vs \(officialTyped.top1)")
    }
}
