import WorkCalendar

/// Parses legal bases: the portal's flattened table (Tên văn bản pháp lý | Mã văn bản) and
/// the structured export's rows.
enum LegalBasisParser {
    static let field = "can_cu_phap_ly"
    static let header = "Tên văn bản pháp lýMã văn bản"
    /// Words that may stand before a number inside its own cell ("Thông tư số 03/2023/TT-BTP").
    static let kindWords = ["Thông tư liên tịch", "Thông tư", "Nghị định", "Nghị quyết", "Quyết định",
                            "Bộ luật", "Luật", "Pháp lệnh", "Văn bản hợp nhất"]
    /// Scraping debris that the portal put at the start of some titles.
    static let debris = ["Trang chủ"]

    static func parsePortal(_ text: String) -> ([LegalBasis], [ImportWarning]) {
        var chars = Array(TextNormalizer.raw(text))
        chars = Array(chars[chars.skipSpaces(from: 0)...])
        if chars.matches(header, at: 0) { chars = Array(chars[header.count...]) }
        if TextNormalizer.line(String(chars)).isEmpty { return ([], []) }
        let numbers = DocumentNumber.all(in: chars)
        var bases: [LegalBasis] = []
        var warnings: [ImportWarning] = []
        var rowStart = 0
        for (n, number) in numbers.enumerated() {
            guard isCell(number, next: n + 1 < numbers.count ? numbers[n + 1] : nil, in: chars) else { continue }
            let cellStart = cellStart(of: number, rowStart: rowStart, in: chars)
            let title = cleanTitle(chars.text(rowStart..<cellStart))
            bases.append(basis(number: number.text, title: title))
            if title.isEmpty {
                warnings.append(warn("legal_basis.title_missing", "No title before number \(number.text)"))
            }
            rowStart = number.end
        }
        let tail = TextNormalizer.line(chars.text(rowStart..<chars.count))
        if !tail.isEmpty {
            warnings.append(contentsOf: tailRow(tail, into: &bases))
        }
        return (bases, warnings)
    }

    /// A number is the "Mã văn bản" cell when it ends its row: at the end of the text, run
    /// straight into the next title, or followed by spaces and a capital after being glued
    /// to its own title. A number directly followed by another is part of a title.
    static func isCell(_ number: DocumentNumber.Match, next: DocumentNumber.Match?, in chars: Chars) -> Bool {
        if let next, next.start == number.end { return false }
        let after = chars.skipSpaces(from: number.end)
        if after >= chars.count { return true }
        if number.end < chars.count, chars[number.end].isLetter { return true }
        let gluedBefore = number.start > 0 && chars[number.start - 1] != " " && chars[number.start - 1] != "\n"
        return gluedBefore && after > number.end && chars[after].isUppercase
    }

    /// Extends a cell backwards over "Thông tư số " when that prefix itself is glued to the title.
    static func cellStart(of number: DocumentNumber.Match, rowStart: Int, in chars: Chars) -> Int {
        var j = number.start
        while j > rowStart, chars[j - 1] == " " { j -= 1 }
        if j >= rowStart + 2, chars.text((j - 2)..<j).lowercased() == "số" { j -= 2 }
        while j > rowStart, chars[j - 1] == " " { j -= 1 }
        for word in kindWords where j - word.count >= rowStart && chars.text((j - word.count)..<j) == word {
            j -= word.count
            break
        }
        guard j < number.start, j > rowStart else { return number.start }
        let before = chars[j - 1]
        return before == " " || before == "\n" ? number.start : j
    }

    static func cleanTitle(_ text: String) -> String {
        var title = TextNormalizer.line(text)
        for word in debris where title.hasPrefix(word + " ") || title == word {
            title = TextNormalizer.line(String(title.dropFirst(word.count)))
        }
        return title
    }

    /// The last row has no well-formed number: keep it with what number it has.
    static func tailRow(_ tail: String, into bases: inout [LegalBasis]) -> [ImportWarning] {
        let chars = Array(tail)
        var end = chars.count
        while end > 0, chars[end - 1].isASCIIDigit || chars[end - 1] == "/" { end -= 1 }
        let partial = chars.text(end..<chars.count)
        if partial.contains("/"), partial.first?.isASCIIDigit == true, end > 0 {
            let title = cleanTitle(chars.text(0..<end))
            // The title may name the document in full ("Quyết định 24/2024/QĐ-UBND …").
            if let full = DocumentNumber.all(in: Array(title)).first(where: { $0.text.hasPrefix(partial + "/") }) {
                bases.append(basis(number: full.text, title: title))
                return []
            }
            bases.append(LegalBasis(number: partial, title: title))
            return [warn("legal_basis.incomplete_number",
                         "Number \"\(partial)\" has no issuing-body code; kept as written")]
        }
        bases.append(LegalBasis(number: "", title: cleanTitle(tail)))
        return [warn("legal_basis.number_missing", "No document number found in \"\(clip(tail))\"")]
    }

    /// Builds a legal basis from a number and a title: the number is stripped of "Thông tư số";
    /// the date is read from "<number> ngày dd/mm/yyyy" in the title; the issuer from the
    /// number's code.
    static func basis(number rawNumber: String, title: String, date: String? = nil,
                      issuer: String? = nil) -> LegalBasis {
        let number = bareNumber(rawNumber)
        return LegalBasis(number: number, title: title,
                          date: date ?? dateAfter(number: number, in: title),
                          issuer: issuer ?? DocumentNumber.issuer(of: number))
    }

    /// "Thông tư số 03/2023/TT-BTP" → "03/2023/TT-BTP"; "3980 /QĐ-BQP" → "3980/QĐ-BQP".
    static func bareNumber(_ text: String) -> String {
        let value = TextNormalizer.line(text).replacingOccurrences(of: " /", with: "/")
            .replacingOccurrences(of: "/ ", with: "/")
        let chars = Array(value)
        if let match = DocumentNumber.all(in: chars).first { return match.text }
        return value
    }

    /// Date written right after the number in the title: "123/2015/NĐ-CP ngày 15/11/2015" or
    /// "… ngày 01 tháng 7 năm 2025". Only accepted when its year matches the number's.
    static func dateAfter(number: String, in title: String) -> String? {
        guard !number.isEmpty, let range = title.range(of: number) else { return nil }
        var rest = Substring(title[range.upperBound...])
        rest = rest.drop { $0 == " " || $0 == "," }
        guard rest.lowercased().hasPrefix("ngày") else { return nil }
        rest = rest.dropFirst(4).drop { $0 == " " }
        guard let iso = ISODate.fromVietnamese(String(rest.prefix(30))) else { return nil }
        if let year = DocumentNumber.year(of: number), !iso.hasPrefix(String(year)) { return nil }
        return iso
    }

    static func warn(_ code: String, _ message: String) -> ImportWarning {
        ImportWarning(code: code, field: field, message: message)
    }
}

/// ISO dates from Vietnamese writing.
enum ISODate {
    /// "15/11/2015", "15-11-2015", "01 tháng 7 năm 2025" at the start of the text → "2015-11-15".
    static func fromVietnamese(_ text: String) -> String? {
        let chars = Array(text)
        var numbers: [Int] = []
        var i = 0
        while i < chars.count, numbers.count < 3 {
            let end = chars.digitRunEnd(from: i)
            guard end > i, let value = Int(chars.text(i..<end)) else { return nil }
            numbers.append(value)
            i = end
            if numbers.count == 3 { break }
            if i < chars.count, chars[i] == "/" || chars[i] == "-" || chars[i] == "." {
                i += 1
            } else if chars.matches(" tháng ", at: i) {
                i += " tháng ".count
            } else if chars.matches(" năm ", at: i) {
                i += " năm ".count
            } else {
                return nil
            }
        }
        guard numbers.count == 3 else { return nil }
        return iso(day: numbers[0], month: numbers[1], year: numbers[2])
    }

    static func iso(day: Int, month: Int, year: Int) -> String? {
        guard (1...31).contains(day), (1...12).contains(month), (1900...2100).contains(year) else { return nil }
        let days = [31, year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
                    31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard day <= days[month - 1] else { return nil }
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
}
