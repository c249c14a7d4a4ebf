import Foundation
import Testing
@testable import TextSearch

/// Issue 19: the priors (the site's level, how often a procedure is used), "did you mean" with
/// marks, and what the anonymous query log may keep.
@Suite("Search priors, marked suggestions and the query log's policy")
struct PriorsAndLogTests {
    static let documents = [
        SearchDocument(id: "tinh", name: "Cấp giấy phép kinh doanh karaoke", field: "Văn hóa"),
        SearchDocument(id: "xa", name: "Cấp giấy phép kinh doanh karaoke", field: "Văn hóa"),
        SearchDocument(id: "khac", name: "Đăng ký hộ kinh doanh", body: "giấy phép karaoke"),
    ]
    static let index = SearchIndex(documents)
    static let names = Dictionary(documents.map { ($0.id, Folding.words($0.name)) }, uniquingKeysWith: { a, _ in a })

    func top(_ query: String, _ priors: SearchPriors<String>) -> [String] {
        Self.index.search(query, lexicon: Lexicon([]), names: Self.names, priors: priors).results.hits.map(\.id)
    }

    @Test("Level prior: of two procedures that match alike, the site's level comes first; without it, index order")
    func levelPrior() {
        #expect(top("giay phep karaoke", .none).prefix(2) == ["tinh", "xa"])
        #expect(top("giay phep karaoke", SearchPriors(preferred: ["xa"])).prefix(2) == ["xa", "tinh"])
        // A prior reorders near-equals; it does not lift a procedure that matches only in its body.
        #expect(top("giay phep karaoke", SearchPriors(preferred: ["khac"])).first != "khac")
    }

    @Test("Usage prior: the procedure used more comes first on a tie; log scale, the most used gets the whole weight")
    func usagePrior() {
        let priors = SearchPriors<String>(uses: ["tinh": 10, "xa": 1000], usageWeight: 0.2)
        #expect(top("giay phep karaoke", priors).prefix(2) == ["xa", "tinh"])
        #expect(abs(priors.factor("xa") - 1.2) < 1e-9)
        #expect(priors.factor("tinh") > 1 && priors.factor("tinh") < 1.1)
        #expect(priors.factor("khac") == 1)
        #expect(SearchPriors<String>(uses: ["a": 0]).isNeutral)
        // Too few uses in all to tell use from chance: no usage prior.
        #expect(SearchPriors<String>(uses: ["tinh": 10, "xa": 900]).isNeutral)
        #expect(!priors.isNeutral)
    }

    @Test("Did you mean keeps the marks the person typed and writes a corrected word as the names spell it; typed without marks, it stays without")
    func markedSuggestion() {
        let index = SearchIndex([SearchDocument(id: "1", name: "Đăng ký kết hôn"), SearchDocument(id: "2", name: "Đăng ký khai sinh")])
        let spellings = Spellings.all(in: ["Đăng ký kết hôn", "Đăng ký khai sinh", "Tình trạng", "Trang tin", "Trang web"])
        #expect(spellings["ket"] == ["kết"] && spellings["trang"] == ["trang", "trạng"])
        #expect(Spellings.closest(spellings["trang"]!, to: "trạg") == "trạng")
        #expect(Spellings.closest(spellings["trang"]!, to: "trag") == "trang")
        let lexicon = Lexicon([Lexicon.Entry(.filler, "tôi muốn")])
        #expect(index.suggestion(for: lexicon.understand("tôi muốn đăng ký kếtt hôn"), spellings: spellings) == "đăng ký kết hôn")
        #expect(index.suggestion(for: lexicon.understand("dang ky kett hon"), spellings: spellings) == "dang ky ket hon")
        #expect(index.suggestion(for: lexicon.understand("đăng ký kết hôn"), spellings: spellings) == nil)
    }

    @Test("The query log keeps words only: no phone, ID or dossier numbers, no e-mail address, no long story; lower case, NFC, spaces folded")
    func logPolicy() {
        #expect(QueryLogPolicy.loggable("  Làm   Hộ CHIẾU ") == "làm hộ chiếu")
        #expect(QueryLogPolicy.loggable("kha\u{0301}m")?.unicodeScalars.elementsEqual("kh\u{00E1}m".unicodeScalars) == true)  // NFC
        #expect(QueryLogPolicy.loggable("1.001193") == "1.001193")  // a procedure code
        #expect(QueryLogPolicy.loggable("ho so 0912345678") == nil)  // a phone number
        #expect(QueryLogPolicy.loggable("cccd 040123456789") == nil)  // a citizen ID
        #expect(QueryLogPolicy.loggable("000.00.25.H41-240315-0001") == nil)  // a dossier code
        #expect(QueryLogPolicy.loggable("091 234 5678 khai sinh") == nil)  // digits apart still count
        #expect(QueryLogPolicy.loggable("gui a.nguyen@example.vn") == nil)
        #expect(QueryLogPolicy.loggable(String(repeating: "khai sinh ", count: 7)) == nil)
        #expect(QueryLogPolicy.loggable("   ") == nil)
    }
}
