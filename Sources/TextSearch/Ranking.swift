import Foundation

/// Score weights. A match in the name is worth ten times a match in the body; every other
/// signal is a tie-breaker on top of the per-word field weights.
enum Scoring {
    static let nameWeight = 10.0
    static let fieldWeight = 3.0
    static let bodyWeight = 1.0
    /// Share of the other fields a word also occurs in (name + body beats name alone, barely).
    static let otherFieldShare = 0.05
    /// Per pair of consecutive query words found adjacent, in order, in the name.
    static let pairBonus = 2.0
    /// All query words adjacent and in order in the name (two or more words).
    static let phraseBonus = 3.0
    /// The name starts with the query phrase (after leading words such as "thủ tục").
    static let startBonus = 3.0
    /// Times the fraction of the name's words that the query matched: shorter names win ties.
    static let coverageBonus = 2.0
    /// OR fallback: scores are multiplied by this and by the fraction of query words matched.
    static let partialFactor = 0.5
    /// Upper bound of `IndexStorage.nameBonus` for a query of `terms` words.
    static func maxNameBonus(terms: Int) -> Double {
        pairBonus * Double(max(0, terms - 1)) + phraseBonus + startBonus + coverageBonus
    }

    /// Longest query handled; further words are ignored.
    static let maxTerms = 32

    /// Weight of a word occurrence by its field bits (1 name, 2 field, 4 body).
    static let maskWeight: [Double] = (0..<8).map { mask in
        let weights = [(FieldBits.name, nameWeight), (FieldBits.field, fieldWeight), (FieldBits.body, bodyWeight)]
            .filter { UInt8(mask) & $0.0 != 0 }.map(\.1)
        guard let best = weights.max() else { return 0 }
        return best + otherFieldShare * (weights.reduce(0, +) - best)
    }

    /// A prefix match ("sin" → "sinh") is worth 0.5–0.8 of an exact one, more when it covers more.
    @inline(__always)
    static func prefixFactor(queryLength: Int, wordLength: Int) -> Double {
        0.5 + 0.3 * Double(queryLength) / Double(max(wordLength, 1))
    }
}

/// A query word resolved against the vocabulary.
struct QueryTerm: Sendable, Equatable {
    /// Folded query word.
    var word: String
    var byteCount: Int
    /// Term id of the word itself, or -1 when no document has it.
    var exact: Int32
    /// Term ids the word matches: itself, plus every word it starts when prefixes are allowed.
    var lo: Int32
    var hi: Int32
    var allowsPrefix: Bool

    @inline(__always) func matches(_ term: Int32) -> Bool { term >= lo && term < hi }
}

struct Ranked: Sendable {
    var doc: Int32
    var score: Double
    /// Bit k set when query term k matched.
    var matched: UInt64

    @inline(__always) func precedes(_ other: Ranked) -> Bool {
        score > other.score || (score == other.score && doc < other.doc)
    }
}

struct RankedResult: Sendable {
    var top: [Ranked]
    var total: Int
    var partial: Bool
}

/// The best `k` results seen so far, best first.
private struct TopK {
    let k: Int
    var items: [Ranked] = []
    private let sortAtEnd: Bool

    init(k: Int) {
        self.k = k
        sortAtEnd = k > 256
        if !sortAtEnd { items.reserveCapacity(k + 1) }
    }

    mutating func insert(_ item: Ranked) {
        guard k > 0 else { return }
        if sortAtEnd { items.append(item); return }
        if items.count == k, !item.precedes(items[k - 1]) { return }
        var lo = 0, hi = items.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if items[mid].precedes(item) { lo = mid + 1 } else { hi = mid }
        }
        items.insert(item, at: lo)
        if items.count > k { items.removeLast() }
    }

    /// Scores below this cannot enter (when full); -infinity otherwise.
    var threshold: Double {
        guard !sortAtEnd else { return -.infinity }
        if k == 0 { return .infinity }
        return items.count == k ? items[k - 1].score : -.infinity
    }

    mutating func finish() -> [Ranked] {
        if sortAtEnd {
            items.sort { $0.precedes($1) }
            if items.count > k { items.removeLast(items.count - k) }
        }
        return items
    }
}

extension IndexStorage {
    /// Folded, de-duplicated query words resolved to term ranges. The last word may match as a
    /// prefix (unless the query ends with a space or punctuation, i.e. the word is complete), and
    /// so may any word of three letters or more.
    func parse(_ query: String) -> [QueryTerm] {
        var words: [String] = []
        Tokenizer.forEachWord(in: query) { word, _ in words.append(String(decoding: word, as: UTF8.self)) }
        guard !words.isEmpty else { return [] }
        let lastIsOpen = query.last.map { $0.isLetter || $0.isNumber } ?? false
        var terms: [QueryTerm] = []
        for (position, word) in words.enumerated() {
            let isOpenLast = lastIsOpen && position == words.count - 1
            if let k = terms.firstIndex(where: { $0.word == word }) {
                if isOpenLast && !terms[k].allowsPrefix { terms[k] = resolve(word, prefix: true) }
                continue
            }
            guard terms.count < Scoring.maxTerms else { continue }
            terms.append(resolve(word, prefix: isOpenLast || word.count >= 3))
        }
        return terms
    }

    func resolve(_ word: String, prefix: Bool) -> QueryTerm {
        let bytes = Array(word.utf8)
        return bytes.withUnsafeBufferPointer { bytes in
            let exact = exactID(bytes).map(Int32.init) ?? -1
            let range: Range<Int> = prefix ? prefixRange(bytes) : (exact >= 0 ? Int(exact)..<Int(exact) + 1 : 0..<0)
            return QueryTerm(word: word, byteCount: bytes.count, exact: exact,
                             lo: Int32(range.lowerBound), hi: Int32(range.upperBound), allowsPrefix: prefix)
        }
    }

    @inline(__always)
    private func factor(_ term: QueryTerm, _ t: Int32) -> Double {
        t == term.exact ? 1 : Scoring.prefixFactor(queryLength: term.byteCount, wordLength: termLength(t))
    }

    private func postingCount(_ term: QueryTerm) -> Int {
        Int(postStarts[Int(term.hi)] - postStarts[Int(term.lo)])
    }

    /// Best weight of `term` in every document that has it, from the postings.
    private func accumulate(_ term: QueryTerm, into best: inout [Double], touched: inout [Int32]) {
        postDocs.withUnsafeBufferPointer { docs in
            postMasks.withUnsafeBufferPointer { masks in
                Scoring.maskWeight.withUnsafeBufferPointer { weight in
                    best.withUnsafeMutableBufferPointer { best in
                        for t in term.lo..<term.hi {
                            let f = factor(term, t)
                            for p in Int(postStarts[Int(t)])..<Int(postStarts[Int(t) + 1]) {
                                let d = Int(docs[p])
                                let w = f * weight[Int(masks[p])]
                                if best[d] == 0 { touched.append(Int32(d)) }
                                if w > best[d] { best[d] = w }
                            }
                        }
                    }
                }
            }
        }
    }

    /// Best weight of `term` in document `d` from its forward list (0 when absent).
    @inline(__always)
    private func weight(of term: QueryTerm, in d: Int) -> Double {
        fwdTerms.withUnsafeBufferPointer { terms in
            var lo = Int(fwdStarts[d]), hi = Int(fwdStarts[d + 1])
            let end = hi
            while lo < hi {
                let mid = (lo + hi) / 2
                if terms[mid] < term.lo { lo = mid + 1 } else { hi = mid }
            }
            var best = 0.0
            var k = lo
            while k < end && terms[k] < term.hi {
                best = max(best, factor(term, terms[k]) * Scoring.maskWeight[Int(fwdMasks[k])])
                k += 1
            }
            return best
        }
    }

    /// Phrase, name-start and coverage bonuses from the order of the name's words.
    func nameBonus(_ d: Int, _ terms: [QueryTerm]) -> Double {
        let start = Int(nameStarts[d]), end = Int(nameStarts[d + 1])
        guard start < end, !terms.isEmpty else { return 0 }
        return nameTokens.withUnsafeBufferPointer { all in
            let name = UnsafeBufferPointer(rebasing: all[start..<end])
            var lead = 0
            for phrase in leadPhrases where phrase.count <= name.count {
                if zip(phrase, name).allSatisfy({ $0 == $1 }) { lead = phrase.count; break }
            }
            let m = terms.count
            let lastBit: UInt64 = 1 << UInt64(m - 1)
            // A term that occurs as a whole word in the name does not also count its prefix
            // matches there ("khai tu": "tử", not the "tục" of "thủ tục"); see Highlight.
            var exactInName: UInt64 = 0
            for t in name where t >= 0 {
                for k in 0..<m where terms[k].exact == t { exactInName |= 1 << UInt64(k) }
            }
            var words = 0, matchedWords = 0, unmatchedLead = 0
            var previous: UInt64 = 0, chain: UInt64 = 0, pairs: UInt64 = 0
            var phrase = false, startsWithPhrase = false
            for i in 0..<name.count {
                let t = name[i]
                if t < 0 { previous = 0; chain = 0; continue }
                words += 1
                var bits: UInt64 = 0
                for k in 0..<m where terms[k].matches(t) {
                    let bit: UInt64 = 1 << UInt64(k)
                    if t == terms[k].exact || exactInName & bit == 0 { bits |= bit }
                }
                if bits != 0 { matchedWords += 1 } else if i < lead { unmatchedLead += 1 }
                pairs |= (previous << 1) & bits
                chain = (bits & 1) | ((chain << 1) & bits)
                if chain & lastBit != 0 {
                    phrase = true
                    let phraseStart = i - (m - 1)
                    if phraseStart == 0 || phraseStart == lead { startsWithPhrase = true }
                }
                previous = bits
            }
            let coverage = Double(matchedWords) / Double(max(1, words - unmatchedLead))
            var bonus = Scoring.pairBonus * Double(pairs.nonzeroBitCount) + Scoring.coverageBonus * coverage
            if phrase && m >= 2 { bonus += Scoring.phraseBonus }
            if startsWithPhrase { bonus += Scoring.startBonus }
            return bonus
        }
    }

    /// Ranks documents for `terms`: every term must match (AND); when nothing does and `fallback`
    /// allows, documents matching any term are returned with lower scores and `partial` set.
    func rank(_ terms: [QueryTerm], keep: Int, accept: ((Int32) -> Bool)?, fallback: Bool = true) -> RankedResult {
        let m = terms.count
        guard m > 0, docCount > 0 else { return RankedResult(top: [], total: 0, partial: false) }
        var top = TopK(k: keep)
        var total = 0
        var best = [Double](repeating: 0, count: docCount)
        var touched: [Int32] = []
        let all: UInt64 = m == 64 ? ~0 : (1 << UInt64(m)) - 1
        let maxBonus = Scoring.maxNameBonus(terms: m)

        if terms.allSatisfy({ $0.lo < $0.hi }) {
            // Drive with the rarest term; check the others in each candidate's forward list.
            let driver = terms.indices.min { postingCount(terms[$0]) < postingCount(terms[$1]) }!
            accumulate(terms[driver], into: &best, touched: &touched)
            candidates: for d32 in touched {
                let d = Int(d32)
                var sum = best[d]
                for k in 0..<m where k != driver {
                    let w = weight(of: terms[k], in: d)
                    if w == 0 { continue candidates }
                    sum += w
                }
                if let accept, !accept(d32) { continue }
                total += 1
                // The name bonus is only worth computing when it could lift the document into the top.
                if sum + boosts[d] + maxBonus < top.threshold { continue }
                top.insert(Ranked(doc: d32, score: sum + nameBonus(d, terms) + boosts[d], matched: all))
            }
            if total > 0 || m == 1 { return RankedResult(top: top.finish(), total: total, partial: false) }
            for d in touched { best[Int(d)] = 0 }
            touched.removeAll(keepingCapacity: true)
        }

        // OR fallback.
        guard m > 1, fallback else { return RankedResult(top: [], total: 0, partial: false) }
        var sums = [Double](repeating: 0, count: docCount)
        var masks = [UInt64](repeating: 0, count: docCount)
        for k in 0..<m where terms[k].lo < terms[k].hi {
            accumulate(terms[k], into: &best, touched: &touched)
            for d in touched {
                sums[Int(d)] += best[Int(d)]
                masks[Int(d)] |= 1 << UInt64(k)
                best[Int(d)] = 0
            }
            touched.removeAll(keepingCapacity: true)
        }
        for d in 0..<docCount where masks[d] != 0 {
            if let accept, !accept(Int32(d)) { continue }
            total += 1
            let share = Double(masks[d].nonzeroBitCount) / Double(m)
            if (sums[d] + maxBonus) * Scoring.partialFactor * share + boosts[d] < top.threshold { continue }
            let score = (sums[d] + nameBonus(d, terms)) * Scoring.partialFactor * share + boosts[d]
            top.insert(Ranked(doc: Int32(d), score: score, matched: masks[d]))
        }
        return RankedResult(top: top.finish(), total: total, partial: total > 0)
    }
}
