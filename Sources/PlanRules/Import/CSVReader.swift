import Foundation

/// A record of a CSV file and the line it starts on (1-based; a quoted field may span lines).
public struct CSVRecord: Sendable, Hashable {
    public let line: Int
    public let fields: [String]
}

/// Why a CSV file could not be read at all.
public enum CSVSyntaxError: Error, Sendable, Hashable {
    /// A quoted field opened on this line never closes.
    case unterminatedQuote(line: Int)
    /// A quote inside an unquoted field, or text after a closing quote.
    case strayQuote(line: Int)
}

/// RFC 4180 reading: fields separated by `delimiter`; a field in double quotes may hold the
/// delimiter, line breaks and doubled quotes; CRLF or LF line ends; a UTF-8 BOM at the start is
/// dropped. Values are NFC. Blank lines are skipped.
enum CSVReader {
    static func records(_ text: String, delimiter: Character = ",") throws(CSVSyntaxError) -> [CSVRecord] {
        var input = Substring(text)
        if input.first == "\u{FEFF}" { input = input.dropFirst() }
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var quoteLine = 1
        var iterator = Array(input).makeIterator()
        var pending: Character? = nil

        func endField() {
            fields.append(field.precomposedStringWithCanonicalMapping)
            field = ""
            wasQuoted = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) {
                records.append(CSVRecord(line: recordLine, fields: fields))
            }
            fields = []
        }

        while let char = pending ?? iterator.next() {
            pending = nil
            if inQuotes {
                if char == "\"" {
                    let next = iterator.next()
                    if next == "\"" { field.append("\"") } else { inQuotes = false; pending = next }
                } else {
                    if char == "\n" || char == "\r\n" || char == "\r" { line += 1 }
                    field.append(char == "\r\n" ? "\n" : char)
                }
                continue
            }
            switch char {
            case "\"":
                guard field.isEmpty, !wasQuoted else { throw .strayQuote(line: line) }
                inQuotes = true
                wasQuoted = true
                quoteLine = line
            case delimiter:
                endField()
            case "\n", "\r\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            default:
                guard !wasQuoted else { throw .strayQuote(line: line) }
                field.append(char)
            }
        }
        if inQuotes { throw .unterminatedQuote(line: quoteLine) }
        if !field.isEmpty || !fields.isEmpty || wasQuoted { endRecord() }
        return records
    }

    /// One CSV line per row (CRLF ends, quotes where needed), for downloads.
    static func write(_ rows: [[String]]) -> String {
        rows.map { row in
            row.map { value in
                let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline } || value.hasPrefix(" ")
                return needsQuotes ? "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : value
            }.joined(separator: ",")
        }.joined(separator: "\r\n") + "\r\n"
    }
}
