import Foundation
import Testing
import ZIPFoundation
@testable import Catalog

/// danh-sach-tthc-BoTuPhap.xlsx, the portal's list export, and small workbooks built here.
@Suite struct XLSXListImporterTests {
    /// The real export: a title row ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM … DANH SÁCH THỦ TỤC HÀNH
    /// CHÍNH"), a header row, then 271 procedures; row 3 is 1.014966.
    @Test func realListExport() throws {
        let rows = try XLSXListImporter.parse(data: Data(contentsOf: RealData.listWorkbook))
        #expect(rows.count == 271)
        #expect(rows[0] == ProcedureSummary(
            code: "1.014966",
            name: "Cấp lại chứng chỉ hành nghề Quản tài viên trong trường hợp bị thu hồi chứng chỉ hành nghề",
            issuer: "Bộ Tư pháp",
            agency: "Chủ tịch ủy ban nhân dân cấp tỉnh\nSở Tư Pháp",
            field: "Quản tài viên"))
        #expect(Set(rows.map(\.code)).count == 271)
        #expect(rows.allSatisfy { Procedure.isValidCode($0.code) && !$0.name.isEmpty })
        // The list and the per-procedure files describe the same 271 procedures.
        let files = try RealData.files(in: RealData.portalDirectory).map { $0.deletingPathExtension().lastPathComponent }
        #expect(Set(rows.map(\.code)) == Set(files))
    }

    @Test func inlineStringsAndColumnsFoundByHeader() throws {
        let sheet = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>Lĩnh vực</t></is></c><c r="B2" t="inlineStr"><is><t>Mã số</t></is></c><c r="C2" t="inlineStr"><is><t>Tên</t></is></c><c r="D2" t="inlineStr"><is><t>Cơ quan ban hành</t></is></c><c r="E2" t="inlineStr"><is><t>Cơ quan thực hiện</t></is></c></row>
        <row r="3"><c r="A3" t="inlineStr"><is><r><t>Hộ </t></r><r><t>tịch</t></r></is></c><c r="B3" t="inlineStr"><is><t>1.001193</t></is></c><c r="C3" t="inlineStr"><is><t>Thủ tục  đăng ký khai sinh</t></is></c><c r="D3" t="inlineStr"><is><t>Bộ Tư pháp</t></is></c><c r="E3" t="inlineStr"><is><t>UBND cấp xã</t></is></c></row>
        <row r="5"/>
        """
        let rows = try XLSXListImporter.parse(data: workbook(sheetRows: sheet))
        #expect(rows == [ProcedureSummary(code: "1.001193", name: "Thủ tục đăng ký khai sinh",
                                          issuer: "Bộ Tư pháp", agency: "UBND cấp xã", field: "Hộ tịch")])
    }

    @Test func malformedRowIsNamed() throws {
        let sheet = """
        <row r="1"><c r="A1" t="inlineStr"><is><t>Mã số</t></is></c><c r="B1" t="inlineStr"><is><t>Tên</t></is></c><c r="C1" t="inlineStr"><is><t>Cơ quan ban hành</t></is></c><c r="D1" t="inlineStr"><is><t>Cơ quan thực hiện</t></is></c><c r="E1" t="inlineStr"><is><t>Lĩnh vực</t></is></c></row>
        <row r="2"><c r="A2" t="inlineStr"><is><t>1.001193</t></is></c><c r="B2" t="inlineStr"><is><t>Đăng ký khai sinh</t></is></c></row>
        <row r="7"><c r="A7" t="inlineStr"><is><t>khai sinh</t></is></c><c r="B7" t="inlineStr"><is><t>Đăng ký khai tử</t></is></c></row>
        """
        #expect(throws: CatalogImportError.malformedRow(7, "code \"khai sinh\" is not a procedure code")) {
            try XLSXListImporter.parse(data: workbook(sheetRows: sheet))
        }
    }

    @Test func notAWorkbook() {
        #expect(throws: CatalogImportError.self) { try XLSXListImporter.parse(data: Data("not a zip".utf8)) }
    }

    /// A minimal XLSX (no shared strings, no workbook relations: the reader falls back to sheet1.xml).
    func workbook(sheetRows: String) throws -> Data {
        let sheet = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\(sheetRows)</sheetData></worksheet>
        """
        let archive = try Archive(data: Data(), accessMode: .create)
        let content = Data(sheet.utf8)
        try archive.addEntry(with: "xl/worksheets/sheet1.xml", type: .file, uncompressedSize: Int64(content.count),
                             compressionMethod: .deflate) { position, size in
            content.subdata(in: Int(position)..<(Int(position) + size))
        }
        return try #require(archive.data)
    }
}
