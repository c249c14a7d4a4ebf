import Foundation

/// What separated a word from the word before it.
enum WordBreak: UInt8, Sendable {
    /// Only white space (or nothing, for the first word).
    case space
    /// Punctuation or another non-letter such as ",", ";", "(" or "-": ends a phrase.
    case punctuation
}

/// Per-scalar folding table for the scripts and symbols Vietnamese text actually uses (Basic
/// Latin, Latin-1, Latin Extended-A/B, combining diacritics, Latin Extended Additional, general
/// punctuation, currency, letter-like and number forms, arrows, mathematical and technical
/// symbols, box drawing and geometric shapes).
///
/// Every entry is computed with `Folding.fold` itself, so the fast tokenizer below cannot drift
/// from the public folding rules; scalars that could join their neighbours into one Character
/// (and so change how `Folding.words` splits) are marked `complex`, and texts containing
/// anything complex or outside these blocks take the slow path through `Folding.fold`.
struct FoldTable: Sendable {
    enum Kind: UInt8, Sendable {
        case word        // folds to letters/digits only
        case space       // folds to white space or invisible format characters only
        case punctuation // folds to other non-letters only
        case ignorable   // folds to nothing (combining marks)
        case complex     // anything else: use the slow path
    }

    static let shared = FoldTable()

    /// Covered scalar ranges, in table order.
    static let blocks: [Range<UInt32>] = [0..<0x370, 0x1E00..<0x1F00, 0x2000..<0x2400, 0x2500..<0x2800]

    let kinds: [Kind]
    let starts: [Int32]
    let bytes: [UInt8]

    private init() {
        var kinds: [Kind] = []
        var starts: [Int32] = [0]
        var bytes: [UInt8] = []
        for block in Self.blocks {
            for value in block {
                let (kind, folded) = Self.classify(value)
                kinds.append(kind)
                if kind == .word { bytes.append(contentsOf: folded) }
                starts.append(Int32(bytes.count))
            }
        }
        self.kinds = kinds
        self.starts = starts
        self.bytes = bytes
    }

    private static func classify(_ value: UInt32) -> (Kind, [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return (.complex, []) }
        let text = String(Character(scalar))
        let folded = Folding.fold(text)
        if folded.isEmpty { return (.ignorable, []) }
        // The scalar must stay a Character of its own next to letters and spaces, and so must
        // each scalar it folds to, or splitting the folded text could differ.
        guard ("a" + text + "a").count == 3, (" " + text + " ").count == 3,
              folded.count == folded.unicodeScalars.count,
              folded.unicodeScalars.allSatisfy({ ("a" + String($0) + "a").count == 3 && (" " + String($0) + " ").count == 3 })
        else { return (.complex, []) }
        let wordFlags = folded.map { $0.isLetter || $0.isNumber }
        if wordFlags.allSatisfy({ $0 }) { return (.word, Array(folded.utf8)) }
        if wordFlags.contains(true) { return (.complex, []) }
        let invisible = folded.unicodeScalars.allSatisfy { $0.properties.isWhitespace || $0.properties.generalCategory == .format }
        return (invisible ? .space : .punctuation, [])
    }

    /// Index of a scalar value in the table, or nil when the scalar is not covered
    /// (hand-unrolled `blocks`; checked by the tests).
    @inline(__always)
    static func index(of value: UInt32) -> Int? {
        if value < 0x370 { return Int(value) }
        if value < 0x1E00 { return nil }
        if value < 0x1F00 { return 0x370 + Int(value - 0x1E00) }
        if value < 0x2000 { return nil }
        if value < 0x2400 { return 0x470 + Int(value - 0x2000) }
        if value < 0x2500 { return nil }
        if value < 0x2800 { return 0x870 + Int(value - 0x2500) }
        return nil
    }
}

/// Receives the words of a text from `Tokenizer`.
protocol WordSink {
    /// `word` is only valid during the call.
    mutating func word(_ word: UnsafeBufferPointer<UInt8>, after wordBreak: WordBreak)
}

/// A growable byte buffer for the word being assembled (no copy-on-write checks per byte).
private struct WordBuffer: ~Copyable {
    var base: UnsafeMutablePointer<UInt8>
    var capacity: Int
    var count = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit { base.deallocate() }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
        let n = end - start
        if count + n > capacity {
            let newCapacity = max(capacity * 2, count + n)
            let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
            newBase.update(from: base, count: count)
            base.deallocate()
            base = newBase
            capacity = newCapacity
        }
        for i in 0..<n { base[count + i] = bytes[start + i] }
        count += n
    }

    var buffer: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }
}

/// Fast word splitter producing exactly the words of `Folding.words`, as UTF-8 bytes, together
/// with the kind of break before each word.
enum Tokenizer {
    /// Feeds each folded word of `text`, with the break that preceded it, to `sink`.
    static func forEachWord<Sink: WordSink>(in text: String, into sink: inout Sink) {
        var text = text
        let fast = text.withUTF8 { utf8 in
            guard isCovered(utf8) else { return false }
            fastWords(utf8, &sink)
            return true
        }
        if !fast { slowWords(text, &sink) }
    }

    private struct ClosureSink: WordSink {
        let body: (UnsafeBufferPointer<UInt8>, WordBreak) -> Void
        func word(_ word: UnsafeBufferPointer<UInt8>, after wordBreak: WordBreak) { body(word, wordBreak) }
    }

    /// Calls `body` with each folded word (bytes valid only during the call) and the break that
    /// preceded it.
    static func forEachWord(in text: String, _ body: (UnsafeBufferPointer<UInt8>, WordBreak) -> Void) {
        withoutActuallyEscaping(body) { body in
            var sink = ClosureSink(body: body)
            forEachWord(in: text, into: &sink)
        }
    }

    /// Folded words as strings: the same result as `Folding.words`.
    static func words(_ text: String) -> [String] {
        var result: [String] = []
        forEachWord(in: text) { word, _ in result.append(String(decoding: word, as: UTF8.self)) }
        return result
    }

    /// Decodes one scalar starting at `i` (the string is valid UTF-8).
    @inline(__always)
    private static func decode(_ utf8: UnsafeBufferPointer<UInt8>, _ i: Int) -> (UInt32, Int) {
        let b0 = UInt32(utf8[i])
        if b0 < 0x80 { return (b0, 1) }
        if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(utf8[i + 1]) & 0x3F), 2) }
        if b0 < 0xF0 {
            return (((b0 & 0x0F) << 12) | ((UInt32(utf8[i + 1]) & 0x3F) << 6) | (UInt32(utf8[i + 2]) & 0x3F), 3)
        }
        return (((b0 & 0x07) << 18) | ((UInt32(utf8[i + 1]) & 0x3F) << 12)
                | ((UInt32(utf8[i + 2]) & 0x3F) << 6) | (UInt32(utf8[i + 3]) & 0x3F), 4)
    }

    private static func isCovered(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let table = FoldTable.shared
        var i = 0
        while i < utf8.count {
            if utf8[i] < 0x80 { i += 1; continue }
            let (value, length) = decode(utf8, i)
            guard let index = FoldTable.index(of: value), table.kinds[index] != .complex else { return false }
            i += length
        }
        return true
    }

    private static func fastWords<Sink: WordSink>(_ utf8: UnsafeBufferPointer<UInt8>, _ sink: inout Sink) {
        let table = FoldTable.shared
        var word = WordBuffer(capacity: 64)
        var pendingBreak = WordBreak.space
        table.kinds.withUnsafeBufferPointer { kinds in
            table.starts.withUnsafeBufferPointer { starts in
                table.bytes.withUnsafeBufferPointer { bytes in
                    var i = 0
                    while i < utf8.count {
                        let index: Int
                        if utf8[i] < 0x80 {
                            index = Int(utf8[i])
                            i += 1
                        } else {
                            let (value, length) = decode(utf8, i)
                            index = FoldTable.index(of: value)!  // checked by isCovered
                            i += length
                        }
                        switch kinds[index] {
                        case .word:
                            word.append(bytes, from: Int(starts[index]), to: Int(starts[index + 1]))
                        case .space, .punctuation:
                            if word.count > 0 {
                                sink.word(word.buffer, after: pendingBreak)
                                word.count = 0
                                pendingBreak = .space
                            }
                            if kinds[index] == .punctuation { pendingBreak = .punctuation }
                        case .ignorable, .complex:
                            break
                        }
                    }
                    if word.count > 0 { sink.word(word.buffer, after: pendingBreak) }
                }
            }
        }
    }

    /// Reference path for any text: fold, then split on Characters like `Folding.words`.
    private static func slowWords<Sink: WordSink>(_ text: String, _ sink: inout Sink) {
        var word: [UInt8] = []
        var pendingBreak = WordBreak.space
        func flush(_ sink: inout Sink) {
            guard !word.isEmpty else { return }
            word.withUnsafeBufferPointer { sink.word($0, after: pendingBreak) }
            word.removeAll(keepingCapacity: true)
            pendingBreak = .space
        }
        for character in Folding.fold(text) {
            if character.isLetter || character.isNumber {
                word.append(contentsOf: character.utf8)
            } else {
                flush(&sink)
                if !character.isWhitespace && !character.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .format }) {
                    pendingBreak = .punctuation
                }
            }
        }
        flush(&sink)
    }
}
