import Foundation

/// Text helpers for user input: NFC, folding for tolerant matching, Roman numerals.
enum VietnameseText {
    /// NFC with surrounding white space removed and inner runs of white space collapsed to one
    /// space (line breaks included: a table cell broken over lines reads as one line).
    static func clean(_ text: String) -> String {
        text.precomposedStringWithCanonicalMapping
            .split(whereSeparator: \.isWhitespace)
            .joined(separator: " ")
    }

    /// Lower-case, no diacritics, đ → d, single spaces: "Quý II/2024" → "quy ii/2024".
    /// Foundation's diacritic folding keeps đ, so it is replaced first.
    static func fold(_ text: String) -> String {
        clean(text)
            .replacingOccurrences(of: "đ", with: "d")
            .replacingOccurrences(of: "Đ", with: "D")
            .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .lowercased()
    }

    /// Whether `text` has a character other than white space.
    static func hasText(_ text: String) -> Bool {
        text.contains { !$0.isWhitespace }
    }

    /// A stable ASCII key: folded, letters and digits kept, other runs turned into one "-".
    /// "Tờ rơi, tờ gấp" → "to-roi-to-gap".
    static func slug(_ text: String) -> String {
        var result = ""
        var pendingDash = false
        for scalar in fold(text).unicodeScalars {
            if scalar.isASCII, CharacterSet.alphanumerics.contains(scalar) {
                if pendingDash, !result.isEmpty { result.append("-") }
                pendingDash = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return result
    }

    static let romanNumerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]

    /// "II" → 2 (I…XII, any case), "2" → 2; nil otherwise.
    static func number(romanOrArabic text: String) -> Int? {
        if let value = Int(text), text.allSatisfy(\.isASCII) { return value }
        guard let index = romanNumerals.firstIndex(of: text.uppercased()) else { return nil }
        return index + 1
    }

    /// 2 → "II" (1…12; other values as Arabic digits).
    static func roman(_ value: Int) -> String {
        (1...12).contains(value) ? romanNumerals[value - 1] : String(value)
    }

    /// Whether `text` is NFC already.
    static func isNFC(_ text: String) -> Bool {
        Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
