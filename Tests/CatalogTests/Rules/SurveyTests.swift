import Foundation
import Testing
@testable import Catalog

/// Prints the warning statistics over all real records (and writes a dump when
/// CATALOG_DUMP is set): what the importers could not parse.
@Suite struct SurveyTests {
    @Test func warningStatistics() throws {
        for (label, records) in [("portal", try RealData.allPortal()), ("structured", try RealData.allStructured())] {
            var codes: [String: Int] = [:]
            var recordsWithCode: [String: Int] = [:]
            for (_, _, warnings) in records {
                for w in warnings { codes[w.code, default: 0] += 1 }
                for code in Set(warnings.map(\.code)) { recordsWithCode[code, default: 0] += 1 }
            }
            let clean = records.filter { $0.2.isEmpty }.count
            print("[\(label)] records: \(records.count), without warnings: \(clean)")
            var byField: [String: Int] = [:]
            for (_, _, warnings) in records {
                for field in Set(warnings.map { $0.field.split(separator: ".").prefix(2).joined(separator: ".") }) {
                    byField[field, default: 0] += 1
                }
            }
            for (field, n) in byField.sorted(by: { $0.key < $1.key }) {
                print("[\(label)]   records with warnings on \(field): \(n)")
            }
            for (code, n) in codes.sorted(by: { $0.value > $1.value }) {
                print("[\(label)]   \(code): \(n) warnings in \(recordsWithCode[code] ?? 0) records")
            }
            if let path = ProcessInfo.processInfo.environment["CATALOG_DUMP"] {
                var out = ""
                for (file, p, warnings) in records {
                    out += "=== \(file)\n" + String(decoding: CatalogExport.json([p]), as: UTF8.self) + "\n"
                    for w in warnings { out += "WARN \(w.code) [\(w.field)] \(w.message)\n" }
                }
                try out.write(toFile: path + "-" + label + ".txt", atomically: true, encoding: .utf8)
                try CatalogExport.json(records.map(\.1)).write(to: URL(fileURLWithPath: path + "-" + label + ".json"))
            }
            #expect(records.count > 0)
        }
    }
}
