import Catalog
import Foundation
import Platform

/// `minhbach procedures import|export`.
public enum CatalogCommands {
    public static func importPaths(_ paths: [String], config: AppConfig) async throws -> CatalogImporter.Summary {
        let files = CatalogImporter.files(paths)
        let parsed = CatalogImporter.parse(files)
        return try await Commands.withEnvironment(config) { env in
            let summary = try await CatalogImporter.load(parsed, sources: paths, actor: .system("procedures import", at: env.clock.now), on: env.database.db) { done, total in
                Commands.progress(done, total)
            }
            Commands.progressDone()
            return summary
        }
    }

    public static func export(format: String, compressed: Bool = false, config: AppConfig) async throws -> Data {
        try await Commands.withEnvironment(config) { env in
            let procedures = try await ProcedureStore.all(on: env.database.db)
            let data = format == "csv" ? Data(CatalogExport.csv(procedures).utf8) : CatalogExport.json(procedures)
            return compressed ? Gzip.compress(data) : data
        }
    }
}
