import Foundation

/// What every text typed by a sender or by staff goes through before it is kept: Unicode NFC,
/// no control characters (PostgreSQL rejects U+0000 outright), no invisible format characters
/// that could hide or reorder text (bidirectional overrides, zero-width spaces, BOM), and
/// trimmed.
public enum TextCleaner {
    /// A one-line value (name, phone, address): every run of whitespace, including line breaks
    /// and tabs, becomes one space.
    public static func line(_ text: String) -> String {
        let kept = scalars(text, keepingLineBreaks: false)
        return kept.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// A long text (content, answers): line breaks are kept (CR LF and CR become LF), tabs
    /// become spaces, spaces at the ends of lines and more than two blank lines in a row go.
    public static func paragraph(_ text: String) -> String {
        let kept = scalars(text, keepingLineBreaks: true)
        var lines = kept.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        var result: [String] = []
        var blank = 0
        for line in lines {
            blank = line.isEmpty ? blank + 1 : 0
            if blank <= 2 { result.append(line) }
        }
        return result.joined(separator: "\n").trimmingLeadingSpaces()
    }

    /// Whether `scalar` is removed: C0/C1 controls (tab and line feed are handled by the
    /// callers), bidirectional embeddings, overrides and isolates, zero-width characters,
    /// the BOM, the line/paragraph separators and non-characters.
    static func isUnwanted(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF, 0xFFFE, 0xFFFF: true
        case 0x2028, 0x2029: true
        default: false
        }
    }

    private static func scalars(_ text: String, keepingLineBreaks: Bool) -> String {
        let unified = text.replacingCRLF()
        var out = String.UnicodeScalarView()
        for scalar in unified.unicodeScalars {
            switch scalar {
            case "\n": out.append(keepingLineBreaks ? "\n" : " ")
            case "\t": out.append(" ")
            case "\u{2028}", "\u{2029}": out.append(keepingLineBreaks ? "\n" : " ")
            default: if !isUnwanted(scalar) { out.append(scalar) }
            }
        }
        return String(out).precomposedNFC
    }
}

extension String {
    /// Unicode NFC (canonical composition).
    var precomposedNFC: String { precomposedStringWithCanonicalMapping }

    fileprivate func replacingCRLF() -> String {
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }

    fileprivate func trimmingLeadingSpaces() -> String {
        String(drop { $0 == " " })
    }
}
