import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// Owns Fluent's `Databases` for the life of the process and hands out `Database` values.
public final class DatabaseHandle: Sendable {
    public enum Kind: Sendable { case sqlite, postgres }

    public let databases: Databases
    public let kind: Kind
    public let logger: Logger
    let eventLoopGroup: any EventLoopGroup
    let threadPool: NIOThreadPool

    public init(sqlitePath: String?, postgresURL: String?, logger: Logger) throws {
        self.logger = logger
        self.eventLoopGroup = MultiThreadedEventLoopGroup.singleton
        self.threadPool = NIOThreadPool.singleton
        self.databases = Databases(threadPool: threadPool, on: eventLoopGroup)
        if let postgresURL {
            databases.use(try .postgres(url: postgresURL, maxConnectionsPerEventLoop: 4, sqlLogLevel: .trace), as: .psql)
            kind = .postgres
        } else {
            let storage: SQLiteConfiguration.Storage =
                sqlitePath.map { .file(path: $0) } ?? .memory(identifier: UUID().uuidString)
            databases.use(.sqlite(.init(storage: storage, enableForeignKeys: true), sqlLogLevel: .trace), as: .sqlite)
            kind = .sqlite
        }
    }

    /// A database handle for one unit of work.
    public var db: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    public var sql: any SQLDatabase { db as! any SQLDatabase }

    public func migrate(_ migrations: [any Migration]) async throws {
        let set = Migrations()
        set.add(migrations)
        let migrator = Migrator(databases: databases, migrations: set, logger: logger, on: eventLoopGroup.any())
        try await migrator.setupIfNeeded().get()
        try await migrator.prepareBatch().get()
        if kind == .sqlite {
            // Readers never block the writer (the mode is kept in the file).
            _ = try? await sql.raw("PRAGMA journal_mode=WAL").all()
        }
    }

    /// Runs SQL written by us (never with user input), e.g. creating a test database.
    public func run(unsafeSQL: String) async throws {
        try await sql.raw(SQLQueryString(unsafeSQL)).run()
    }

    public func shutdown() async {
        await databases.shutdownAsync()
    }
}
