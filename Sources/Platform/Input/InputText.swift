import Foundation

/// What is wrong with a piece of typed text.
public enum InputProblem: Sendable, Equatable {
    case missing
    case tooLong(max: Int)
    case controlCharacters
    case invalid
}

/// Text as people type it becomes text we store: Unicode NFC, trimmed, line ends unified.
public enum InputText {
    public static func clean(_ raw: String) -> String {
        raw.replacingOccurrences(of: "\r\n", with: "\n")
            .precomposedStringWithCanonicalMapping
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Control characters (U+0000 crashes a PostgreSQL insert) are refused, except tab and
    /// newline in multi-line fields.
    public static func problem(_ text: String, maxLength: Int, multiline: Bool = false) -> InputProblem? {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let isControl = value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
            if isControl && !(multiline && (scalar == "\n" || scalar == "\t")) { return .controlCharacters }
        }
        if text.count > maxLength { return .tooLong(max: maxLength) }
        return nil
    }
}
