import FluentKit
import Foundation
import Localization
import Logging
import Platform
import SQLKit

/// `minhbach backup FILE` and `minhbach restore FILE` for the SQLite database. PostgreSQL has
/// its own tools (`pg_dump`, `pg_restore`; see the README).
public enum BackupCommands {
    public struct Summary: Sendable {
        public var path: String
        public var tables: Int
        public var bytes: Int
    }

    /// A consistent copy of the database while the server keeps serving (`VACUUM INTO`: one read
    /// transaction, so the copy is one moment of the database), checked before it is reported.
    public static func backup(to path: String, config: AppConfig) async throws -> Summary {
        guard config.databaseURL == nil else { throw CommandError(usePgDump) }
        guard !FileManager.default.fileExists(atPath: path) else { throw CommandError(exists, path) }
        try await Commands.withEnvironment(config) { env in
            try await env.database.sql.raw("VACUUM INTO \(bind: path)").run()
        }
        return try await check(path)
    }

    /// Puts the backup `path` in place of the database file (the server must be stopped), after
    /// checking it, then brings its schema up to date. The file is replaced in one rename.
    public static func restore(from path: String, config: AppConfig) async throws -> Summary {
        guard config.databaseURL == nil else { throw CommandError(usePgDump) }
        guard FileManager.default.fileExists(atPath: path) else { throw CommandError(missing, path) }
        let target = config.sqlitePath
        if let size = (try? FileManager.default.attributesOfItem(atPath: target + "-wal"))?[.size] as? Int, size > 0 {
            throw CommandError(serverRunning, target)
        }
        let summary = try await check(path)
        let staging = target + ".restoring"
        try? FileManager.default.removeItem(atPath: staging)
        try FileManager.default.copyItem(atPath: path, toPath: staging)
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: target + suffix) }
        guard rename(staging, target) == 0 else { throw CommandError(cannotReplace, target) }
        try await Commands.withEnvironment(config) { _ in }
        return Summary(path: target, tables: summary.tables, bytes: summary.bytes)
    }

    /// Opens `path` on its own: SQLite's integrity check must pass and the file must be a Minh
    /// Bạch database (it has the migration log).
    static func check(_ path: String) async throws -> Summary {
        var logger = Logger(label: "backup")
        logger.logLevel = .critical
        let database = try DatabaseHandle(sqlitePath: path, postgresURL: nil, logger: logger)
        do {
            let sql = database.sql
            let integrity = try await sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table'").all()
                .compactMap { try? $0.decode(column: "name", as: String.self) }
            await database.shutdown()
            guard integrity == "ok", tables.contains("_fluent_migrations") else { throw CommandError(notABackup, path) }
            let bytes = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int ?? 0
            return Summary(path: path, tables: tables.count, bytes: bytes)
        } catch let error as CommandError {
            throw error
        } catch {
            await database.shutdown()
            throw CommandError(notABackup, path)
        }
    }

    static let usePgDump = LocalizedText(
        "Với PostgreSQL, hãy dùng pg_dump và pg_restore (xem README).", "On PostgreSQL, use pg_dump and pg_restore (see the README).")
    static let exists = LocalizedText("Tệp {0} đã có; hãy chọn tên khác.", "{0} already exists; choose another name.")
    static let missing = LocalizedText("Không có tệp {0}.", "There is no file {0}.")
    static let serverRunning = LocalizedText(
        "Cơ sở dữ liệu {0} đang được dùng (có nhật ký WAL chưa ghi): hãy dừng máy chủ trước khi khôi phục.",
        "The database {0} is in use (its WAL journal is not empty): stop the server before restoring.")
    static let cannotReplace = LocalizedText("Không thay được tệp {0}.", "Could not replace {0}.")
    static let notABackup = LocalizedText(
        "{0} không phải là bản sao lưu hợp lệ của Minh Bạch (kiểm tra toàn vẹn không đạt hoặc thiếu nhật ký cập nhật).",
        "{0} is not a valid Minh Bạch backup (the integrity check failed or the migration log is missing).")
}
