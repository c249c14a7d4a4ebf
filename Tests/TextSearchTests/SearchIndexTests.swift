import Foundation
import Testing
@testable import TextSearch

private func doc(_ id: Int, _ name: String, field: String = "", body: String = "", boost: Double = 0) -> SearchDocument<Int> {
    SearchDocument(id: id, name: name, field: field, body: body, boost: boost)
}

private func ids(_ index: SearchIndex<Int>, _ query: String) -> [Int] {
    index.search(query).hits.map(\.id)
}

@Suite struct MatchingTests {
    let index = SearchIndex([
        doc(1, "Thủ tục đăng ký khai sinh", field: "Hộ tịch"),
        doc(2, "Thủ tục đăng ký kết hôn", field: "Hộ tịch"),
        doc(3, "Hoà giải ở cơ sở", field: "Hòa giải"),
        doc(4, "Cấp giấy phép kinh doanh", field: "Doanh nghiệp"),
        doc(5, "Đổi ĐĂNG KÝ xe", field: "Đường bộ"),
    ])

    @Test func isCaseDiacriticAndDInsensitive() {
        for query in ["dang ky khai sinh", "ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh", "đăng KÝ khai SINH",
                      "Đăng ký khai sinh".decomposedStringWithCanonicalMapping] {
            #expect(ids(index, query) == [1], "\(query)")
        }
        #expect(ids(index, "duong bo") == [5])
        #expect(ids(index, "đường") == [5])
        #expect(ids(index, "DOI dang ky xe") == [5])
    }

    @Test func toneMarkPlacementVariantsMatch() {
        #expect(ids(index, "hòa giải") == [3])
        #expect(ids(index, "hoà giải") == [3])
        #expect(ids(index, "HOÀ GIẢI") == [3])
    }

    @Test func wordOrderDoesNotMatter() {
        #expect(ids(index, "khai sinh dang ky") == [1])
        #expect(ids(index, "hon ket") == [2])
    }

    @Test func lastWordAndLongWordsMatchAsPrefixes() {
        #expect(ids(index, "dang ky khai sin") == [1])
        #expect(ids(index, "dang ky khai s") == [1])
        #expect(ids(index, "kinh doa") == [4])
        #expect(ids(index, "giay phe kinh") == [4])  // "phe" has three letters
        #expect(ids(index, "dan ky khai sinh").isEmpty == false)
    }

    @Test func shortInnerWordsMustBeExact() {
        // "gi" is neither last nor three letters long: it must equal a word, so AND fails and
        // the fallback returns partial hits.
        let results = index.search("gi phep")
        #expect(results.partial)
        #expect(results.hits.first?.id == 4)
        #expect(results.hits.first?.matchedWords == ["phep"])
        // A trailing space marks the last word as complete.
        #expect(index.search("kinh do").hits.map(\.id) == [4])
        #expect(index.search("kinh do ").partial)
    }

    @Test func matchedWordsAreFoldedQueryWords() {
        let hit = index.search("Đăng KÝ khai sin").hits.first
        #expect(hit?.matchedWords == ["dang", "ky", "khai", "sin"])
        #expect(hit?.partial == false)
    }

    @Test func emptyAndUnmatchedQueries() {
        #expect(index.search("").total == 0)
        #expect(index.search("  ,; ").hits.isEmpty)
        let none = index.search("xyzzy qwerty")
        #expect(none.total == 0 && none.hits.isEmpty && !none.partial)
    }

    @Test func searchesFieldAndBody() {
        let index = SearchIndex([doc(1, "Cấp phép", field: "Hàng không", body: "Tờ khai đề nghị cấp phép bay")])
        #expect(ids(index, "hang khong") == [1])
        #expect(ids(index, "to khai bay") == [1])
        #expect(ids(index, "cap phep hang khong to khai") == [1])
    }
}

@Suite struct RankingTests {
    @Test func nameBeatsFieldBeatsBody() {
        let index = SearchIndex([
            doc(1, "Cấp phép", body: "thị thực"),
            doc(2, "Cấp phép", field: "Thị thực"),
            doc(3, "Cấp thị thực"),
        ])
        #expect(ids(index, "thi thuc") == [3, 2, 1])
        let hits = index.search("thi thuc").hits
        #expect(hits[0].score > hits[1].score && hits[1].score > hits[2].score)
    }

    @Test func exactWordsBeatPrefixes() {
        let index = SearchIndex([doc(1, "Bảng giá đất"), doc(2, "Bản sao giấy")])
        #expect(ids(index, "ban") == [2, 1])
    }

    @Test func phraseInOrderBeatsScatteredWords() {
        let index = SearchIndex([doc(1, "Sinh viên khai báo tạm trú"), doc(2, "Ghi khai sinh vào sổ tạm")])
        #expect(ids(index, "khai sinh") == [2, 1])
    }

    @Test func punctuationBreaksPhrases() {
        // Same words; in the first the comma splits "khai sinh" from "đăng ký", so only the
        // second has the whole query as a phrase (index order would put 1 first on a tie).
        let index = SearchIndex([doc(1, "Khai sinh, đăng ký thường trú"), doc(2, "Khai sinh đăng ký thường trú")])
        #expect(ids(index, "khai sinh dang ky") == [2, 1])
        let hits = index.search("khai sinh dang ky").hits
        #expect(hits[0].score - hits[1].score >= Scoring.phraseBonus)
    }

    @Test func nameStartingWithPhraseAfterThuTucWins() {
        let index = SearchIndex([doc(1, "Hồ sơ cấp bản sao trích lục"), doc(2, "Thủ tục cấp bản sao trích lục")])
        #expect(ids(index, "cap ban sao") == [2, 1])
    }

    @Test func shorterNamesWinTies() {
        let index = SearchIndex([
            doc(1, "Thủ tục đăng ký khai sinh lưu động"),
            doc(2, "Thủ tục đăng ký khai sinh"),
            doc(3, "Thủ tục đăng ký khai sinh có yếu tố nước ngoài"),
        ])
        #expect(ids(index, "dang ky khai sinh") == [2, 1, 3])
    }

    @Test func boostRaisesADocument() {
        let index = SearchIndex([doc(1, "Đăng ký kết hôn"), doc(2, "Đăng ký kết hôn", boost: 1)])
        #expect(ids(index, "ket hon") == [2, 1])
    }

    @Test func equalScoresKeepIndexOrder() {
        let index = SearchIndex([doc(7, "Đăng ký kết hôn"), doc(3, "Đăng ký kết hôn"), doc(5, "Đăng ký kết hôn")])
        #expect(ids(index, "ket hon") == [7, 3, 5])
    }
}

@Suite struct FallbackAndPagingTests {
    let index = SearchIndex([
        doc(1, "Thủ tục đăng ký khai sinh", field: "Hộ tịch"),
        doc(2, "Thủ tục đăng ký kết hôn", field: "Hộ tịch"),
        doc(3, "Thủ tục đăng ký khai tử", field: "Hộ tịch"),
        doc(4, "Cấp phiếu lý lịch tư pháp", field: "Lý lịch tư pháp"),
    ])

    @Test func typoFallsBackToPartialMatches() {
        let results = index.search("dang ky khai sinhh")
        #expect(results.partial)
        #expect(results.total == 3)
        #expect(results.hits.allSatisfy { $0.partial })
        #expect(results.hits.map(\.id).prefix(2).sorted() == [1, 3])  // "dang ky khai"
        #expect(results.hits.first?.matchedWords == ["dang", "ky", "khai"])
        #expect(results.hits.last?.id == 2)                           // "dang ky" only
    }

    @Test func partialScoresAreLowerThanFullMatches() {
        let full = index.search("dang ky khai sinh").hits[0].score
        let partial = index.search("dang ky khai sinhh").hits[0].score
        #expect(partial < full)
        #expect(!index.search("dang ky khai sinh").partial)
    }

    @Test func pagingAndTotal() {
        let all = index.search("dang ky")
        #expect(all.total == 3)
        #expect(all.hits.count == 3)
        let page = index.search("dang ky", limit: 1, offset: 1)
        #expect(page.total == 3)
        #expect(page.hits.map(\.id) == [all.hits[1].id])
        #expect(index.search("dang ky", limit: 5, offset: 10).hits.isEmpty)
        #expect(index.search("dang ky", limit: 0).total == 3)
        #expect(index.search("dang ky", limit: 0).hits.isEmpty)
    }

    @Test func filterRestrictsHitsAndTotal() {
        let results = index.search("dang ky", filter: { $0 != 1 })
        #expect(results.total == 2)
        #expect(!results.hits.contains { $0.id == 1 })
        #expect(index.search("dang ky khai sinh", filter: { $0 == 4 }).total == 0)
    }

    @Test func duplicateIDsKeepTheLastDocument() {
        let index = SearchIndex([doc(1, "Đăng ký kết hôn"), doc(2, "Khai tử"), doc(1, "Đăng ký khai sinh")])
        #expect(index.count == 2)
        #expect(ids(index, "ket hon").isEmpty)
        #expect(ids(index, "khai sinh") == [1])
    }

    @Test func emptyIndex() {
        let index = SearchIndex<Int>([])
        #expect(index.search("dang ky").total == 0)
        #expect(index.updating(upserting: [doc(1, "Đăng ký")]).search("dang ky").hits.map(\.id) == [1])
    }
}
