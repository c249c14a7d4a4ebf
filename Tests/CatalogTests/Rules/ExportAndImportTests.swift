import Foundation
import Testing
@testable import Catalog

/// Every real file parses; broken records are rejected with their file named; JSON and CSV
/// exports read back exactly.
@Suite struct ExportAndImportTests {
    @Test func everyRealFileParses() throws {
        let portal = try RealData.allPortal()
        let structured = try RealData.allStructured()
        #expect(portal.count == 271)
        #expect(structured.count == 207)
        for (file, p, _) in portal + structured {
            #expect(file == p.code + ".json")
            #expect(Procedure.isValidCode(p.code))
            #expect(!p.name.isEmpty)
            #expect(!p.channels.isEmpty)
            #expect(!p.documents.isEmpty)
        }
        // Most records parse cleanly.
        #expect(portal.filter { $0.2.isEmpty }.count * 10 >= portal.count * 7)
        #expect(structured.filter { $0.2.isEmpty }.count * 10 >= structured.count * 8)
    }

    @Test func invalidJSONIsRejectedNamingTheFile() {
        let data = Data("{\"ma_thu_tuc\": \"1.001193\", ".utf8)
        do {
            _ = try PortalJSONImporter.parse(data: data, fileName: "hong.json")
            Issue.record("a broken record was accepted")
        } catch let error as CatalogImportError {
            #expect(error.fileName == "hong.json")
            guard case .unreadable(_, .invalidJSON) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(error.messageVietnamese.hasPrefix("Không đọc được hồ sơ thủ tục hong.json: không phải JSON hợp lệ"))
            #expect(error.messageEnglish.hasPrefix("Cannot read procedure record hong.json: not valid JSON"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func recordWithoutCodeOrNameIsRejected() throws {
        let noCode = Data(#"{"ten_thu_tuc": "Thủ tục đăng ký khai sinh", "cach_thuc_thuc_hien": ""}"#.utf8)
        #expect(throws: CatalogImportError.unreadable("x.json", .missingField("ma_thu_tuc"))) {
            try PortalJSONImporter.parse(data: noCode, fileName: "x.json")
        }
        #expect(CatalogImportError.unreadable("x.json", .missingField("ma_thu_tuc")).messageVietnamese
                == "Không đọc được hồ sơ thủ tục x.json: thiếu trường ma_thu_tuc")
        let emptyName = Data(#"{"ma_thu_tuc": "1.001193", "ten_thu_tuc": "  "}"#.utf8)
        #expect(throws: CatalogImportError.unreadable("y.json", .emptyField("ten_thu_tuc"))) {
            try PortalJSONImporter.parse(data: emptyName, fileName: "y.json")
        }
        #expect(throws: CatalogImportError.unreadable("z.json", .notAnObject)) {
            try PortalJSONImporter.parse(data: Data("[1, 2]".utf8), fileName: "z.json")
        }
        #expect(throws: CatalogImportError.unreadable("w.json", .missingField("metadata.tên_thủ_tục"))) {
            try StructuredJSONImporter.parse(data: Data(#"{"metadata": {"mã_thủ_tục": "1.013124"}}"#.utf8), fileName: "w.json")
        }
    }

    @Test func jsonRoundTripOfAllRealRecords() throws {
        let all = try (RealData.allPortal() + RealData.allStructured()).map(\.1)
        let data = CatalogExport.json(all)
        #expect(try CatalogExport.parseJSON(data) == all)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"competent_agency\""))
        #expect(text.contains("\"processing_time\""))
        #expect(CatalogExport.json(try CatalogExport.parseJSON(data)) == data)
    }

    @Test func csvRoundTripOfAllRealRecords() throws {
        let all = try (RealData.allPortal() + RealData.allStructured()).map(\.1)
        let csv = CatalogExport.csv(all)
        #expect(TextNormalizer.isNFC(csv))
        #expect(csv.hasPrefix(CatalogExport.csvColumns.joined(separator: ",") + "\r\n"))
        let back = try CatalogExport.parseCSV(csv)
        #expect(back.count == all.count)
        for (a, b) in zip(back, all) where a != b {
            Issue.record("\(b.code) differs: \(a.differences(from: b).keys.sorted())")
        }
        #expect(CatalogExport.csv(back) == csv)
    }

    @Test func csvKeepsAbsentAndEmptyApartAndQuotes() throws {
        var p = Procedure(code: "1.000001", name: "Tên có \"ngoặc kép\", dấu phẩy\r\nvà xuống dòng",
                          kind: "", field: nil, steps: "Bước 1\nBước 2", source: "test")
        p.channels = [Channel(kind: .other("Qua ứng dụng VNeID"), processingTime: ProcessingTime(amount: 0.5, unit: .hours),
                              timeText: "0.5 Giờ", fees: [Fee(kind: .fee, amountVND: 8_000, description: "a,b")])]
        let back = try CatalogExport.parseCSV(CatalogExport.csv([p]))
        #expect(back == [p])
        #expect(back[0].kind == "")
        #expect(back[0].field == nil)
        #expect(try CatalogExport.parseJSON(CatalogExport.json([p])) == [p])
    }

    @Test func malformedExportsAreRejected() {
        #expect(throws: CatalogImportError.self) { try CatalogExport.parseCSV("code,name\r\n1,2\r\n") }
        #expect(throws: CatalogImportError.self) { try CatalogExport.parseCSV("\"unterminated") }
        #expect(throws: CatalogImportError.self) { try CatalogExport.parseJSON(Data("{}".utf8)) }
    }
}
