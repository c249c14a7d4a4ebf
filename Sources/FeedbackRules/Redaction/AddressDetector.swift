/// Finds street addresses and hamlet addresses typed in a text.
///
/// An address starts at a house number (`số nhà 12`, `nhà số 12`, `số 12` followed by a
/// street or lane, `12 đường Lê Lợi`, `12/3B phố Huế`), a lane with its number (`ngõ 35`,
/// `hẻm 12/4`, `kiệt 20`), or a village-level unit with its number or name (`xóm 3`,
/// `thôn Đông Lộc`, `tổ dân phố 5`, `khối 2`, `ấp 3`). It runs on through streets and the
/// commune (`, xã Diễn Kim`, `, phường Bến Thủy`) and stops before the district and province,
/// which identify nobody. A commune or a street named alone (`UBND xã Diễn Kim`, `đường Lê
/// Lợi bị ngập`) is not an address of anyone and stays.
enum AddressDetector {
    static func findings(in text: ScanText) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = 0
        let words = text.words
        while index < words.count {
            guard let core = core(at: index, in: text) else {
                index += 1
                continue
            }
            var end = core
            while let next = continuation(after: end, in: text) { end = next }
            found.append(words[index].range.lowerBound..<words[end].range.upperBound)
            index = end + 1
        }
        return found
    }

    /// The last word of an address core starting at `index`, if one starts there.
    private static func core(at index: Int, in text: ScanText) -> Int? {
        let words = text.words
        let word = words[index]
        // "số nhà 12", "nhà số 12"
        if text.phrase(["so", "nha"], at: index) || text.phrase(["nha", "so"], at: index),
           index + 2 < words.count, words[index + 2].isNumber, text.separator(after: index + 1) {
            let number = houseNumber(at: index + 2, in: text)
            return street(after: number, in: text) ?? number
        }
        // "số 12 đường Lê Lợi"
        if word.folded == "so", index + 1 < words.count, words[index + 1].isNumber, text.spaceOnly(after: index) {
            return street(after: houseNumber(at: index + 1, in: text), in: text)
        }
        // "12 đường Lê Lợi", "12/3B phố Huế"
        if word.isNumber && (index == 0 || words[index - 1].folded != "so") {
            if let end = street(after: houseNumber(at: index, in: text), in: text) { return end }
        }
        // "ngõ 35", "hẻm 12/4"
        if isStreet(word, lanesOnly: true), index + 1 < words.count, words[index + 1].isNumber, text.spaceOnly(after: index) {
            let number = houseNumber(at: index + 1, in: text)
            return street(after: number, in: text) ?? number
        }
        // "xóm 3", "thôn Đông Lộc", "tổ dân phố 5", "khu phố 2"
        return hamlet(at: index, in: text)
    }

    /// After a house number: a street or lane and its name, repeated ("ngõ 5 phố Huế").
    private static func street(after number: Int, in text: ScanText) -> Int? {
        let words = text.words
        var end: Int?
        var index = number
        while index + 1 < words.count, text.separator(after: index), isStreet(words[index + 1], lanesOnly: false),
              let name = PlaceName.end(after: index + 1, in: text) {
            end = name
            index = name
        }
        return end
    }

    private static func hamlet(at index: Int, in text: ScanText) -> Int? {
        let words = text.words
        let word = words[index]
        var cueEnd = index
        if text.phrase(["to", "dan", "pho"], at: index) || text.phrase(["khu", "pho"], at: index) {
            cueEnd = index + (word.folded == "to" ? 2 : 1)
        } else {
            guard word.matches(Lexicon.hamlets, folded: Lexicon.foldedHamlets) else { return nil }
            let exact = Lexicon.hamlets.contains(word.lower)
            let numberNext = index + 1 < words.count && words[index + 1].isNumber
            if Lexicon.ambiguousHamlets.contains(word.folded) && !(exact && word.folded != "khu") && !numberNext {
                return nil
            }
            if word.folded == "khu" && !numberNext { return nil }
        }
        guard cueEnd + 1 < words.count, text.spaceOnly(after: cueEnd) else { return nil }
        if words[cueEnd + 1].isNumber { return houseNumber(at: cueEnd + 1, in: text) }
        let plainAllowed = word.folded == "xom" || word.folded == "thon"
        return PlaceName.end(after: cueEnd, in: text, plainAllowed: plainAllowed)
    }

    /// `, xã Diễn Kim`, `, phường Bến Thủy`, `- đường Lê Lợi`, `, thôn 3` after `end`.
    private static func continuation(after end: Int, in text: ScanText) -> Int? {
        let words = text.words
        guard end + 1 < words.count, text.separator(after: end) else { return nil }
        let next = end + 1
        if text.phrase(["thi", "tran"], at: next) { return PlaceName.end(after: next + 1, in: text) }
        if words[next].folded == "xa" || words[next].folded == "phuong" || isStreet(words[next], lanesOnly: false) {
            return PlaceName.end(after: next, in: text)
        }
        return hamlet(at: next, in: text)
    }

    /// Digits, then an adjacent letter, then `/digits[letter]` parts: the last word of the number.
    private static func houseNumber(at index: Int, in text: ScanText) -> Int {
        let words = text.words
        var end = index
        while end + 1 < words.count {
            let gap = text.gap(after: end)
            let next = words[end + 1]
            if gap.isEmpty && !next.isNumber && next.folded.count == 1 && words[end].isNumber {
                end += 1
            } else if gap == "/" && next.isNumber {
                end += 1
            } else {
                break
            }
        }
        return end
    }

    private static func isStreet(_ word: ScanText.Word, lanesOnly: Bool) -> Bool {
        let lanes: Set<String> = ["ngo", "ngach", "hem", "kiet"]
        if lanesOnly { return lanes.contains(word.folded) && (word.isPlain || Lexicon.streets.contains(word.lower)) }
        return word.matches(Lexicon.streets, folded: Lexicon.foldedStreets)
    }
}
