import Foundation

/// Text clean-up shared by all importers: Unicode NFC, invisible characters removed,
/// every kind of space made a plain space, runs of spaces collapsed, trimmed.
public enum TextNormalizer {
    /// What the portal writes when a field is empty.
    public static let placeholders: Set<String> = ["Không có thông tin"]

    /// NFC, invisible characters removed, CR/LF unified, tabs and exotic spaces made plain
    /// spaces. Nothing is collapsed or trimmed: used before parsing flattened tables.
    public static func raw(_ text: String) -> String {
        let nfc = text.precomposedStringWithCanonicalMapping
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in nfc.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar.value {
            case 0x200B...0x200F, 0xFEFF, 0x00AD, 0x2060, 0x202A...0x202E:
                continue  // zero-width and direction marks, soft hyphen
            case 0x0A:
                if !previousWasCR { scalars.append("\n") }
            case 0x0D, 0x2028, 0x2029, 0x0B, 0x0C:
                scalars.append("\n")
            case 0x09, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
            case 0x00...0x1F, 0x7F:
                continue
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// One-line text: all whitespace (line breaks too) collapsed to single spaces, trimmed.
    public static func line(_ text: String) -> String {
        collapseSpaces(raw(text).replacingOccurrences(of: "\n", with: " "))
    }

    /// Long text: each line's spaces collapsed and trimmed, line breaks kept, runs of empty
    /// lines reduced to one, leading and trailing empty lines removed.
    public static func block(_ text: String) -> String {
        var lines: [String] = []
        for line in raw(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let cleaned = collapseSpaces(String(line))
            if cleaned.isEmpty, lines.last?.isEmpty ?? true { continue }
            lines.append(cleaned)
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// `line`, or nil when empty or a placeholder such as "Không có thông tin".
    public static func optionalLine(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = line(text)
        return value.isEmpty || placeholders.contains(value) ? nil : value
    }

    /// `block`, or nil when empty or a placeholder.
    public static func optionalBlock(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = block(text)
        return value.isEmpty || placeholders.contains(value) ? nil : value
    }

    /// Collapses runs of spaces to one and trims spaces at both ends (line breaks untouched).
    static func collapseSpaces(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        var pendingSpace = false
        for ch in text {
            if ch == " " {
                pendingSpace = !out.isEmpty && out.last != "\n"
                continue
            }
            if ch == "\n" {
                while out.last == " " { out.removeLast() }
                pendingSpace = false
                out.append(ch)
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(ch)
        }
        while out.last == " " { out.removeLast() }
        return out
    }

    /// Splits "A, B (x, y), Cán bộ, công chức, viên chức" into items: commas inside
    /// parentheses do not split, and a piece that starts in lower case continues the
    /// previous item ("Cán bộ, công chức, viên chức" stays one item).
    public static func splitList(_ text: String, separators: Set<Character> = [",", ";"]) -> [String] {
        let value = line(text)
        guard !value.isEmpty, !placeholders.contains(value) else { return [] }
        var pieces: [(text: String, separator: Character)] = []
        var current = ""
        var depth = 0
        for ch in value {
            if ch == "(" { depth += 1 }
            if ch == ")" { depth = max(0, depth - 1) }
            if depth == 0, separators.contains(ch) {
                pieces.append((current, ch))
                current = ""
            } else {
                current.append(ch)
            }
        }
        pieces.append((current, " "))
        var items: [String] = []
        var previousSeparator: Character = " "
        for piece in pieces {
            let trimmed = line(piece.text)
            defer { previousSeparator = piece.separator }
            if trimmed.isEmpty { continue }
            if let first = trimmed.first, first.isLowercase, let last = items.last {
                items[items.count - 1] = last + String(previousSeparator) + " " + trimmed
            } else {
                items.append(trimmed)
            }
        }
        return items
    }

    /// "Cấp Xã" → "Cấp xã": first letter upper case, the rest lower case.
    public static func sentenceCase(_ text: String) -> String {
        let value = line(text)
        guard let first = value.first else { return value }
        return first.uppercased() + value.dropFirst().lowercased()
    }

    /// True when the text is Unicode NFC.
    public static func isNFC(_ text: String) -> Bool {
        Array(text.unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars)
    }
}
