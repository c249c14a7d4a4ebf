import TextSearch
import WorkCalendar

/// A text prepared for the detectors: its characters, the same characters folded (lower
/// case, no tone or vowel marks, đ → d; one folded character per original one, so offsets
/// agree), and its words (runs of letters, or runs of ASCII digits).
struct ScanText {
    struct Word {
        let range: Range<Int>
        /// Lower-cased, with its diacritics.
        let lower: String
        let folded: String
        let isNumber: Bool
        let isCapitalized: Bool

        /// Typed without any diacritics (so only the folded form can be compared).
        var isPlain: Bool { lower == folded }

        /// `lower` is one of `forms`, or the word is plain and its folded form is one of them folded.
        func matches(_ forms: Set<String>, folded foldedForms: Set<String>) -> Bool {
            forms.contains(lower) || (isPlain && foldedForms.contains(folded))
        }
    }

    let chars: [Character]
    let folded: [Character]
    let words: [Word]

    init(_ text: String) {
        chars = Array(text)
        folded = chars.map(ScanText.fold)
        var words: [Word] = []
        var index = 0
        while index < chars.count {
            let isDigit = chars[index].isASCIIDigit
            guard isDigit || folded[index].isLetter else {
                index += 1
                continue
            }
            var end = index + 1
            while end < chars.count && (isDigit ? chars[end].isASCIIDigit : (folded[end].isLetter && !chars[end].isASCIIDigit)) {
                end += 1
            }
            words.append(Word(range: index..<end, lower: String(chars[index..<end]).lowercased(),
                              folded: String(folded[index..<end]), isNumber: isDigit,
                              isCapitalized: !isDigit && chars[index].isUppercase))
            index = end
        }
        self.words = words
    }

    /// The characters between word `index` and the next one ("" when there is none).
    func gap(after index: Int) -> String {
        guard index + 1 < words.count else { return "" }
        return String(chars[words[index].range.upperBound..<words[index + 1].range.lowerBound])
    }

    /// Whether the gap after word `index` is only spaces (1–2 of them).
    func spaceOnly(after index: Int) -> Bool {
        let gap = gap(after: index)
        return (1...2).contains(gap.count) && gap.allSatisfy { $0 == " " || $0 == "\u{00A0}" }
    }

    /// Whether the gap after word `index` is a short separator: spaces with at most one of
    /// `,` `:` `-` (e.g. ", " or ": ").
    func separator(after index: Int) -> Bool {
        let gap = gap(after: index)
        let marks = gap.filter { $0 == "," || $0 == ":" || $0 == "-" }
        return (1...4).contains(gap.count) && marks.count <= 1
            && gap.allSatisfy { $0 == " " || $0 == "\u{00A0}" || $0 == "," || $0 == ":" || $0 == "-" }
    }

    /// Whether words `start..<start+phrase.count` spell `phrase` (folded), each separated by spaces.
    func phrase(_ phrase: [String], at start: Int) -> Bool {
        guard start + phrase.count <= words.count else { return false }
        for (offset, part) in phrase.enumerated() {
            guard words[start + offset].folded == part else { return false }
            if offset > 0 && !spaceOnly(after: start + offset - 1) { return false }
        }
        return true
    }

    /// One folded character for `character`.
    static func fold(_ character: Character) -> Character {
        let folded = Folding.fold(String(character))
        if folded.count == 1, let first = folded.first { return first }
        return Character(character.lowercased().first.map(String.init) ?? String(character))
    }
}
