/// Finds people's names typed in a text.
///
/// - After a cue: "tôi là", "tôi tên là", "họ và tên", "người gửi", "người liên hệ"…, or a
///   kinship title used as a form of address ("ông", "bà", "anh", "chị", "em", "cô", "chú",
///   "bác", "cháu", "cụ", "dì"): the capitalised words that follow (up to four), unless they
///   are a title or a body ("ông Chủ tịch", "anh Công an xã"). When the writer typed in lower
///   case, a name is taken only if it starts with a family name ("toi la nguyen van an").
/// - Without a cue: a capitalised family name followed by a capitalised common middle name
///   ("Nguyễn Thị Hoa", "Tran Van Binh"), up to four words; so "Hồ Chí Minh" stays.
/// A kinship word without diacritics ("anh", "co") is a cue only before a family name, since
/// "co" may be "có" and "chi" may be "chỉ".
enum NameDetector {
    static func findings(in text: ScanText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        let words = text.words
        var index = 0
        while index < words.count {
            if let (start, end) = afterCue(at: index, in: text) ?? bare(at: index, in: text) {
                found.append(words[start].range.lowerBound..<words[end].range.upperBound)
                index = end + 1
            } else {
                index += 1
            }
        }
        return found
    }

    /// A name after a cue that starts at word `index`: (first, last) word of the name.
    private static func afterCue(at index: Int, in text: ScanText) -> (Int, Int)? {
        let words = text.words
        var cueEnd: Int?
        var strongCue = false
        for phrase in Lexicon.namePhrases where text.phrase(phrase, at: index) {
            cueEnd = index + phrase.count - 1
            strongCue = true
            break
        }
        if cueEnd == nil, words[index].matches(Lexicon.personCues, folded: Lexicon.foldedPersonCues) {
            cueEnd = index
            strongCue = Lexicon.personCues.contains(words[index].lower)
        }
        guard let cueEnd, cueEnd + 1 < words.count, text.separator(after: cueEnd) else { return nil }
        let first = cueEnd + 1
        let word = words[first]
        guard !word.isNumber, !isTitle(at: first, in: text) else { return nil }
        if word.isCapitalized && (strongCue || isSurname(word)) {
            return (first, capitalisedRun(from: first, in: text))
        }
        if !word.isCapitalized && isSurname(word) {
            var end = first
            while end + 1 < words.count, end - first < 3, text.spaceOnly(after: end), !words[end + 1].isNumber,
                  !Lexicon.stopWords.contains(words[end + 1].folded) {
                end += 1
            }
            return (first, end)
        }
        return nil
    }

    /// A family name and a middle name, both capitalised, without a cue.
    private static func bare(at index: Int, in text: ScanText) -> (Int, Int)? {
        let words = text.words
        guard index + 1 < words.count, words[index].isCapitalized, isSurname(words[index]),
              text.spaceOnly(after: index), words[index + 1].isCapitalized,
              words[index + 1].matches(Lexicon.middleNames, folded: Lexicon.foldedMiddleNames) else { return nil }
        return (index, capitalisedRun(from: index, in: text))
    }

    private static func capitalisedRun(from first: Int, in text: ScanText) -> Int {
        let words = text.words
        var end = first
        while end + 1 < words.count, end - first < 3, text.spaceOnly(after: end), words[end + 1].isCapitalized {
            end += 1
        }
        return end
    }

    private static func isSurname(_ word: ScanText.Word) -> Bool {
        word.matches(Lexicon.surnames, folded: Lexicon.foldedSurnames)
    }

    private static func isTitle(at index: Int, in text: ScanText) -> Bool {
        let word = text.words[index]
        if Lexicon.titleWords.contains(word.lower) || (word.isPlain && Lexicon.foldedTitleWords.contains(word.folded)) {
            return true
        }
        return Lexicon.titlePhrases.contains { text.phrase($0, at: index) }
    }
}
