import Foundation

extension SearchIndex {
    /// "Did you mean": the query with every word no procedure has (and, for the last word, that
    /// starts none) replaced by the closest word of the index's vocabulary, or nil when every word
    /// is known or nothing is close. Close means one edit (a letter added, dropped, changed, or
    /// two neighbours swapped) for words of up to five letters, two beyond; among equals, the word
    /// more procedures use. Words are compared folded; words with digits (codes) are left alone.
    /// The suggestion has no diacritics, as the vocabulary is folded.
    public func suggestion(for query: String) -> String? {
        let words = Folding.words(query)
        return suggestion(folded: words, spelled: words, spellings: [:])
    }

    /// The same, for a query read by the lexicon: when the person typed marks, the suggestion
    /// keeps the words as they were typed and writes each corrected word as the procedures spell
    /// it (`spellings`: folded word → its spellings, see `Spellings`); typed
    /// without marks, it stays without.
    public func suggestion(for plan: QueryPlan, spellings: [String: [String]]) -> String? {
        let marked = zip(plan.typed, plan.typedSpelled).contains { $0 != $1 }
        return suggestion(folded: plan.typed, spelled: marked ? plan.typedSpelled : plan.typed, spellings: marked ? spellings : [:])
    }

    func suggestion(folded words: [String], spelled: [String], spellings: [String: [String]]) -> String? {
        guard !words.isEmpty, words.count <= Scoring.maxTerms, spelled.count == words.count else { return nil }
        var changed = false
        var out: [String] = []
        for (position, word) in words.enumerated() {
            let bytes = Array(word.utf8)
            let known = bytes.withUnsafeBufferPointer { buffer in
                storage.exactID(buffer) != nil || (position == words.count - 1 && !storage.prefixRange(buffer).isEmpty)
            }
            if known || word.contains(where: \.isNumber) || bytes.count < 3 {
                out.append(spelled[position])
                continue
            }
            guard let best = storage.closestTerm(to: bytes, within: bytes.count <= 5 ? 1 : 2) else {
                out.append(spelled[position])
                continue
            }
            out.append(Spellings.closest(spellings[best] ?? [], to: spelled[position]) ?? best)
            changed = true
        }
        return changed ? out.joined(separator: " ") : nil
    }
}

/// How the documents spell each folded word ("dang" → "đăng"; "trang" → "trạng", "trang",
/// "tráng"), to write a corrected word back with its marks: the spelling nearest to what the
/// person typed ("trạg" → "trạng"), then the commonest.
public enum Spellings {
    /// Folded word → its spellings, commonest first.
    public static func all(in texts: [String]) -> [String: [String]] {
        var counts: [String: [String: Int]] = [:]
        for text in texts {
            let marked = Lexicon.markedWords(text)
            let folded = Folding.words(text)
            guard marked.count == folded.count else { continue }
            for (f, m) in zip(folded, marked) { counts[f, default: [:]][m, default: 0] += 1 }
        }
        return counts.mapValues { forms in forms.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.map(\.key) }
    }

    /// Of `spellings` (commonest first), the one fewest edits away from `typed` (the same
    /// distance as the vocabulary's, on the UTF-8 bytes: a mark changed is one or two edits).
    public static func closest(_ spellings: [String], to typed: String) -> String? {
        let typed = Array(typed.utf8)
        var row = [Int](repeating: 0, count: typed.count + 1)
        var previous = row, beforePrevious = row
        var best: (String, Int)?
        for spelling in spellings {
            let bytes = Array(spelling.utf8)
            let distance = bytes.withUnsafeBufferPointer { bytes in
                IndexStorage.editDistance(typed, bytes, limit: max(typed.count, bytes.count), &row, &previous, &beforePrevious)
            }
            if best == nil || distance < best!.1 { best = (spelling, distance) }
        }
        return best?.0
    }
}

extension IndexStorage {
    /// The vocabulary word within `limit` edits of `word` with the fewest edits, then not shorter
    /// than the word (a letter left out is the commoner slip), then the most documents, then first
    /// in order; nil when none is that close.
    func closestTerm(to word: [UInt8], within limit: Int) -> String? {
        var best: (id: Int, distance: Int, shorter: Int, documents: Int32)?
        var row = [Int](repeating: 0, count: word.count + 1)
        var previousRow = row
        var beforePrevious = row
        for id in 0..<termCount {
            let length = Int(vocabStarts[id + 1] - vocabStarts[id])
            guard abs(length - word.count) <= limit else { continue }
            let distance = withTerm(id) { term in
                Self.editDistance(word, term, limit: limit, &row, &previousRow, &beforePrevious)
            }
            guard distance <= limit else { continue }
            let documents = postStarts[id + 1] - postStarts[id]
            let shorter = length < word.count ? 1 : 0
            if let current = best, (current.distance, current.shorter, -current.documents) <= (distance, shorter, -documents) { continue }
            best = (id, distance, shorter, documents)
        }
        return best.map { termString($0.id) }
    }

    /// Optimal string alignment distance (adjacent swaps count one), given up above `limit`.
    static func editDistance(
        _ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>, limit: Int, _ row: inout [Int], _ previous: inout [Int], _ beforePrevious: inout [Int]
    ) -> Int {
        let n = a.count
        for j in 0...n { previous[j] = j }
        for i in 1...max(1, b.count) where b.count > 0 {
            row[0] = i
            var rowMinimum = row[0]
            for j in 1...max(1, n) where n > 0 {
                let cost = a[j - 1] == b[i - 1] ? 0 : 1
                var value = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[j - 1] == b[i - 2], a[j - 2] == b[i - 1] { value = min(value, beforePrevious[j - 2] + 1) }
                row[j] = value
                rowMinimum = min(rowMinimum, value)
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&beforePrevious, &previous)
            swap(&previous, &row)
        }
        return b.isEmpty ? n : previous[n]
    }
}
