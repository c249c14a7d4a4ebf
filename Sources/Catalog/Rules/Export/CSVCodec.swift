/// RFC 4180 CSV: fields separated by commas, records by CRLF; a field with a comma, quote,
/// CR or LF is quoted and its quotes doubled. The reader also tells whether each field was
/// quoted, so that an empty quoted field ("") can differ from an empty unquoted one.
enum CSVCodec {
    struct Field: Equatable {
        var text: String
        var quoted: Bool
    }

    /// Writes records. A field given as nil is written empty and unquoted; "" is written `""`.
    static func write(_ records: [[String?]]) -> String {
        var out = ""
        for record in records {
            out += record.map(encode).joined(separator: ",")
            out += "\r\n"
        }
        return out
    }

    static func encode(_ field: String?) -> String {
        guard let field else { return "" }
        let needsQuotes = field.isEmpty || field.unicodeScalars.contains {
            $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n"
        }
        guard needsQuotes else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Reads records; scans Unicode scalars so that CRLF is never one character.
    static func read(_ text: String) throws -> [[Field]] {
        var records: [[Field]] = []
        var record: [Field] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var inQuotes = false
        var atFieldStart = true
        var line = 1
        let scalars = Array(text.unicodeScalars)
        var i = 0
        func endField() {
            record.append(Field(text: String(field), quoted: quoted))
            field = String.UnicodeScalarView()
            quoted = false
            atFieldStart = true
        }
        while i < scalars.count {
            let c = scalars[i]
            if inQuotes {
                if c == "\"" {
                    if i + 1 < scalars.count, scalars[i + 1] == "\"" {
                        field.append("\"")
                        i += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if c == "\n" { line += 1 }
                    field.append(c)
                }
                i += 1
                continue
            }
            switch c {
            case "\"":
                guard atFieldStart else {
                    throw CatalogImportError.malformedExport("CSV line \(line): quote inside an unquoted field")
                }
                inQuotes = true
                quoted = true
                atFieldStart = false
            case ",":
                endField()
            case "\r", "\n":
                endField()
                records.append(record)
                record = []
                if c == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                line += 1
            default:
                if quoted {
                    throw CatalogImportError.malformedExport("CSV line \(line): text after a closing quote")
                }
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes { throw CatalogImportError.malformedExport("CSV line \(line): unterminated quoted field") }
        if !field.isEmpty || quoted || !record.isEmpty {
            endField()
            records.append(record)
        }
        return records
    }
}
