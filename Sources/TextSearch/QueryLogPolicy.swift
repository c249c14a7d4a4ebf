import Foundation

/// What of a citizen's query may be kept to learn from: the words, never the person. A query is
/// kept lower case, in NFC, with its spaces folded, and only when it cannot carry an identifier:
/// not with a run of digits long enough to be a phone, citizen-ID, tax or dossier number, not with
/// an "@" (an e-mail address), not longer than a search phrase (a pasted letter may name people).
/// Nothing else is kept with it: no address, no session, no time finer than the day.
public enum QueryLogPolicy {
    /// Longest query kept, in characters.
    public static var maxLength: Int { 80 }
    /// Most words kept (a question of more words is more likely to tell a story about someone).
    public static var maxWords: Int { 12 }
    /// Most digits in the whole query: a procedure code ("1.001193") has seven, a mobile number
    /// ten, a citizen ID twelve, a dossier code more.
    public static var maxDigits: Int { 7 }

    /// The query as it is kept, or nil when it is not kept at all.
    public static func loggable(_ query: String) -> String? {
        let text = query.precomposedStringWithCanonicalMapping.lowercased()
        let words = text.split(whereSeparator: { $0.isWhitespace })
        guard !words.isEmpty, words.count <= maxWords else { return nil }
        let kept = words.joined(separator: " ")
        guard kept.count <= maxLength, !kept.contains("@") else { return nil }
        guard kept.unicodeScalars.filter({ CharacterSet.decimalDigits.contains($0) }).count <= maxDigits else { return nil }
        guard !kept.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) }) else { return nil }
        return kept
    }
}
