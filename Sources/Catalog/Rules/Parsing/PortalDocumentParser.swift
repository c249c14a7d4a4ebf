import WorkCalendar

/// Parses the portal's flattened "thành phần hồ sơ" back into documents.
///
/// Shape: `<group label>Tên giấy tờMẫu đơn, tờ khaiSố lượng<row><row>…<next label>Tên giấy tờ…`
/// where a row is `<name><template file names><count>` and the count cell reads
/// "1 bản chính" or "0 bản chính,1 bản sao". Labels are "* Giấy tờ phải nộp:", "* Lưu ý:",
/// case headings, or "--" (no label).
enum PortalDocumentParser {
    static let field = "thanh_phan_ho_so"
    static let header = "Tên giấy tờMẫu đơn, tờ khaiSố lượng"
    static let extensions = [".docx", ".doc", ".DOCX", ".DOC", ".pdf", ".PDF", ".xlsx", ".xls", ".rtf", ".odt"]

    static func parse(_ text: String) -> ([DocumentRequirement], [ImportWarning]) {
        let raw = TextNormalizer.raw(text)
        if TextNormalizer.line(raw).isEmpty { return ([], []) }
        let segments = raw.components(separatedBy: header)
        var warnings: [ImportWarning] = []
        guard segments.count > 1 else {
            warnings.append(warn("documents.unparsed", "No document table found in \"\(clip(TextNormalizer.line(raw)))\""))
            return ([DocumentRequirement(name: TextNormalizer.block(raw))], warnings)
        }
        var documents: [DocumentRequirement] = []
        var group = groupLabel(segments[0])
        for (n, segment) in segments.enumerated().dropFirst() {
            let chars = Array(segment)
            let counts = countCells(chars)
            var rowStart = 0
            for count in counts {
                var (document, found) = row(Array(chars[rowStart..<count.start]))
                document.originals = count.originals
                document.copies = count.copies
                document.group = group
                documents.append(document)
                warnings += found
                rowStart = count.end
            }
            let tail = chars.text(rowStart..<chars.count)
            if n + 1 < segments.count {
                group = groupLabel(tail)
            } else if !TextNormalizer.line(tail).isEmpty {
                let (document, found) = row(Array(tail))
                documents.append(DocumentRequirement(name: document.name, templates: document.templates, group: group))
                warnings += found
                warnings.append(warn("documents.count_missing",
                    "No count (bản chính/bản sao) after \"\(clip(TextNormalizer.line(tail)))\""))
            }
        }
        return (documents, warnings)
    }

    /// "* Giấy tờ phải nộp:" → "Giấy tờ phải nộp"; "--" → nil.
    static func groupLabel(_ text: String) -> String? {
        var value = TextNormalizer.line(text)
        while let first = value.first, "*-+• ".contains(first) { value.removeFirst() }
        while let last = value.last, ": ".contains(last) { value.removeLast() }
        return value.isEmpty ? nil : value
    }

    struct Count {
        var start: Int
        var end: Int
        var originals: Int
        var copies: Int?
    }

    /// Count cells: "N bản chính" optionally followed by ",M bản sao". N has no leading zero
    /// (prose such as "(01 bản chính)" inside a name is not a cell).
    static func countCells(_ chars: Chars) -> [Count] {
        var counts: [Count] = []
        var i = 0
        while i < chars.count {
            guard chars[i].isASCIIDigit, i == 0 || !chars[i - 1].isASCIIDigit else { i += 1; continue }
            let numberEnd = chars.digitRunEnd(from: i)
            let number = chars.text(i..<numberEnd)
            guard number == "0" || !number.hasPrefix("0"), chars.matches(" bản chính", at: numberEnd) else {
                i = numberEnd
                continue
            }
            var count = Count(start: i, end: numberEnd + " bản chính".count, originals: Int(number) ?? 0)
            var j = count.end
            if j < chars.count, chars[j] == "," {
                j = chars.skipSpaces(from: j + 1, lines: false)
                let copiesEnd = chars.digitRunEnd(from: j)
                if copiesEnd > j, chars.matches(" bản sao", at: copiesEnd) {
                    count.copies = Int(chars.text(j..<copiesEnd))
                    count.end = copiesEnd + " bản sao".count
                }
            }
            counts.append(count)
            i = count.end
        }
        return counts
    }

    /// Name and template files of one row (everything before its count cell).
    static func row(_ chars: Chars) -> (DocumentRequirement, [ImportWarning]) {
        var end = chars.count
        while end > 0, chars[end - 1] == " " || chars[end - 1] == "\n" { end -= 1 }
        var templates: [String] = []
        var warnings: [ImportWarning] = []
        while let ext = extensions.first(where: { chars.text(max(0, end - $0.count)..<end) == $0 }) {
            let fileEnd = end
            let (start, certain) = templateStart(chars, before: fileEnd - ext.count)
            let file = TextNormalizer.line(chars.text(start..<fileEnd))
            templates.insert(trimmedFileName(file), at: 0)
            if !certain {
                warnings.append(warn("document.template_boundary",
                    "Where the form file name \"\(clip(file))\" starts is unclear"))
            }
            end = start
        }
        var name = TextNormalizer.block(chars.text(0..<end))
        while let first = name.first, "-+•".contains(first) {
            name = TextNormalizer.block(String(name.dropFirst()))
        }
        if name.isEmpty {
            warnings.append(warn("document.empty_name", "A document row has no name"))
        }
        return (DocumentRequirement(name: name, templates: templates), warnings)
    }

    /// Start of the file name that ends at `extensionStart`: after an earlier file name, at the
    /// leftmost place where the name runs into a typical form name without a space
    /// ("…tài sảnMẫu TP-DGTS-05", "…Việt-Anh);6.nx…", "…con nuôi1.nx…"), else at the leftmost
    /// such place at all.
    static func templateStart(_ chars: Chars, before extensionStart: Int) -> (Int, Bool) {
        var lowest = 0
        for ext in extensions {
            var j = extensionStart - 1
            while j >= ext.count {
                if chars.text((j - ext.count)..<j) == ext { lowest = max(lowest, j); break }
                j -= 1
            }
        }
        var weak: Int?
        var i = max(lowest, 1)
        while i < extensionStart {
            if isGlue(previous: chars[i - 1], current: chars[i], next: i + 1 < chars.count ? chars[i + 1] : nil,
                      beforePrevious: i >= 2 ? chars[i - 2] : nil) {
                if looksLikeFormStart(chars, at: i) { return (i, true) }
                if weak == nil { weak = i }
            }
            i += 1
        }
        if let weak { return (weak, true) }
        if lowest > 0 { return (lowest, true) }
        // No glue: take the last run without spaces.
        var start = extensionStart
        while start > 0, chars[start - 1] != " ", chars[start - 1] != "\n" { start -= 1 }
        return (start, false)
    }

    /// "Mẫu …", "Mau so …", "TP-…", "6.nx…": how form file names usually begin.
    static func looksLikeFormStart(_ chars: Chars, at i: Int) -> Bool {
        if chars.firstMatch(of: ["mẫu", "mau", "tp-", "tp "], at: i, ignoringCase: true) != nil { return true }
        let end = chars.digitRunEnd(from: i)
        return end > i && end - i <= 2 && end < chars.count && chars[end] == "."
    }

    static func isGlue(previous: Character, current: Character, next: Character?, beforePrevious: Character?) -> Bool {
        if current == " " || current == "\n" { return false }
        if previous.isLowercase || previous.isASCIIDigit, current.isUppercase { return true }
        // "…/TT-BTPMẫu …": a capitalised word right after an upper-case code ("TTg" excepted).
        if previous.isUppercase, current.isUppercase, next?.isLowercase == true, !(current == "T" && next == "g") {
            return true
        }
        if previous.isLowercase, current.isASCIIDigit, next == "." { return true }
        if ".;)".contains(previous), !".;),".contains(current) {
            if previous == ".", current.isASCIIDigit, beforePrevious?.isASCIIDigit == true { return false }
            return true
        }
        return false
    }

    static func trimmedFileName(_ file: String) -> String {
        var value = file
        while let first = value.first, ".;:-".contains(first) || first == " " { value.removeFirst() }
        return value
    }

    static func warn(_ code: String, _ message: String) -> ImportWarning {
        ImportWarning(code: code, field: field, message: message)
    }
}
