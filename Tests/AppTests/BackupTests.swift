import App
import FluentKit
import Foundation
import Logging
import Platform
import SQLKit
import Testing

/// `minhbach backup` and `minhbach restore` on SQLite: the round trip gives identical data.
@Suite("Backup and restore of the SQLite database", .serialized)
struct BackupTests {
    static func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("minhbach-backup-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Every table's rows as text, in a stable order.
    static func dump(_ path: String) async throws -> [String: String] {
        var logger = Logger(label: "dump")
        logger.logLevel = .critical
        let database = try DatabaseHandle(sqlitePath: path, postgresURL: nil, logger: logger)
        var result: [String: String] = [:]
        do {
            let sql = database.sql
            let tables = try await sql.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all()
                .map { try $0.decode(column: "name", as: String.self) }
            for table in tables {
                let columns = try await sql.raw("SELECT name FROM pragma_table_info(\(bind: table))").all()
                    .map { try $0.decode(column: "name", as: String.self) }
                let row = columns.map { "quote(\"\($0)\")" }.joined(separator: " || ',' || ")
                let text = try await sql.raw("""
                    SELECT COALESCE(group_concat(r, char(10)), '') AS t FROM (SELECT \(unsafeRaw: row) AS r FROM "\(unsafeRaw: table)" ORDER BY r)
                    """).first()?.decode(column: "t", as: String.self)
                result[table] = text ?? ""
            }
        } catch {
            await database.shutdown()
            throw error
        }
        await database.shutdown()
        return result
    }

    @Test("A backup taken while the database is open restores to the same rows in every table; later writes are not in it")
    func roundTrip() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = AppConfig(sqlitePath: "\(folder)/live.sqlite", mode: .test, demoPassword: Fixture.password, bcryptCost: 4)
        var logger = Logger(label: "test")
        logger.logLevel = .critical
        let env = try await AppEnvironment.open(config, logger: logger)
        _ = try await Fixture.load(env)
        _ = try await FeedbackHandlingTests.received(env)
        let before = try await Self.dump(config.sqlitePath)
        #expect((before["units"] ?? "").contains("Diễn Châu"))
        #expect(!(before["feedback_cases"] ?? "").isEmpty)

        let backup = try await BackupCommands.backup(to: "\(folder)/copy.sqlite", config: config)
        #expect(backup.tables > 10)
        _ = try await UnitStore.create(UnitDraft(name: "UBND xã Sau Sao Lưu", kind: .communeCommittee, gsoCode: "99999"), actor: .system("test"), on: env.database.db)
        await env.database.shutdown()

        let restoredConfig = AppConfig(sqlitePath: "\(folder)/restored.sqlite", mode: .test, bcryptCost: 4)
        _ = try await BackupCommands.restore(from: "\(folder)/copy.sqlite", config: restoredConfig)
        let restored = try await Self.dump(restoredConfig.sqlitePath)
        #expect(restored == before, "every table, every row")
        #expect(!(restored["units"] ?? "").contains("Sau Sao Lưu"), "a write after the backup is not in it")
        #expect((try await Self.dump(config.sqlitePath)["units"] ?? "").contains("Sau Sao Lưu"))
    }

    @Test("Refusals say why and change nothing: an existing target, a file that is not a backup, PostgreSQL")
    func refusals() async throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let config = AppConfig(sqlitePath: "\(folder)/live.sqlite", mode: .test, bcryptCost: 4)
        try Data("not a database".utf8).write(to: URL(fileURLWithPath: "\(folder)/junk.sqlite"))
        await #expect(throws: CommandError.self) { try await BackupCommands.backup(to: "\(folder)/junk.sqlite", config: config) }
        await #expect(throws: CommandError.self) { try await BackupCommands.restore(from: "\(folder)/junk.sqlite", config: config) }
        #expect(!FileManager.default.fileExists(atPath: config.sqlitePath), "nothing was put in place")
        let postgres = AppConfig(databaseURL: "postgres://nobody@127.0.0.1:1/none", mode: .test)
        await #expect(throws: CommandError.self) { try await BackupCommands.backup(to: "\(folder)/x.sqlite", config: postgres) }
    }
}
