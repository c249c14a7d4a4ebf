import WorkCalendar

/// Removes personal data from a question before it is published (Decree 20/2008/NĐ-CP Art. 19
/// publishes the result; Law 91/2025/QH15 forbids making personal data public without a
/// basis): the sender's own name, phone, e-mail, address and ID number wherever they appear,
/// and any phone number, e-mail, 9- or 12-digit ID number, street or hamlet address and
/// person's name the detectors find. Each is replaced by the placeholder.
///
/// The detectors err on the side of hiding: a street named after a person ("Nguyễn Thị Minh
/// Khai") is hidden too. Staff see the preview before publishing, and publication is refused
/// while the redactor still finds something (`FeedbackStateMachine`).
public struct Redactor: Sendable {
    public var known: KnownPersonalData
    public var placeholder: String

    public static let defaultPlaceholder = "[đã ẩn]"

    public init(known: KnownPersonalData = .none, placeholder: String = Redactor.defaultPlaceholder) {
        self.known = known
        self.placeholder = placeholder
    }

    /// Everything found, in text order, overlapping findings merged.
    public func findings(in text: String) -> [RedactionFinding] {
        let scan = ScanText(text)
        var spans: [(Range<Int>, PersonalDataKind)] = []
        spans += EmailDetector.findings(in: scan.chars, known: known.emails).map { ($0, .email) }
        let knownDigits = known.phones.compactMap { PhoneNumber.normalise($0).map { String($0.dropFirst()) } }
            + known.idNumbers.map { $0.filter(\.isASCIIDigit) }.filter { $0.count >= 9 }
        spans += NumberDetector.findings(in: scan, knownDigits: knownDigits)
        spans += known.names.flatMap { knownWords($0, in: scan, partial: true) }.map { ($0, .name) }
        spans += known.addresses.flatMap { knownAddress($0, in: scan) }.map { ($0, .address) }
        spans += AddressDetector.findings(in: scan).map { ($0, .address) }
        spans += NameDetector.findings(in: scan).map { ($0, .name) }
        let merged = merge(spans)
        var indices = Array(text.indices)
        indices.append(text.endIndex)
        return merged.map { span, kind in
            let range = indices[span.lowerBound]..<indices[span.upperBound]
            return RedactionFinding(range: range, kind: kind, text: String(text[range]))
        }
    }

    /// `text` with every finding replaced by the placeholder.
    public func redact(_ text: String) -> String {
        preview(text).redacted
    }

    /// The text in pieces for the staff preview.
    public func preview(_ text: String) -> RedactionPreview {
        var segments: [RedactionPreview.Segment] = []
        var cursor = text.startIndex
        for finding in findings(in: text) {
            if cursor < finding.range.lowerBound {
                segments.append(.init(text: String(text[cursor..<finding.range.lowerBound]), kind: nil))
            }
            segments.append(.init(text: finding.text, kind: finding.kind))
            cursor = finding.range.upperBound
        }
        if cursor < text.endIndex { segments.append(.init(text: String(text[cursor...]), kind: nil)) }
        return RedactionPreview(segments: segments, placeholder: placeholder)
    }

    /// Occurrences of the words of `value` (folded, any spacing or punctuation between them);
    /// with `partial`, also the value without its first word when it has three words or more
    /// ("Thị Minh Khai" of "Nguyễn Thị Minh Khai").
    private func knownWords(_ value: String, in scan: ScanText, partial: Bool) -> [Range<Int>] {
        let target = ScanText(value).words.map(\.folded)
        guard !target.isEmpty else { return [] }
        var targets = [target]
        if partial && target.count >= 3 { targets.append(Array(target.dropFirst())) }
        var found: [Range<Int>] = []
        for words in targets {
            let count = words.count
            guard scan.words.count >= count else { continue }
            for start in 0...(scan.words.count - count) where scan.words[start].folded == words[0] {
                let matches = (1..<count).allSatisfy { offset in
                    scan.words[start + offset].folded == words[offset] && scan.separator(after: start + offset - 1)
                }
                if matches { found.append(scan.words[start].range.lowerBound..<scan.words[start + count - 1].range.upperBound) }
            }
        }
        return found
    }

    /// The whole address, and each comma-separated part of it that is below the commune
    /// (it has a number, or starts with a house, street or hamlet word).
    private func knownAddress(_ address: String, in scan: ScanText) -> [Range<Int>] {
        var found = knownWords(address, in: scan, partial: false)
        for part in address.split(separator: ",") {
            let words = ScanText(String(part)).words
            guard let first = words.first else { continue }
            let local = words.contains(where: \.isNumber) || Lexicon.foldedHamlets.contains(first.folded)
                || Lexicon.foldedStreets.contains(first.folded) || first.folded == "so"
            if local { found += knownWords(String(part), in: scan, partial: false) }
        }
        return found
    }

    private func merge(_ spans: [(Range<Int>, PersonalDataKind)]) -> [(Range<Int>, PersonalDataKind)] {
        let sorted = spans.filter { !$0.0.isEmpty }.sorted {
            ($0.0.lowerBound, -$0.0.upperBound) < ($1.0.lowerBound, -$1.0.upperBound)
        }
        var merged: [(Range<Int>, PersonalDataKind)] = []
        for (range, kind) in sorted {
            if let last = merged.last, range.lowerBound < last.0.upperBound {
                merged[merged.count - 1].0 = last.0.lowerBound..<max(last.0.upperBound, range.upperBound)
            } else {
                merged.append((range, kind))
            }
        }
        return merged
    }
}

/// Finds e-mail addresses: `local@domain.tld` in ASCII, and the sender's own address in any case.
enum EmailDetector {
    static func findings(in chars: [Character], known: [String]) -> [Range<Int>] {
        let localChars = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-")
        let domainChars = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
        var found: [Range<Int>] = []
        for (index, character) in chars.enumerated() where character == "@" {
            var start = index
            while start > 0 && localChars.contains(chars[start - 1]) { start -= 1 }
            var end = index + 1
            while end < chars.count && domainChars.contains(chars[end]) { end += 1 }
            while end > index + 1 && (chars[end - 1] == "." || chars[end - 1] == "-") { end -= 1 }
            let domain = String(chars[(index + 1)..<end])
            guard start < index, let dot = domain.lastIndex(of: "."), domain[domain.index(after: dot)...].count >= 2 else {
                continue
            }
            found.append(start..<end)
        }
        let lowered = String(chars).lowercased()
        for email in known where !email.isEmpty && lowered.count == chars.count {
            let lowerChars = Array(lowered), target = Array(email.lowercased())
            guard lowerChars.count >= target.count else { continue }
            for start in 0...(lowerChars.count - target.count) where Array(lowerChars[start..<start + target.count]) == target {
                found.append(start..<start + target.count)
            }
        }
        return found
    }
}
