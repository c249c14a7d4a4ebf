import Foundation
import TextSearch

// search-bench: builds a SearchIndex over the real procedures multiplied to ≥ 8,000 documents and
// times index build, updates and a few hundred realistic queries.
//
//   swift run -c release search-bench                  figures
//   swift run -c release search-bench --query "..."    top hits for one query (real data only)
//   swift run -c release search-bench --evaluate FILE  top-1, top-3 and MRR on labelled queries, through
//                                                      the lexicon and as typed, and official names as queries
//   env MINHBACH_SHARED=/path/to/shared                data root holding data/ (default: the repository)
//   swift run -c release search-bench --evaluate FILE --sweep [--usage TSV]
//                                                      the same with the priors' weights tried (site level, usage)
//   env MINHBACH_LEXICON=path                          the lexicon (default: Sources/Catalog/Resources/lexicon.tsv)
//
// Queries are read through the lexicon, as the site reads them (`--plain` for the words as typed).

// MARK: - Data (same mapping as the tests' ProcedureFixtures)

let root = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? "."

func jsonObjects(in directory: String) -> [[String: Any]] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return names.filter { $0.hasSuffix(".json") }.sorted().compactMap { name in
        guard let data = FileManager.default.contents(atPath: directory + "/" + name) else { return nil }
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    }
}

func string(_ object: [String: Any]?, _ key: String) -> String { (object?[key] as? String) ?? "" }

/// Each procedure's levels as the portal names them ("Cấp xã", "Cấp tỉnh"), for the level prior.
nonisolated(unsafe) var levelsOf: [String: Set<String>] = [:]

func levels(_ text: String) -> Set<String> {
    Set(text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
}

func loadDocuments() -> [SearchDocument<String>] {
    let tuPhap = jsonObjects(in: root + "/data/tthc/dichvucong-bo-tu-phap").map { json in
        levelsOf[string(json, "ma_thu_tuc")] = levels(string(json, "cap_thuc_hien"))
        return SearchDocument(
            id: string(json, "ma_thu_tuc"), name: string(json, "ten_thu_tuc"), field: string(json, "linh_vuc"),
            body: [string(json, "doi_tuong_thuc_hien"), string(json, "thanh_phan_ho_so"), string(json, "ket_qua_xu_ly")]
                .joined(separator: "\n"))
    }
    let quocPhong = jsonObjects(in: root + "/data/tthc/bo-quoc-phong-structured/extracted_fixed").map { json in
        let metadata = json["metadata"] as? [String: Any]
        let content = json["content"] as? [String: Any]
        let papers = ((json["tables"] as? [String: Any])?["thanh_phan_ho_so"] as? [[String: Any]] ?? [])
            .map { string($0, "ten_giay_to") }
        levelsOf[(json["thu_tuc_id"] as? String) ?? string(metadata, "mã_thủ_tục")] = levels(string(metadata, "cấp_thực_hiện"))
        return SearchDocument(
            id: (json["thu_tuc_id"] as? String) ?? string(metadata, "mã_thủ_tục"),
            name: string(metadata, "tên_thủ_tục"), field: string(metadata, "lĩnh_vực"),
            body: ([string(content, "đối_tượng_thực_hiện")] + papers + [string(content, "kết_quả_thực_hiện")])
                .joined(separator: "\n"))
    }
    return tuPhap + quocPhong
}

// MARK: - Helpers

struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
    sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func ms(_ s: Double) -> String { String(format: "%.3f ms", s * 1000) }

/// Realistic queries: the issue's queries, then word runs taken from procedure names, typed with
/// or without diacritics, sometimes shuffled, cut short (as typed) or with a typo.
func makeQueries(from documents: [SearchDocument<String>], count: Int) -> [String] {
    var rng = SplitMix64(state: 20_251_125)
    var queries = ["dang ky khai sinh", "dang ky khai sin", "khai sinh dang ky", "khai tu", "ket hon",
                   "chung thuc ban sao", "Đăng ký khai sinh", "ly lich tu phap", "quoc tich", "nuoi con nuoi",
                   "d", "th", "cap ban sao", "giam ho", "thay doi cai chinh ho tich", "hoà giải", "hòa giải"]
    let lead: Set<String> = ["thủ", "tục"]
    while queries.count < count {
        let name = documents.randomElement(using: &rng)!.name
        var words = name.split { !($0.isLetter || $0.isNumber) }.map(String.init)
            .filter { !lead.contains($0.lowercased()) }
        guard !words.isEmpty else { continue }
        let length = min(words.count, Int.random(in: 1...4, using: &rng))
        let start = Int.random(in: 0...(words.count - length), using: &rng)
        words = Array(words[start..<start + length])
        if Double.random(in: 0..<1, using: &rng) < 0.5 { words = words.map(Folding.fold) }
        if Double.random(in: 0..<1, using: &rng) < 0.15 { words.shuffle(using: &rng) }
        let roll = Double.random(in: 0..<1, using: &rng)
        if roll < 0.3, let last = words.last, last.count > 2 {
            words[words.count - 1] = String(last.prefix(Int.random(in: 1..<last.count, using: &rng)))
        } else if roll < 0.38 {
            let k = Int.random(in: 0..<words.count, using: &rng)
            words[k] += "x"
        }
        queries.append(words.joined(separator: " "))
    }
    return queries
}

// MARK: - Main

let arguments = CommandLine.arguments
let lexiconPath = ProcessInfo.processInfo.environment["MINHBACH_LEXICON"] ?? "Sources/Catalog/Resources/lexicon.tsv"
let lexicon: Lexicon = {
    guard let text = try? String(contentsOfFile: lexiconPath, encoding: .utf8) else {
        print("no lexicon at \(lexiconPath): queries are taken as typed")
        return Lexicon([])
    }
    let parsed = LexiconFile.parse(text)
    for error in parsed.errors { print("lexicon line \(error.line): \(error.problem)") }
    return Lexicon(parsed.entries)
}()
let plain = arguments.contains("--plain")

/// The site's search: the query read through the lexicon, special cases it did not ask ranked down.
func search(_ index: SearchIndex<String>, _ query: String, names: [String: [String]], priors: SearchPriors<String> = .none,
            limit: Int = 20, offset: Int = 0, filter: ((String) -> Bool)? = nil) -> SearchResults<String> {
    if plain { return index.search(query, limit: limit, offset: offset, filter: filter) }
    return index.search(query, lexicon: lexicon, names: names, priors: priors, limit: limit, offset: offset, filter: filter).results
}

/// `--usage FILE`: procedure code TAB uses, one a line (e.g. from a site's dossiers), for the usage prior.
func usageFile() -> [String: Int] {
    guard let u = arguments.firstIndex(of: "--usage"), u + 1 < arguments.count,
          let text = try? String(contentsOfFile: arguments[u + 1], encoding: .utf8) else { return [:] }
    var uses: [String: Int] = [:]
    for line in text.split(separator: "\n") {
        let parts = line.split(separator: "\t")
        if parts.count >= 2, let count = Int(parts[1].trimmingCharacters(in: .whitespaces)) { uses[String(parts[0])] = count }
    }
    return uses
}
let real = loadDocuments()
guard !real.isEmpty else {
    print("no documents under \(root)/data/tthc (set MINHBACH_SHARED)")
    exit(1)
}

if let q = arguments.firstIndex(of: "--query"), q + 1 < arguments.count {
    let index = SearchIndex(real)
    let byID = Dictionary(real.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    let names = byID.mapValues { Folding.words($0.name) }
    if !plain {
        for variant in lexicon.understand(arguments[q + 1]).variants { print(String(format: "  %.3f  %@", variant.weight, variant.text)) }
    }
    let results = search(index, arguments[q + 1], names: names, limit: 10)
    print("total: \(results.total)\(results.partial ? " (partial)" : "")")
    for hit in results.hits {
        let name = Highlight.segments(byID[hit.id]!.name, terms: hit.matchedWords)
            .map { $0.highlighted ? "[\($0.text)]" : $0.text }.joined()
        print(String(format: "%8.3f  %@  %@", hit.score, hit.id, name))
    }
    exit(0)
}

if let e = arguments.firstIndex(of: "--evaluate"), e + 1 < arguments.count {
    guard let text = try? String(contentsOfFile: arguments[e + 1], encoding: .utf8) else {
        print("cannot read \(arguments[e + 1])")
        exit(1)
    }
    let cases = SearchEvaluation.cases(text)
    let index = SearchIndex(real)
    let names = Dictionary(real.map { ($0.id, Folding.words($0.name)) }, uniquingKeysWith: { a, _ in a })
    let nameOf = Dictionary(real.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let read = SearchEvaluation.run(cases) { search(index, $0, names: names, limit: 10).hits.map(\.id) }
    let typed = SearchEvaluation.run(cases) { index.search($0, limit: 10).hits.map(\.id) }
    func line(_ label: String, _ f: SearchEvaluation.Figures) -> String {
        String(format: "%@  top-1 %5.1f%%  top-3 %5.1f%%  MRR %.3f", label, f.top1 * 100, f.top3 * 100, f.reciprocalRank)
    }
    print("\(cases.count) labelled queries on \(real.count) procedures; lexicon: \(lexicon.entries.count) entries")
    print(line("through the lexicon", read))
    print(line("as typed           ", typed))
    for style in Set(cases.map(\.style)).sorted() {
        let subset = cases.filter { $0.style == style }
        let f = SearchEvaluation.run(subset) { search(index, $0, names: names, limit: 10).hits.map(\.id) }
        print(line(String(format: "  %-17@", style), f) + "  (\(subset.count))")
    }
    // Official names typed as they are: the first hit must be that procedure (or one of the same name).
    let official = real.map { document in
        SearchEvaluation.Case(query: document.name, acceptable: Set(real.filter { $0.name == document.name }.map(\.id)), style: "official")
    }
    let officialRead = SearchEvaluation.run(official) { search(index, $0, names: names, limit: 10).hits.map(\.id) }
    let officialTyped = SearchEvaluation.run(official) { index.search($0, limit: 10).hits.map(\.id) }
    print(line("official names, lexicon", officialRead))
    print(line("official names, typed  ", officialTyped))
    for (read, typed) in zip(officialRead.outcomes, officialTyped.outcomes) where (read.rank ?? 99) > (typed.rank ?? 99) {
        print("  worse than typed: \"\(read.query.query.prefix(80))\" rank \(read.rank.map(String.init) ?? "-") (typed \(typed.rank.map(String.init) ?? "-")); first: \(nameOf[read.top.first ?? ""]?.prefix(80) ?? "")")
    }
    if arguments.contains("--sweep") {
        // The priors' weights, chosen here: each level's site, each weight, on the same queries.
        let uses = usageFile()
        print("\npriors (top-1, top-3, MRR on the labelled queries; official names top-1):")
        for level in ["Cấp xã", "Cấp tỉnh"] {
            let preferred = Set(real.map(\.id).filter { levelsOf[$0]?.contains(level) == true })
            for weight in [0, 0.05, 0.1, 0.15, 0.2, 0.3] {
                let priors = SearchPriors(preferred: preferred, levelWeight: weight, usageWeight: 0)
                let f = SearchEvaluation.run(cases) { search(index, $0, names: names, priors: priors, limit: 10).hits.map(\.id) }
                let o = SearchEvaluation.run(official) { search(index, $0, names: names, priors: priors, limit: 10).hits.map(\.id) }
                print(String(format: "  site %@, level weight %.2f: ", level, weight) + line("", f) + String(format: "  official %5.1f%%", o.top1 * 100))
                for (now, before) in zip(o.outcomes, officialRead.outcomes) where (now.rank ?? 99) > (before.rank ?? 99) {
                    print("      official name ranked lower: \"\(now.query.query.prefix(70))\" \(before.rank.map(String.init) ?? "-") → \(now.rank.map(String.init) ?? "-"); first: \(nameOf[now.top.first ?? ""]?.prefix(60) ?? "")")
                }
            }
        }
        if !uses.isEmpty {
            for weight in [0, 0.05, 0.1, 0.2, 0.3] {
                let priors = SearchPriors(uses: uses, levelWeight: 0, usageWeight: weight)
                let f = SearchEvaluation.run(cases) { search(index, $0, names: names, priors: priors, limit: 10).hits.map(\.id) }
                let o = SearchEvaluation.run(official) { search(index, $0, names: names, priors: priors, limit: 10).hits.map(\.id) }
                print(String(format: "  usage weight %.2f: ", weight) + line("", f) + String(format: "  official %5.1f%%", o.top1 * 100))
            }
        } else {
            print("  usage: no --usage FILE given (procedure code TAB uses), so no usage weights tried")
        }
    }
    for failure in read.failures {
        print("  miss: \"\(failure.query.query)\" wants \(failure.query.acceptable.sorted().joined(separator: " ")); rank \(failure.rank.map(String.init) ?? "-"); got "
              + failure.top.prefix(3).map { "\($0) \(nameOf[$0]?.prefix(60) ?? "")" }.joined(separator: " | "))
    }
    exit(0)
}

let copies = (8000 + real.count - 1) / real.count
var documents: [SearchDocument<String>] = []
for copy in 0..<copies {
    for var document in real {
        if copy > 0 { document.id += "#\(copy)" }
        documents.append(document)
    }
}

// First use builds the folding table.
let coldStart = seconds { _ = SearchIndex([SearchDocument(id: "x", name: "Đăng ký khai sinh")]) }

var index = SearchIndex<String>([])
var builds: [Double] = []
for _ in 0..<3 { builds.append(seconds { index = SearchIndex(documents) }) }
builds.sort()

let names = Dictionary(documents.map { ($0.id, Folding.words($0.name)) }, uniquingKeysWith: { a, _ in a })
let queries = makeQueries(from: real, count: 400)
var totals = 0, partials = 0
for query in queries {  // warm-up
    let results = search(index, query, names: names)
    totals += results.total
    if results.partial { partials += 1 }
}
let rounds = 5
var times: [Double] = []
var perQuery = [[Double]](repeating: [], count: queries.count)
for _ in 0..<rounds {
    for (k, query) in queries.enumerated() {
        let t = seconds { _ = search(index, query, names: names) }
        times.append(t)
        perQuery[k].append(t)
    }
}
times.sort()
let slowest = queries.indices.map { k in (queries[k], perQuery[k].sorted()[rounds / 2]) }
    .sorted { $0.1 > $1.1 }.prefix(arguments.contains("--slowest") ? 10 : 0)
let mean = times.reduce(0, +) / Double(times.count)

// Paging deep and filtering (a set of allowed ids, as for "procedures of this agency").
let allowed = Set(documents.indices.filter { $0 % 3 == 0 }.map { documents[$0].id })
var filtered: [Double] = []
for query in queries.prefix(100) {
    filtered.append(seconds { _ = search(index, query, names: names, limit: 20, offset: 40, filter: { allowed.contains($0) }) })
}
filtered.sort()

// Highlighting the names of a page of hits.
let byID = Dictionary(documents.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
var highlight: [Double] = []
for query in queries.prefix(100) {
    let hits = search(index, query, names: names).hits
    highlight.append(seconds { for hit in hits { _ = Highlight.segments(byID[hit.id]!, terms: hit.matchedWords) } })
}
highlight.sort()

// Updates: one edited document, and an import of 200 new + 50 removed.
var edited = documents[123]
edited.name += " (sửa đổi)"
let updateOne = seconds { _ = index.updating(upserting: [edited]) }
let imported = real.prefix(200).map { document -> SearchDocument<String> in
    var document = document
    document.id += "#new"
    return document
}
let removed = documents.suffix(50).map(\.id)
var updated = index
let updateMany = seconds { updated = index.updating(upserting: imported, removing: removed) }

print("documents: \(index.count), vocabulary: \(index.vocabularySize) words, "
      + String(format: "build: %.3f s (best of 3; worst %.3f s), index size: %.1f MB, first use: %@",
               builds[0], builds[2], Double(index.approximateByteCount) / 1e6, ms(coldStart)))
print("queries (\(plain ? "as typed" : "through the lexicon, \(lexicon.entries.count) entries")): \(queries.count) × \(rounds) rounds, "
      + "p50: \(ms(percentile(times, 0.5))), p95: \(ms(percentile(times, 0.95))), "
      + "p99: \(ms(percentile(times, 0.99))), max: \(ms(times.last!)), mean: \(ms(mean))")
print("  avg matches per query: \(totals / queries.count), OR-fallback (partial) queries: \(partials)")
print("filtered (1/3 of ids) + offset 40: p50: \(ms(percentile(filtered, 0.5))), p99: \(ms(percentile(filtered, 0.99)))")
print("highlight 20 names: p50: \(ms(percentile(highlight, 0.5))), p99: \(ms(percentile(highlight, 0.99)))")
print("updating: 1 upsert: \(ms(updateOne)), 200 upserts + 50 removals: \(ms(updateMany)) → \(updated.count) documents")
for (query, time) in slowest {
    let results = search(index, query, names: names)
    print("  slow: \(ms(time))  \"\(query)\"  total \(results.total)\(results.partial ? " partial" : "")")
}
