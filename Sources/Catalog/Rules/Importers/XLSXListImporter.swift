import Foundation

/// Imports the portal's list export ("DANH SÁCH THỦ TỤC HÀNH CHÍNH": Mã số, Tên, Cơ quan ban
/// hành, Cơ quan thực hiện, Lĩnh vực). Title rows above the header are skipped; columns are
/// found by their header text; empty rows are skipped; a malformed row is an error naming it.
public enum XLSXListImporter {
    enum Column: CaseIterable {
        case code, name, issuer, agency, field

        var headers: [String] {
            switch self {
            case .code: ["mã số", "mã thủ tục", "mã"]
            case .name: ["tên", "tên thủ tục"]
            case .issuer: ["cơ quan ban hành"]
            case .agency: ["cơ quan thực hiện"]
            case .field: ["lĩnh vực"]
            }
        }
    }

    public static func parse(data: Data) throws -> [ProcedureSummary] {
        let sheet = try XLSXReader(data: data)
        guard let headerIndex = sheet.rows.firstIndex(where: { row in
            row.cells.values.contains { Column.code.headers.contains(TextNormalizer.line($0).lowercased()) }
        }) else {
            throw CatalogImportError.invalidWorkbook("no header row with \"Mã số\"")
        }
        var columns: [Column: Int] = [:]
        for (index, text) in sheet.rows[headerIndex].cells {
            let label = TextNormalizer.line(text).lowercased()
            if let column = Column.allCases.first(where: { $0.headers.contains(label) }), columns[column] == nil {
                columns[column] = index
            }
        }
        for column in Column.allCases where columns[column] == nil {
            throw CatalogImportError.invalidWorkbook("the header row has no \"\(column.headers[0])\" column")
        }
        var summaries: [ProcedureSummary] = []
        for row in sheet.rows[(headerIndex + 1)...] {
            func cell(_ column: Column) -> String { row.cells[columns[column]!] ?? "" }
            if row.cells.values.allSatisfy({ TextNormalizer.line($0).isEmpty }) { continue }
            let code = TextNormalizer.line(cell(.code))
            let name = TextNormalizer.line(cell(.name))
            guard Procedure.isValidCode(code) else {
                throw CatalogImportError.malformedRow(row.number,
                    code.isEmpty ? "no code (Mã số)" : "code \"\(code)\" is not a procedure code")
            }
            guard !name.isEmpty else {
                throw CatalogImportError.malformedRow(row.number, "procedure \(code) has no name (Tên)")
            }
            summaries.append(ProcedureSummary(
                code: code, name: name,
                issuer: TextNormalizer.line(cell(.issuer)),
                agency: TextNormalizer.block(cell(.agency)),
                field: TextNormalizer.line(cell(.field))))
        }
        return summaries
    }
}
