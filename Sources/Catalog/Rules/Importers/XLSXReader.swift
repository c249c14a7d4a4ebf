import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import ZIPFoundation

/// Reads the cells of the first worksheet of an XLSX workbook (a ZIP of XML parts):
/// shared strings, inline strings, plain values. Formulas give their cached value.
struct XLSXReader {
    /// Cells by 1-based row number, each row by 0-based column index.
    var rows: [(number: Int, cells: [Int: String])] = []

    init(data: Data) throws {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw CatalogImportError.invalidWorkbook("not a ZIP archive (\(error))")
        }
        func part(_ path: String) throws -> Data? {
            guard let entry = archive[path] else { return nil }
            var out = Data()
            do {
                _ = try archive.extract(entry, skipCRC32: false) { out.append($0) }
            } catch {
                throw CatalogImportError.invalidWorkbook("cannot extract \(path) (\(error))")
            }
            return out
        }
        let shared = try part("xl/sharedStrings.xml").map(Self.sharedStrings) ?? []
        let sheetPath = try Self.firstSheetPath(workbook: part("xl/workbook.xml"),
                                                relations: part("xl/_rels/workbook.xml.rels"))
        guard let sheet = try part(sheetPath) ?? part("xl/worksheets/sheet1.xml") else {
            throw CatalogImportError.invalidWorkbook("no worksheet found")
        }
        let delegate = SheetDelegate(shared: shared)
        let parser = XMLParser(data: sheet)
        parser.delegate = delegate
        guard parser.parse(), delegate.failure == nil else {
            throw CatalogImportError.invalidWorkbook(delegate.failure ?? "worksheet XML is malformed")
        }
        rows = delegate.rows
    }

    /// "xl/worksheets/sheet1.xml" as named by the workbook's first <sheet> and its relationship.
    static func firstSheetPath(workbook: Data?, relations: Data?) throws -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbook, let relations else { return fallback }
        let sheets = ElementCollector.collect("sheet", in: workbook)
        guard let id = sheets.first?["r:id"] ?? sheets.first?.first(where: { $0.key.hasSuffix(":id") })?.value
        else { return fallback }
        guard let target = ElementCollector.collect("Relationship", in: relations)
            .first(where: { $0["Id"] == id })?["Target"] else { return fallback }
        return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
    }

    static func sharedStrings(_ data: Data) throws -> [String] {
        let delegate = SharedStringsDelegate()
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        guard parser.parse() else { throw CatalogImportError.invalidWorkbook("sharedStrings.xml is malformed") }
        return delegate.strings
    }

    /// "BC12" → 54 (0-based column index).
    static func columnIndex(of reference: String) -> Int? {
        var value = 0
        var seen = false
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65 && scalar.value <= 90 else { break }
            value = value * 26 + Int(scalar.value - 64)
            seen = true
        }
        return seen ? value - 1 : nil
    }
}

/// Collects the attributes of every element with a given name.
final class ElementCollector: NSObject, XMLParserDelegate {
    let name: String
    var found: [[String: String]] = []

    init(name: String) { self.name = name }

    static func collect(_ name: String, in data: Data) -> [[String: String]] {
        let delegate = ElementCollector(name: name)
        let parser = XMLParser(data: data)
        parser.delegate = delegate
        _ = parser.parse()
        return delegate.found
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        if elementName == name { found.append(attributes) }
    }
}

/// <sst><si><t>…</t></si><si><r><t>…</t></r><r><t>…</t></r></si>…: one string per <si>,
/// runs concatenated, phonetic hints (<rPh>) left out.
final class SharedStringsDelegate: NSObject, XMLParserDelegate {
    var strings: [String] = []
    private var current = ""
    private var inText = false
    private var inPhonetic = false

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "si": current = ""
        case "t": inText = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if inText { current += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch elementName {
        case "si": strings.append(current)
        case "t": inText = false
        case "rPh": inPhonetic = false
        default: break
        }
    }
}

/// <row r="3"><c r="A3" t="s"><v>6</v></c><c t="inlineStr"><is><t>…</t></is></c></row>
final class SheetDelegate: NSObject, XMLParserDelegate {
    let shared: [String]
    var rows: [(number: Int, cells: [Int: String])] = []
    var failure: String?
    private var rowNumber = 0
    private var cells: [Int: String] = [:]
    private var column = 0
    private var type = ""
    private var value = ""
    private var capture = false
    private var inPhonetic = false

    init(shared: [String]) { self.shared = shared }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        switch elementName {
        case "row":
            rowNumber = attributes["r"].flatMap(Int.init) ?? rowNumber + 1
            cells = [:]
            column = -1
        case "c":
            column = attributes["r"].flatMap(XLSXReader.columnIndex) ?? column + 1
            type = attributes["t"] ?? "n"
            value = ""
        case "v": capture = true
        case "t": capture = !inPhonetic
        case "rPh": inPhonetic = true
        default: break
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if capture { value += string }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        switch elementName {
        case "v", "t": capture = false
        case "rPh": inPhonetic = false
        case "c":
            if type == "s" {
                guard let index = Int(value.trimmingCharacters(in: .whitespaces)), shared.indices.contains(index) else {
                    failure = "row \(rowNumber): shared string \"\(value)\" does not exist"
                    parser.abortParsing()
                    return
                }
                cells[column] = shared[index]
            } else if !value.isEmpty {
                cells[column] = value
            }
        case "row": rows.append((rowNumber, cells))
        default: break
        }
    }
}
