import Foundation

/// Finds the words of a text matching search terms, as ranges of the original text (with its
/// diacritics, case and normalization form untouched).
public enum Highlight {
    /// Ranges of the words of `text` whose folded form equals or starts with one of `terms`
    /// (terms are folded here too, so "Đăng" and "dang" are the same term). Ranges are in
    /// `text` order and do not overlap; NFC and NFD text are both handled.
    ///
    /// A term that occurs in `text` as a whole word highlights only those words, not the words it
    /// merely starts: for "khai tu", "Thủ tục đăng ký khai tử" highlights "khai" and "tử", not
    /// "tục"; for "khai sin", "sinh" is highlighted.
    public static func ranges(in text: String, matching terms: [String]) -> [Range<String.Index>] {
        var folded: [[UInt8]] = []
        for term in terms {
            for word in Tokenizer.words(term) where !folded.contains(Array(word.utf8)) {
                folded.append(Array(word.utf8))
            }
        }
        guard !folded.isEmpty, !text.isEmpty else { return [] }

        var candidates: [(range: Range<String.Index>, word: [UInt8])] = []
        var word: [UInt8] = []
        var wordStart: String.Index?
        var wordEnd = text.startIndex

        func close() {
            if let start = wordStart, folded.contains(where: { word.starts(with: $0) }) {
                candidates.append((start..<wordEnd, word))
            }
            word.removeAll(keepingCapacity: true)
            wordStart = nil
        }

        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            foldCharacter(text[index]) { bytes, isWord in
                if isWord {
                    if wordStart == nil { wordStart = index }
                    word.append(contentsOf: bytes)
                    wordEnd = next
                } else {
                    close()
                }
            }
            index = next
        }
        close()

        let exact = folded.filter { term in candidates.contains { $0.word == term } }
        return candidates.filter { candidate in
            folded.contains { term in
                candidate.word == term || (candidate.word.starts(with: term) && !exact.contains(term))
            }
        }.map(\.range)
    }

    /// `text` cut into pieces, the words matching `terms` marked as highlighted; joining the
    /// pieces' text gives back `text`. For views: wrap highlighted pieces in `<mark>`.
    public static func segments(_ text: String, terms: [String]) -> [(text: String, highlighted: Bool)] {
        var segments: [(text: String, highlighted: Bool)] = []
        var cursor = text.startIndex
        for range in ranges(in: text, matching: terms) {
            if cursor < range.lowerBound { segments.append((String(text[cursor..<range.lowerBound]), false)) }
            segments.append((String(text[range]), true))
            cursor = range.upperBound
        }
        if cursor < text.endIndex { segments.append((String(text[cursor...]), false)) }
        return segments
    }

    /// Calls `body` with the folded pieces of one character: word bytes (isWord true) or a
    /// separator (isWord false). Characters that fold to nothing call nothing.
    private static func foldCharacter(_ character: Character, _ body: (ArraySlice<UInt8>, Bool) -> Void) {
        let table = FoldTable.shared
        var covered = true
        for scalar in character.unicodeScalars {
            guard let index = FoldTable.index(of: scalar.value), table.kinds[index] != .complex else {
                covered = false
                break
            }
        }
        if covered {
            for scalar in character.unicodeScalars {
                let index = FoldTable.index(of: scalar.value)!
                switch table.kinds[index] {
                case .word: body(table.bytes[Int(table.starts[index])..<Int(table.starts[index + 1])], true)
                case .space, .punctuation: body([], false)
                case .ignorable, .complex: break
                }
            }
            return
        }
        for piece in Folding.fold(String(character)) {
            body(ArraySlice(piece.utf8), piece.isLetter || piece.isNumber)
        }
    }
}
