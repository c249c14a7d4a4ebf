/// The name after a place or person cue: capitalised words, a number, or (when the writer
/// typed in lower case without diacritics) a few words up to a stop word.
enum PlaceName {
    /// The last word of the name whose cue is word `cue`, or nil when no name follows.
    static func end(after cue: Int, in text: ScanText, plainAllowed: Bool = true, maximum: Int = 4) -> Int? {
        let words = text.words
        let first = cue + 1
        guard first < words.count, text.spaceOnly(after: cue) else { return nil }
        if words[first].isNumber {
            var end = first
            while end + 1 < words.count && (text.gap(after: end) == "/" || text.gap(after: end).isEmpty) { end += 1 }
            return end
        }
        if words[first].isCapitalized {
            var end = first
            while end + 1 < words.count, end - first + 1 < maximum, text.spaceOnly(after: end),
                  words[end + 1].isCapitalized || words[end + 1].isNumber {
                end += 1
            }
            return end
        }
        // Lower case is a name only in text typed without diacritics ("xom dong, xa dien kim").
        guard plainAllowed, words[first].isPlain, !Lexicon.stopWords.contains(words[first].folded) else { return nil }
        var end = first
        while end + 1 < words.count, end - first + 1 < min(maximum, 2), text.spaceOnly(after: end),
              !words[end + 1].isNumber, words[end + 1].isPlain, !Lexicon.stopWords.contains(words[end + 1].folded) {
            end += 1
        }
        return end
    }
}
