import WorkCalendar

/// Small helpers for scanning flattened text as an array of characters.
typealias Chars = [Character]

extension Array where Element == Character {
    /// True when `word` occurs at index `i` (case-sensitive unless `ignoringCase`).
    func matches(_ word: String, at i: Int, ignoringCase: Bool = false) -> Bool {
        var j = i
        for ch in word {
            guard j < count else { return false }
            if ignoringCase {
                if self[j].lowercased() != ch.lowercased() { return false }
            } else if self[j] != ch {
                return false
            }
            j += 1
        }
        return true
    }

    /// The first of `words` found at `i`, longest first.
    func firstMatch(of words: [String], at i: Int, ignoringCase: Bool = false) -> String? {
        words.sorted { $0.count > $1.count }.first { matches($0, at: i, ignoringCase: ignoringCase) }
    }

    func text(_ range: Range<Int>) -> String {
        let lower = Swift.max(0, Swift.min(range.lowerBound, count))
        let upper = Swift.max(lower, Swift.min(range.upperBound, count))
        return String(self[lower..<upper])
    }

    /// Index after the spaces (and line breaks if `lines`) starting at `i`.
    func skipSpaces(from i: Int, lines: Bool = true) -> Int {
        var j = i
        while j < count, self[j] == " " || (lines && self[j] == "\n") { j += 1 }
        return j
    }

    /// End index (exclusive) of a run of ASCII digits starting at `i`.
    func digitRunEnd(from i: Int) -> Int {
        var j = i
        while j < count, self[j].isASCIIDigit { j += 1 }
        return j
    }

    /// Index just after the parenthesis that closes the one at `open`, or nil when unbalanced.
    func matchingParenthesisEnd(from open: Int) -> Int? {
        guard open < count, self[open] == "(" else { return nil }
        var depth = 0
        var j = open
        while j < count {
            if self[j] == "(" { depth += 1 }
            if self[j] == ")" {
                depth -= 1
                if depth == 0 { return j + 1 }
            }
            j += 1
        }
        return nil
    }
}

extension String {
    /// Removes parentheses that wrap the whole text, repeatedly: "((a (b)))" → "a (b)".
    func strippingWrappingParentheses() -> String {
        var value = TextNormalizer.block(self)
        while value.hasPrefix("("), value.hasSuffix(")") {
            let chars = Array(value)
            guard chars.matchingParenthesisEnd(from: 0) == chars.count else { break }
            value = TextNormalizer.block(String(chars[1..<(chars.count - 1)]))
        }
        return value
    }
}
