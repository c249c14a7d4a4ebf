import Foundation

/// JSON and CSV exports of the catalogue; both read back to exactly the same procedures.
///
/// CSV: one row per procedure under a header of snake_case column names; lists and the
/// structured parts (channels, documents, legal bases) are JSON in their cells; an absent
/// optional is an empty unquoted cell, an empty text an empty quoted cell (""). UTF-8, NFC.
public enum CatalogExport {
    public static func json(_ procedures: [Procedure]) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain value types cannot fail.
        return (try? encoder.encode(procedures)) ?? Data("[]".utf8)
    }

    public static func parseJSON(_ data: Data) throws -> [Procedure] {
        do {
            return try JSONDecoder().decode([Procedure].self, from: data)
        } catch {
            throw CatalogImportError.malformedExport("JSON: \(error)")
        }
    }

    public static let csvColumns: [String] = Procedure.CodingKeys.allCases.map(\.rawValue)

    public static func csv(_ procedures: [Procedure]) -> String {
        var records: [[String?]] = [csvColumns]
        for procedure in procedures {
            records.append(Procedure.CodingKeys.allCases.map { cell(procedure, $0) })
        }
        return CSVCodec.write(records).precomposedStringWithCanonicalMapping
    }

    public static func parseCSV(_ text: String) throws -> [Procedure] {
        let records = try CSVCodec.read(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
        guard let header = records.first?.map(\.text) else { return [] }
        guard header == csvColumns else {
            throw CatalogImportError.malformedExport("CSV header is not \(csvColumns.joined(separator: ","))")
        }
        var procedures: [Procedure] = []
        for (index, record) in records.dropFirst().enumerated() {
            let row = index + 2
            guard record.count == csvColumns.count else {
                throw CatalogImportError.malformedExport(
                    "CSV row \(row) has \(record.count) fields, expected \(csvColumns.count)")
            }
            var cells: [Procedure.CodingKeys: CSVCodec.Field] = [:]
            for (key, field) in zip(Procedure.CodingKeys.allCases, record) { cells[key] = field }
            procedures.append(try procedure(cells, row: row))
        }
        return procedures
    }

    static func cell(_ p: Procedure, _ key: Procedure.CodingKeys) -> String? {
        switch key {
        case .code: p.code
        case .name: p.name
        case .decisions: jsonText(p.decisions)
        case .levels: jsonText(p.levels)
        case .kind: p.kind
        case .field: p.field
        case .applicants: jsonText(p.applicants)
        case .competentAgency: p.competentAgency
        case .implementingAgency: p.implementingAgency
        case .coordinatingAgency: p.coordinatingAgency
        case .receptionAddress: p.receptionAddress
        case .steps: p.steps
        case .channels: jsonText(p.channels)
        case .documents: jsonText(p.documents)
        case .conditions: p.conditions
        case .result: p.result
        case .legalBases: jsonText(p.legalBases)
        case .onlineLevel: p.onlineLevel.rawValue
        case .status: p.status.rawValue
        case .effectiveFrom: p.effectiveFrom
        case .abolishedOn: p.abolishedOn
        case .related: jsonText(p.related)
        case .source: p.source
        }
    }

    static func procedure(_ cells: [Procedure.CodingKeys: CSVCodec.Field], row: Int) throws -> Procedure {
        func text(_ key: Procedure.CodingKeys) -> String { cells[key]?.text ?? "" }
        func optional(_ key: Procedure.CodingKeys) -> String? {
            guard let field = cells[key] else { return nil }
            return field.text.isEmpty && !field.quoted ? nil : field.text
        }
        func decoded<T: Decodable>(_ key: Procedure.CodingKeys, as type: T.Type) throws -> T {
            do {
                return try JSONDecoder().decode(T.self, from: Data(text(key).utf8))
            } catch {
                throw CatalogImportError.malformedExport("CSV row \(row), column \(key.rawValue): \(error)")
            }
        }
        guard let online = OnlineLevel(rawValue: text(.onlineLevel)),
              let status = ProcedureStatus(rawValue: text(.status)) else {
            throw CatalogImportError.malformedExport("CSV row \(row): unknown online level or status")
        }
        return Procedure(
            code: text(.code), name: text(.name),
            decisions: try decoded(.decisions, as: [String].self),
            levels: try decoded(.levels, as: [String].self),
            kind: optional(.kind), field: optional(.field),
            applicants: try decoded(.applicants, as: [String].self),
            competentAgency: optional(.competentAgency),
            implementingAgency: optional(.implementingAgency),
            coordinatingAgency: optional(.coordinatingAgency),
            receptionAddress: optional(.receptionAddress),
            steps: text(.steps),
            channels: try decoded(.channels, as: [Channel].self),
            documents: try decoded(.documents, as: [DocumentRequirement].self),
            conditions: optional(.conditions), result: optional(.result),
            legalBases: try decoded(.legalBases, as: [LegalBasis].self),
            onlineLevel: online, status: status,
            effectiveFrom: optional(.effectiveFrom), abolishedOn: optional(.abolishedOn),
            related: try decoded(.related, as: [String].self),
            source: text(.source))
    }

    /// Compact JSON with sorted keys, used for list and structured cells and for diffs.
    static func jsonText<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }
}
