import Foundation
import Testing
@testable import TextSearch

/// The index against a brute-force scan of the real documents, and API edge cases.
@Suite(.enabled(if: ProcedureFixtures.available))
struct ConsistencyTests {
    static let queries = [
        "dang ky khai sinh", "dang ky khai sin", "khai tu", "ket hon", "chung thuc ban sao", "d", "th", "thu h",
        "quoc tich viet nam", "giay to tuy than", "nuoi con nuoi", "ho tich", "cap ban sao trich luc",
        "phuong tien thuy noi dia", "xuat ngu", "tro cap mot lan", "kinh doanh", "ky", "ky ", "gi phep",
    ]

    /// Brute force: every query word equals a document word, or starts one when allowed.
    private func bruteForce(_ query: String) -> Set<String> {
        let words = Folding.words(query)
        let lastIsOpen = query.last.map { $0.isLetter || $0.isNumber } ?? false
        var result = Set<String>()
        for document in ProcedureFixtures.documents {
            let vocabulary = Set(Folding.words(document.name) + Folding.words(document.field) + Folding.words(document.body))
            let all = words.enumerated().allSatisfy { position, word in
                let prefix = word.count >= 3 || (lastIsOpen && position == words.count - 1)
                    || (lastIsOpen && word == words.last)
                return vocabulary.contains(word) || (prefix && vocabulary.contains { $0.hasPrefix(word) })
            }
            if all { result.insert(document.id) }
        }
        return result
    }

    @Test(arguments: queries)
    func andMatchesAgreeWithBruteForce(_ query: String) {
        let expected = bruteForce(query)
        let results = ProcedureFixtures.index.search(query, limit: 10_000)
        if expected.isEmpty {
            #expect(results.partial || results.total == 0)
        } else {
            #expect(!results.partial)
            #expect(results.total == expected.count)
            #expect(Set(results.hits.map(\.id)) == expected)
        }
    }

    @Test func largePagesAgreeWithSmallPages() {
        let index = ProcedureFixtures.index
        for query in ["dang ky", "d", "thu tuc"] {
            let large = index.search(query, limit: 1000).hits
            let small = index.search(query, limit: 20).hits
            #expect(Array(large.prefix(20)) == small)
            #expect(zip(large, large.dropFirst()).allSatisfy { $0.score >= $1.score })
            let page = index.search(query, limit: 20, offset: 300).hits
            #expect(page == Array(large.dropFirst(300).prefix(20)))
        }
        #expect(index.search("dang ky", limit: .max, offset: .max).hits.isEmpty)
        #expect(index.search("dang ky", limit: .max).hits.count == index.search("dang ky").total)
    }

    @Test func concurrentSearches() async {
        let index = ProcedureFixtures.index
        let firsts = await withTaskGroup(of: String?.self) { group in
            for _ in 0..<16 {
                group.addTask { index.search("dang ky khai sinh").hits.first?.id }
            }
            var firsts: [String?] = []
            for await first in group { firsts.append(first) }
            return firsts
        }
        #expect(firsts.count == 16)
        #expect(firsts.allSatisfy { $0 == "1.001193" })
    }
}
