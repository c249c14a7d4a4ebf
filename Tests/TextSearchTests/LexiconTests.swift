import Foundation
import Testing
@testable import TextSearch

@Suite("Lexicon: everyday words read as procedure words")
struct LexiconTests {
    static let lexicon = Lexicon([
        .init(.filler, "tôi muốn"), .init(.filler, "làm thế nào"), .init(.filler, "thủ tục"), .init(.filler, "cho con"),
        .init(.intent, "làm", means: ["cấp", "đăng ký"]), .init(.intent, "mất", means: ["cấp lại"]),
        .init(.synonym, "giấy khai sinh", means: ["đăng ký khai sinh"], weight: 1),
        .init(.synonym, "kết hôn", means: ["đăng ký kết hôn"]),
        .init(.synonym, "bằng lái", means: ["giấy phép lái xe"]),
        .init(.synonym, "cccd", means: ["căn cước công dân"], weight: 1, bothWays: true),
        .init(.variant, "có yếu tố nước ngoài"), .init(.variant, "lưu động"),
    ])

    func texts(_ query: String) -> [String] { Self.lexicon.understand(query).variants.map(\.text) }

    @Test("Fillers and question words are left out; a query of nothing else is taken as typed")
    func fillers() {
        #expect(texts("Tôi muốn đăng ký kết hôn thì làm thế nào")[0] == "dang ky ket hon thi")
        #expect(Self.lexicon.understand("tôi muốn bằng lái").dropped == ["toi", "muon"])
        #expect(Self.lexicon.understand("tôi muốn làm bằng lái").typed == ["lam", "bang", "lai"])
        #expect(texts("thủ tục") == ["thu tuc"])
    }

    @Test("A synonym is tried beside the words as typed, weighted; with diacritics or without")
    func synonyms() {
        let plan = Self.lexicon.understand("bang lai")
        #expect(plan.variants.map(\.text) == ["bang lai", "giay phep lai xe"])
        #expect(plan.variants.map(\.weight) == [1, 0.9])
        #expect(texts("bằng lái") == texts("BANG LAI"))
    }

    @Test("A synonym marked both ways is read in both directions")
    func bothWays() {
        #expect(texts("cccd").contains("can cuoc cong dan"))
        #expect(texts("căn cước công dân").contains("cccd"))
        #expect(!texts("giấy phép lái xe").contains("bang lai"))
    }

    @Test("An action word is left out of the words to find and ranks up the procedures that carry it; the words as typed are tried too")
    func intents() {
        let plan = Self.lexicon.understand("mất giấy khai sinh")
        #expect(Set(plan.variants.map(\.text)) == ["giay khai sinh", "dang ky khai sinh", "mat giay khai sinh"])
        #expect(plan.variants[0].text == "giay khai sinh")
        #expect(plan.boosts == [["cap", "lai"]])
        // Typed with marks, an action must be spelled alike: "mật" is not "mất".
        #expect(Self.lexicon.understand("mật mã").boosts.isEmpty)
        #expect(Self.lexicon.understand("mat giay khai sinh").boosts == [["cap", "lai"]])
        let issued = Self.lexicon.factor(name: Folding.words("Cấp lại bản sao giấy khai sinh"), plan: plan)
        let reported = Self.lexicon.factor(name: Folding.words("Trình báo mất giấy tờ"), plan: plan)
        #expect(issued == Lexicon.intentBoost)
        #expect(reported == 1)
        #expect(texts("làm") == ["lam"])
    }

    @Test("A special case the query does not name ranks below the plain procedure; named, it does not")
    func variants() {
        let plain = Self.lexicon.understand("đăng ký kết hôn")
        let foreign = Self.lexicon.understand("kết hôn có yếu tố nước ngoài")
        let name = Folding.words("Thủ tục đăng ký kết hôn có yếu tố nước ngoài")
        #expect(Self.lexicon.factor(name: name, plan: plain) == Lexicon.variantPenalty)
        #expect(Self.lexicon.factor(name: name, plan: foreign) == 1)
        #expect(Self.lexicon.factor(name: Folding.words("Thủ tục đăng ký kết hôn"), plan: plain) == 1)
    }

    @Test("A meaning that repeats the words before it is not doubled; the number of rewrites is bounded")
    func repeatsAndBounds() {
        #expect(texts("đăng ký kết hôn") == ["dang ky ket hon"])
        #expect(Lexicon.collapsingRepeats(["a", "b", "a", "b", "c"]) == ["a", "b", "c"])
        let many = Lexicon((0..<20).map { Lexicon.Entry(.synonym, "w\($0)", means: ["x\($0)", "y\($0)"]) })
        #expect(many.understand((0..<20).map { "w\($0)" }.joined(separator: " ")).variants.count == Lexicon.maxVariants)
        let long = String(repeating: "bằng lái ", count: 30)
        #expect(Self.lexicon.understand(long).variants.count == 1)
    }

    @Test("The file format: every bad line reported with its number, good lines read, written back the same")
    func fileFormat() {
        let text = """
            kind\tphrase\tmeans\tweight\tboth
            # a comment

            synonym\tsổ đỏ\tgiấy chứng nhận quyền sử dụng đất | quyền sử dụng đất\t0,8
            intent\tmất\tcấp lại
            filler\ttôi muốn
            variant\tlưu động
            synonym\tcccd\tcăn cước công dân\t1\tboth
            synonym\tthiếu nghĩa
            filler\tạ\tcó nghĩa
            meaning\tx\ty
            synonym\tx\ty\t1.5
            synonym\tx\ty\t\tboth ways
            intent\tx\ty\t\tboth
            """
        let parsed = LexiconFile.parse(text)
        #expect(parsed.entries.count == 5)
        #expect(parsed.entries[0].means == ["giấy chứng nhận quyền sử dụng đất", "quyền sử dụng đất"])
        #expect(parsed.entries[0].weight == 0.8)
        #expect(parsed.entries[4].bothWays)
        #expect(parsed.errors.map(\.line) == [9, 10, 11, 12, 13, 14])
        #expect(parsed.errors.map(\.problem) == [
            .missingMeaning, .unexpectedMeaning, .unknownKind("meaning"), .badWeight("1.5"), .badDirection("both ways"), .badDirection("both"),
        ])
        let again = LexiconFile.parse(LexiconFile.write(parsed.entries))
        #expect(again.errors.isEmpty)
        #expect(again.entries == parsed.entries)
    }

    @Test("A plan of one rewrite ranks exactly as the plain search; rewrites merge by best score")
    func plannedSearch() {
        let index = SearchIndex([
            SearchDocument(id: "a", name: "Cấp giấy phép lái xe"),
            SearchDocument(id: "b", name: "Đổi giấy phép lái xe"),
            SearchDocument(id: "c", name: "Đăng ký kết hôn"),
            SearchDocument(id: "d", name: "Đăng ký kết hôn có yếu tố nước ngoài"),
            SearchDocument(id: "e", name: "Đăng ký kết hôn lưu động"),
        ])
        let plain = index.search("dang ky ket hon")
        let planned = index.search(QueryPlan(variants: [.init(words: ["dang", "ky", "ket", "hon"], weight: 1)], askedVariants: [], boosts: [], dropped: [], typed: ["dang", "ky", "ket", "hon"]))
        #expect(planned.hits.map(\.id) == plain.hits.map(\.id))
        #expect(planned.total == plain.total)
        #expect(index.search("bang lai").partial)  // as typed, only "lai" matches (lái)
        let plan = Self.lexicon.understand("bằng lái")
        #expect(Set(index.search(plan).hits.prefix(2).map(\.id)) == ["a", "b"])
        #expect(!index.search(plan).partial)
        // The plain search puts a special case second; the lexicon's factor keeps the plain one first
        // and both special cases after it, whatever the index order.
        let marriage = Self.lexicon.understand("tôi muốn kết hôn")
        let ranked = index.search(marriage, factor: { id in
            Self.lexicon.factor(name: Folding.words(["c": "Đăng ký kết hôn", "d": "Đăng ký kết hôn có yếu tố nước ngoài", "e": "Đăng ký kết hôn lưu động"][id] ?? ""), plan: marriage)
        })
        #expect(ranked.hits.map(\.id) == ["c", "e", "d"] || ranked.hits.map(\.id) == ["c", "d", "e"])
        #expect(index.search(plan, limit: 1, offset: 1).hits.count == 1)
    }
}

@Suite("Did you mean")
struct SuggestionTests {
    static let index = SearchIndex([
        SearchDocument(id: "a", name: "Thủ tục đăng ký khai sinh"),
        SearchDocument(id: "b", name: "Thủ tục đăng ký khai tử"),
        SearchDocument(id: "c", name: "Cấp giấy xác nhận tình trạng hôn nhân"),
        SearchDocument(id: "d", name: "Chứng thực bản sao từ bản chính"),
    ])

    @Test("A misspelt word becomes the closest word of the index, with or without diacritics; known words and codes stay")
    func suggestions() {
        #expect(Self.index.suggestion(for: "dang ky khai sinhh") == "dang ky khai sinh")  // a letter too many
        #expect(Self.index.suggestion(for: "dagn ky khai sinh") == "dang ky khai sinh")  // two letters swapped
        #expect(Self.index.suggestion(for: "xác nhận tình trạg hôn nhân") == "xac nhan tinh trang hon nhan")
        #expect(Self.index.suggestion(for: "chung thuc ban sao") == nil)
        #expect(Self.index.suggestion(for: "chung thuc ban sa") == nil)  // typing: the last word starts "sao"
        #expect(Self.index.suggestion(for: "1.001193") == nil)
        #expect(Self.index.suggestion(for: "zzzzzzzz") == nil)
        #expect(Self.index.suggestion(for: "") == nil)
    }
}
