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
    /// One writer at a time inside this process on SQLite (see `writeTransaction`).
    let writeGate = WriteGate()

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

    public var sql: any SQLDatabase { db.sql }

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

    /// A transaction for a write that must never fail for want of a lock. SQLite has one writer
    /// per file, and Fluent holds one connection per event loop, so two transactions of this
    /// process could meet on the file lock; they take turns here instead. Single-statement
    /// writes outside the gate (a session, a throttle row) still share the file, and in WAL
    /// mode a transaction that has read and then wants to write while another connection
    /// writes gets SQLITE_BUSY at once, without the busy handler (its snapshot is stale, or
    /// waiting could deadlock). So the transaction's first statement is a write that changes
    /// nothing (`DELETE FROM write_lock WHERE 0`): it takes the write lock before any read,
    /// waiting on the busy handler like any writer. PostgreSQL needs neither: its row locks do it.
    public func writeTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard kind == .sqlite else { return try await db.transaction(body) }
        await writeGate.acquire()
        do {
            let result = try await db.transaction { tx in
                try await tx.sql.raw("DELETE FROM write_lock WHERE 0").run()
                return try await body(tx)
            }
            await writeGate.release()
            return result
        } catch {
            await writeGate.release()
            throw error
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


/// A first-come, first-served async lock.
actor WriteGate {
    private var busy = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard busy else {
            busy = true
            return
        }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        if waiters.isEmpty { busy = false } else { waiters.removeFirst().resume() }
    }
}

extension Database {
    /// This database's SQL interface: both drivers (SQLite, PostgreSQL) provide one.
    public var sql: any SQLDatabase { self as! any SQLDatabase }
}
