import Foundation
@testable import Catalog

/// Reads the real data from `$MINHBACH_SHARED/data/tthc` (default: the repository, where `data/` ships).
enum RealData {
    static var sharedRoot: URL {
        let path = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        return URL(fileURLWithPath: path)
    }

    static var tthc: URL { sharedRoot.appendingPathComponent("data/tthc") }
    static var portalDirectory: URL { tthc.appendingPathComponent("dichvucong-bo-tu-phap") }
    static var structuredDirectory: URL {
        tthc.appendingPathComponent("bo-quoc-phong-structured/extracted_fixed")
    }
    static var listWorkbook: URL { tthc.appendingPathComponent("danh-sach-tthc-BoTuPhap.xlsx") }

    static func files(in directory: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "json" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    static func portal(_ fileName: String) throws -> (Procedure, [ImportWarning]) {
        let data = try Data(contentsOf: portalDirectory.appendingPathComponent(fileName))
        return try PortalJSONImporter.parse(data: data, fileName: fileName)
    }

    static func structured(_ fileName: String) throws -> (Procedure, [ImportWarning]) {
        let data = try Data(contentsOf: structuredDirectory.appendingPathComponent(fileName))
        return try StructuredJSONImporter.parse(data: data, fileName: fileName)
    }

    static func allPortal() throws -> [(String, Procedure, [ImportWarning])] {
        try files(in: portalDirectory).map { url in
            let (p, w) = try PortalJSONImporter.parse(data: Data(contentsOf: url), fileName: url.lastPathComponent)
            return (url.lastPathComponent, p, w)
        }
    }

    static func allStructured() throws -> [(String, Procedure, [ImportWarning])] {
        try files(in: structuredDirectory).map { url in
            let (p, w) = try StructuredJSONImporter.parse(data: Data(contentsOf: url), fileName: url.lastPathComponent)
            return (url.lastPathComponent, p, w)
        }
    }
}
