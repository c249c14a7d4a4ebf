import FluentKit
import Foundation
import Platform
import TextSearch

/// `minhbach procedures import PATH...`: reads every file, keeps what it can read, and writes
/// the readable records in one transaction. A record that cannot be read is rejected whole and
/// named; re-importing the same data changes nothing.
public enum CatalogImporter {
    static let listSourcePrefix = "xlsx:"

    public struct Rejected: Sendable, Codable, Equatable {
        public var file: String
        public var reason: String
    }

    public struct Parsed: Sendable {
        public var procedures: [(procedure: Procedure, warnings: [ImportWarning], file: String)] = []
        public var summaries: [ProcedureSummary] = []
        public var rejected: [Rejected] = []
        public init() {}
    }

    public struct Summary: Sendable, Equatable {
        public var created = 0
        public var updated = 0
        public var unchanged = 0
        public var warnings = 0
        public var rejected: [Rejected] = []
    }

    /// Files under the given paths (folders are walked), sorted for a stable order.
    public static func files(_ paths: [String]) -> [URL] {
        var found: [URL] = []
        for path in paths {
            let url = URL(fileURLWithPath: path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                found.append(url)  // reported as unreadable later
                continue
            }
            if isFolder.boolValue {
                let items = (FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil)?.allObjects as? [URL]) ?? []
                found += items.filter { ["json", "xlsx", "csv"].contains(format(of: $0)) }
            } else {
                found.append(url)
            }
        }
        return found.sorted { $0.path < $1.path }
    }

    /// The format a file is read as: its extension, or the one before `.gz` for a compressed
    /// file (`catalogue.json.gz` is JSON).
    static func format(of url: URL) -> String {
        let last = url.pathExtension.lowercased()
        return last == "gz" ? url.deletingPathExtension().pathExtension.lowercased() : last
    }

    /// Reads one file in whichever format it is, gzip-compressed or not.
    public static func parse(_ url: URL, into parsed: inout Parsed) {
        let name = url.lastPathComponent
        guard var data = try? Data(contentsOf: url) else {
            parsed.rejected.append(Rejected(file: name, reason: S.catalogUnreadableFile(.vi) + " / " + S.catalogUnreadableFile(.en)))
            return
        }
        do {
            if Gzip.isGzip(data) {
                do { data = try Gzip.decompress(data) } catch {
                    throw CatalogImportError.malformedExport("gzip: \(error)")
                }
            }
            switch format(of: url) {
            case "xlsx":
                parsed.summaries += try XLSXListImporter.parse(data: data)
            case "csv":
                for procedure in try CatalogExport.parseCSV(String(decoding: data, as: UTF8.self)) {
                    parsed.procedures.append((procedure, [], name))
                }
            default:
                let object = try? JSONSerialization.jsonObject(with: data)
                if object is [Any] {
                    for procedure in try CatalogExport.parseJSON(data) { parsed.procedures.append((procedure, [], name)) }
                } else if let dictionary = object as? [String: Any], dictionary["tables"] != nil || dictionary["metadata"] != nil {
                    let (procedure, warnings) = try StructuredJSONImporter.parse(data: data, fileName: name)
                    parsed.procedures.append((procedure, warnings, name))
                } else {
                    let (procedure, warnings) = try PortalJSONImporter.parse(data: data, fileName: name)
                    parsed.procedures.append((procedure, warnings, name))
                }
            }
        } catch let error as CatalogImportError {
            parsed.rejected.append(Rejected(file: name, reason: "\(error.messageVietnamese) / \(error.messageEnglish)"))
        } catch {
            parsed.rejected.append(Rejected(file: name, reason: S.catalogUnreadableFile(.vi) + " / " + String(describing: error)))
        }
    }

    public static func parse(_ urls: [URL]) -> Parsed {
        var parsed = Parsed()
        for url in urls { parse(url, into: &parsed) }
        return parsed
    }

    struct WarningRecord: Codable {
        var code: String
        var file: String
        var warnings: [ImportWarning]
    }

    /// Writes parsed records in one transaction and records the run.
    public static func load(
        _ parsed: Parsed, sources: [String], actor: AuditActor, on db: any Database,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Summary {
        try await db.transaction { tx in
            var summary = Summary(rejected: parsed.rejected)
            let total = parsed.procedures.count + parsed.summaries.count
            var done = 0
            for (procedure, warnings, _) in parsed.procedures {
                summary.warnings += warnings.count
                try await upsert(procedure, actor: actor, on: tx, into: &summary)
                done += 1
                if let progress, done % 100 == 0 || done == total { progress(done, total) }
            }
            for row in parsed.summaries {
                let existing = try await ProcedureStore.find(row.code, on: tx)
                // A list row only creates or refreshes a summary record; it never overwrites a
                // record imported from a full procedure page.
                if let existing, !existing.source.hasPrefix(Self.listSourcePrefix) {
                    summary.unchanged += 1
                    done += 1
                    continue
                }
                var procedure = existing ?? Procedure(code: row.code, name: row.name, source: Self.listSourcePrefix + row.code)
                procedure.name = row.name
                if !row.field.isEmpty { procedure.field = row.field }
                if !row.agency.isEmpty { procedure.implementingAgency = row.agency }
                try await upsert(procedure, actor: actor, on: tx, into: &summary)
                done += 1
                if let progress, done % 100 == 0 || done == total { progress(done, total) }
            }
            let record = CatalogImportModel()
            record.at = actor.at
            record.actorName = actor.name
            record.sources = sources.joined(separator: "\n")
            record.created = summary.created
            record.updated = summary.updated
            record.unchanged = summary.unchanged
            let warned = parsed.procedures.filter { !$0.warnings.isEmpty }.map { WarningRecord(code: $0.procedure.code, file: $0.file, warnings: $0.warnings) }
            record.warnings = String(decoding: try ProcedureStore.encoder.encode(warned), as: UTF8.self)
            record.rejected = String(decoding: try ProcedureStore.encoder.encode(parsed.rejected), as: UTF8.self)
            try await record.create(on: tx)
            if summary.created + summary.updated > 0 { try await ProcedureStore.bumpVersion(on: tx) }
            return summary
        }
    }

    static func upsert(_ procedure: Procedure, actor: AuditActor, on tx: any Database, into summary: inout Summary) async throws {
        if let model = try await ProcedureModel.find(procedure.code, on: tx) {
            let old = try ProcedureStore.decode(model)
            let changes = procedure.differences(from: old)
            if changes.isEmpty {
                summary.unchanged += 1
                return
            }
            try ProcedureStore.apply(procedure, to: model)
            try await model.update(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.import", entityType: "procedure", entityID: procedure.code,
                label: procedure.name, before: changes.mapValues(\.old), after: changes.mapValues(\.new))
            summary.updated += 1
        } else {
            let model = ProcedureModel()
            try ProcedureStore.apply(procedure, to: model)
            try await model.create(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.import", entityType: "procedure", entityID: procedure.code,
                label: procedure.name, after: ["source": procedure.source])
            summary.created += 1
        }
    }

    public struct HistoryEntry: Sendable {
        public var at: Date
        public var actorName: String
        public var sources: String
        public var created: Int
        public var updated: Int
        public var unchanged: Int
        public var warnings: [(code: String, file: String, messages: [String])]
        public var rejected: [Rejected]
    }

    public static func history(on db: any Database, limit: Int = 20) async throws -> [HistoryEntry] {
        try await CatalogImportModel.query(on: db).sort(\.$at, .descending).limit(limit).all().map { model in
            let warnings = (try? JSONDecoder().decode([WarningRecord].self, from: Data(model.warnings.utf8))) ?? []
            let rejected = (try? JSONDecoder().decode([Rejected].self, from: Data(model.rejected.utf8))) ?? []
            return HistoryEntry(
                at: model.at, actorName: model.actorName, sources: model.sources, created: model.created, updated: model.updated,
                unchanged: model.unchanged, warnings: warnings.map { ($0.code, $0.file, $0.warnings.map { "\($0.field): \($0.message)" }) },
                rejected: rejected)
        }
    }
}
