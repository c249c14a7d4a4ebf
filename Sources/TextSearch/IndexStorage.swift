import Foundation

/// Which part of a document a word occurs in (bit set).
enum FieldBits {
    static let name: UInt8 = 1
    static let field: UInt8 = 2
    static let body: UInt8 = 4
}

/// The non-generic part of the index: vocabulary, postings and per-document data, all in flat
/// arrays (compressed-sparse-row layout) addressed by dense term and document numbers.
struct IndexStorage: Sendable, Equatable {
    /// Distinct folded words, sorted by UTF-8 bytes; a term id is a position in this order, so
    /// all words sharing a prefix have consecutive ids.
    var vocabBytes: [UInt8] = []
    var vocabStarts: [Int32] = [0]

    /// Postings, term-major: documents of term t are postDocs[postStarts[t]..<postStarts[t+1]],
    /// ascending, with the fields the word occurs in. The postings of a prefix range of terms
    /// are therefore one contiguous slice.
    var postStarts: [Int32] = [0]
    var postDocs: [Int32] = []
    var postMasks: [UInt8] = []

    /// Forward index, document-major: the terms of document d, ascending, with their fields.
    var fwdStarts: [Int32] = [0]
    var fwdTerms: [Int32] = []
    var fwdMasks: [UInt8] = []

    /// Name words of each document in order; `-1` marks punctuation between two words.
    var nameStarts: [Int32] = [0]
    var nameTokens: [Int32] = []

    /// Common leading words of procedure names, as term ids (only those fully in the vocabulary).
    var leadPhrases: [[Int32]] = []

    /// Per-document score added to every match.
    var boosts: [Double] = []

    /// Approximate size of the arrays, in bytes.
    var byteCount: Int {
        vocabBytes.count + postMasks.count + fwdMasks.count + boosts.count * 8
            + 4 * (vocabStarts.count + postStarts.count + postDocs.count + fwdStarts.count + fwdTerms.count
                   + nameStarts.count + nameTokens.count)
    }

    var termCount: Int { vocabStarts.count - 1 }
    var docCount: Int { fwdStarts.count - 1 }

    /// Leading words that do not count against a name ("Thủ tục đăng ký khai sinh" starts with
    /// "đăng ký khai sinh"), longest first.
    static let leadingWords = ["thủ tục hành chính", "thủ tục"].map(Folding.words)

    func withTerm<R>(_ id: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        vocabBytes.withUnsafeBufferPointer { all in
            body(UnsafeBufferPointer(rebasing: all[Int(vocabStarts[id])..<Int(vocabStarts[id + 1])]))
        }
    }

    func termString(_ id: Int) -> String {
        withTerm(id) { String(decoding: $0, as: UTF8.self) }
    }

    @inline(__always)
    func termLength(_ id: Int32) -> Int {
        Int(vocabStarts[Int(id) + 1] - vocabStarts[Int(id)])
    }

    /// First term id whose word is not less than `word`.
    func lowerBound(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        vocabBytes.withUnsafeBufferPointer { all in
            var lo = 0, hi = termCount
            while lo < hi {
                let mid = (lo + hi) / 2
                let term = UnsafeBufferPointer(rebasing: all[Int(vocabStarts[mid])..<Int(vocabStarts[mid + 1])])
                if Bytes.compare(term, word) < 0 { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
    }

    func exactID(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let i = lowerBound(word)
        guard i < termCount, withTerm(i, { Bytes.compare($0, word) == 0 }) else { return nil }
        return i
    }

    /// Ids of all words starting with `prefix` (including the word itself).
    func prefixRange(_ prefix: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        let lo = lowerBound(prefix)
        return vocabBytes.withUnsafeBufferPointer { all in
            var a = lo, b = termCount
            while a < b {
                let mid = (a + b) / 2
                let term = UnsafeBufferPointer(rebasing: all[Int(vocabStarts[mid])..<Int(vocabStarts[mid + 1])])
                if Bytes.hasPrefix(term, prefix) { a = mid + 1 } else { b = mid }
            }
            return lo..<a
        }
    }
}

// MARK: - Building

/// A document for `IndexStorage.build`: new text, or a document of the previous index kept as is.
enum DocSource {
    case text(name: String, field: String, body: String, boost: Double)
    case existing(Int32)
}

/// Collects each document's distinct terms (with the fields they occur in) and its name words.
private struct RawLists: WordSink {
    let oldCount: Int32
    var interner = TermInterner(capacity: 8192)
    var stamp: [Int32] = []   // per interner id: last document that used it
    var slot: [Int32] = []    // per interner id: its position in `terms` for that document
    var terms: [Int32] = []
    var masks: [UInt8] = []
    var name: [Int32] = []
    var doc: Int32 = -1
    var nameStart = 0
    var bit = FieldBits.name

    init(oldCount: Int32) { self.oldCount = oldCount }

    mutating func startDocument(_ doc: Int32) {
        self.doc = doc
        nameStart = name.count
    }

    mutating func word(_ word: UnsafeBufferPointer<UInt8>, after wordBreak: WordBreak) {
        let id = Int(interner.intern(word))
        if id == stamp.count {
            stamp.append(-1)
            slot.append(0)
        }
        if stamp[id] != doc {
            stamp[id] = doc
            slot[id] = Int32(terms.count)
            terms.append(oldCount + Int32(id))
            masks.append(bit)
        } else {
            masks[Int(slot[id])] |= bit
        }
        if bit == FieldBits.name {
            if wordBreak == .punctuation && name.count > nameStart { name.append(-1) }
            name.append(oldCount + Int32(id))
        }
    }
}

extension IndexStorage {
    /// Builds storage for `sources` in order. Documents given as `.existing(d)` reuse the
    /// tokenized form of document `d` of `previous` (no re-folding). The result is identical to
    /// building every document from its text.
    static func build(_ sources: [DocSource], previous: IndexStorage? = nil) -> IndexStorage {
        let old = previous ?? IndexStorage()
        var lists = tokenize(sources, old)
        var storage = IndexStorage()
        let finalID = vocabulary(lists, old, into: &storage)
        let termTotal = storage.vocabStarts.count - 1
        postings(&lists, finalID: finalID, termTotal: termTotal, into: &storage)
        forwardLists(termTotal: termTotal, documents: sources.count, into: &storage)
        names(lists, finalID: finalID, into: &storage)
        storage.boosts = lists.boosts
        return storage
    }

    /// Step 1's output: raw per-document term lists. Ids below `oldCount` are terms of the
    /// previous vocabulary; `oldCount + i` is word i of the interner.
    private struct Tokenized {
        var oldCount: Int32
        var interner: TermInterner
        var terms: [Int32]
        var masks: [UInt8]
        var name: [Int32]
        var starts: [Int32]
        var nameStarts: [Int32]
        var boosts: [Double]
    }

    /// 1. Tokenizes every document (or copies its lists from `old`).
    private static func tokenize(_ sources: [DocSource], _ old: IndexStorage) -> Tokenized {
        var raw = RawLists(oldCount: Int32(old.termCount))
        var boosts: [Double] = []
        boosts.reserveCapacity(sources.count)
        var rawStarts: [Int32] = [0]
        var rawNameStarts: [Int32] = [0]
        rawStarts.reserveCapacity(sources.count + 1)
        rawNameStarts.reserveCapacity(sources.count + 1)
        for (docIndex, source) in sources.enumerated() {
            switch source {
            case .existing(let d):
                boosts.append(old.boosts[Int(d)])
                let range = Int(old.fwdStarts[Int(d)])..<Int(old.fwdStarts[Int(d) + 1])
                raw.terms.append(contentsOf: old.fwdTerms[range])
                raw.masks.append(contentsOf: old.fwdMasks[range])
                raw.name.append(contentsOf: old.nameTokens[Int(old.nameStarts[Int(d)])..<Int(old.nameStarts[Int(d) + 1])])
            case .text(let name, let field, let body, let boost):
                boosts.append(boost)
                raw.startDocument(Int32(docIndex))
                raw.bit = FieldBits.name
                Tokenizer.forEachWord(in: name, into: &raw)
                raw.bit = FieldBits.field
                Tokenizer.forEachWord(in: field, into: &raw)
                raw.bit = FieldBits.body
                Tokenizer.forEachWord(in: body, into: &raw)
            }
            rawStarts.append(Int32(raw.terms.count))
            rawNameStarts.append(Int32(raw.name.count))
        }
        return Tokenized(oldCount: raw.oldCount, interner: raw.interner, terms: raw.terms, masks: raw.masks, name: raw.name,
                         starts: rawStarts, nameStarts: rawNameStarts, boosts: boosts)
    }

    /// 2. The vocabulary: the words still used, sorted, written into `storage`. New words that
    ///    the previous vocabulary already has are aliased to the old id. Returns each raw id's
    ///    final term id (-1 for words no longer used).
    private static func vocabulary(_ lists: Tokenized, _ old: IndexStorage, into storage: inout IndexStorage) -> [Int32] {
        let oldCount = lists.oldCount
        let interner = lists.interner
        let provisional = Int(oldCount) + interner.count
        var canonical = [Int32](unsafeUninitializedCapacity: provisional) { buffer, count in
            for i in 0..<provisional { buffer[i] = Int32(i) }
            count = provisional
        }
        if oldCount > 0 {
            for i in 0..<interner.count {
                if let id = interner.withWord(i, { old.exactID($0) }) { canonical[Int(oldCount) + i] = Int32(id) }
            }
        }
        var used = [Bool](repeating: false, count: provisional)
        for t in lists.terms { used[Int(canonical[Int(t)])] = true }

        var fresh = (0..<interner.count).filter { canonical[Int(oldCount) + $0] == oldCount + Int32($0) && used[Int(oldCount) + $0] }
        interner.bytes.withUnsafeBufferPointer { all in
            let starts = interner.starts
            func word(_ i: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])])
            }
            fresh.sort { Bytes.compare(word($0), word($1)) < 0 }
        }

        var finalID = [Int32](repeating: -1, count: provisional)
        var nextID: Int32 = 0
        func appendTerm(_ p: Int, _ bytes: UnsafeBufferPointer<UInt8>) {
            storage.vocabBytes.append(contentsOf: bytes)
            storage.vocabStarts.append(Int32(storage.vocabBytes.count))
            finalID[p] = nextID
            nextID += 1
        }
        // Merge the (sorted) surviving old terms with the (sorted) fresh words.
        var i = 0, j = 0
        while true {
            while i < Int(oldCount) && !used[i] { i += 1 }
            let haveOld = i < Int(oldCount), haveFresh = j < fresh.count
            if !haveOld && !haveFresh { break }
            let takeOld: Bool
            if haveOld && haveFresh {
                takeOld = old.withTerm(i) { a in interner.withWord(fresh[j]) { b in Bytes.compare(a, b) < 0 } }
            } else {
                takeOld = haveOld
            }
            if takeOld {
                old.withTerm(i) { appendTerm(i, $0) }
                i += 1
            } else {
                interner.withWord(fresh[j]) { appendTerm(Int(oldCount) + fresh[j], $0) }
                j += 1
            }
        }
        for p in 0..<provisional where finalID[p] < 0 && used[Int(canonical[p])] {
            finalID[p] = finalID[Int(canonical[p])]
        }
        return finalID
    }

    /// 3. Postings by counting sort over the raw lists (documents ascending in each list); the
    ///    raw term ids are replaced by final ones on the way.
    private static func postings(_ lists: inout Tokenized, finalID: [Int32], termTotal: Int, into storage: inout IndexStorage) {
        let entries = lists.terms.count
        let documents = lists.starts.count - 1
        var postStarts = [Int32](repeating: 0, count: termTotal + 1)
        var postDocs = [Int32](repeating: 0, count: entries)
        var postMasks = [UInt8](repeating: 0, count: entries)
        finalID.withUnsafeBufferPointer { finalID in
            lists.terms.withUnsafeMutableBufferPointer { rawTerms in
                postStarts.withUnsafeMutableBufferPointer { counts in
                    for k in 0..<entries {
                        let t = finalID[Int(rawTerms[k])]
                        rawTerms[k] = t
                        counts[Int(t) + 1] += 1
                    }
                    for t in 0..<termTotal { counts[t + 1] += counts[t] }
                }
            }
        }
        var cursor = postStarts
        lists.terms.withUnsafeBufferPointer { rawTerms in
            lists.masks.withUnsafeBufferPointer { rawMasks in
                lists.starts.withUnsafeBufferPointer { rawStarts in
                    cursor.withUnsafeMutableBufferPointer { cursor in
                        postDocs.withUnsafeMutableBufferPointer { postDocs in
                            postMasks.withUnsafeMutableBufferPointer { postMasks in
                                for d in 0..<documents {
                                    for k in Int(rawStarts[d])..<Int(rawStarts[d + 1]) {
                                        let t = Int(rawTerms[k])
                                        let at = Int(cursor[t])
                                        postDocs[at] = Int32(d)
                                        postMasks[at] = rawMasks[k]
                                        cursor[t] = Int32(at + 1)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        storage.postStarts = postStarts
        storage.postDocs = postDocs
        storage.postMasks = postMasks
        storage.fwdStarts = lists.starts
    }

    /// 4. Forward lists (terms ascending) by counting sort back from the postings.
    private static func forwardLists(termTotal: Int, documents: Int, into storage: inout IndexStorage) {
        let entries = storage.postDocs.count
        var fwdTerms = [Int32](repeating: 0, count: entries)
        var fwdMasks = [UInt8](repeating: 0, count: entries)
        var docCursor = storage.fwdStarts
        storage.postStarts.withUnsafeBufferPointer { postStarts in
            storage.postDocs.withUnsafeBufferPointer { postDocs in
                storage.postMasks.withUnsafeBufferPointer { postMasks in
                    docCursor.withUnsafeMutableBufferPointer { docCursor in
                        fwdTerms.withUnsafeMutableBufferPointer { fwdTerms in
                            fwdMasks.withUnsafeMutableBufferPointer { fwdMasks in
                                for t in 0..<termTotal {
                                    for k in Int(postStarts[t])..<Int(postStarts[t + 1]) {
                                        let d = Int(postDocs[k])
                                        let at = Int(docCursor[d])
                                        fwdTerms[at] = Int32(t)
                                        fwdMasks[at] = postMasks[k]
                                        docCursor[d] = Int32(at + 1)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        storage.fwdTerms = fwdTerms
        storage.fwdMasks = fwdMasks
    }

    /// 5. Names and leading phrases.
    private static func names(_ lists: Tokenized, finalID: [Int32], into storage: inout IndexStorage) {
        storage.nameStarts = lists.nameStarts
        storage.nameTokens = lists.name.map { $0 < 0 ? -1 : finalID[Int($0)] }
        let vocabulary = storage
        storage.leadPhrases = leadingWords.compactMap { words in
            var ids: [Int32] = []
            for word in words {
                var word = word
                guard let id = word.withUTF8({ vocabulary.exactID($0) }) else { return nil }
                ids.append(Int32(id))
            }
            return ids
        }
    }
}
