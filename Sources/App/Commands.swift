import FluentKit
import Foundation
import Hummingbird
import Logging
import Metrics
import Platform
import Prometheus

/// What the `minhbach` commands do; the executable only parses arguments.
public enum Commands {
    public static func logger(level: Logger.Level = .info) -> Logger {
        var logger = Logger(label: "minhbach")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? level
        return logger
    }

    public static func serve(_ config: AppConfig, demo: Bool) async throws {
        let logger = logger()
        let env = try await AppEnvironment.open(config, logger: logger)
        if demo {
            let accounts = try await DemoData.load(env)
            printDemo(config, accounts)
        }
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: env.metrics))
        let app = buildApplication(env, logger: logger)
        say("Minh Bạch: http://\(config.host):\(config.port)/")
        do {
            try await app.runService()
        } catch {
            await env.database.shutdown()
            throw error
        }
        await env.database.shutdown()
    }

    static func printDemo(_ config: AppConfig, _ accounts: [(String, String)]) {
        say("Dữ liệu mẫu đã sẵn sàng. Tài khoản demo / demo accounts:")
        for (username, role) in accounts { say("  \(username.padding(toLength: 16, withPad: " ", startingAt: 0)) \(role)") }
        say("Mật khẩu demo: \(config.demoPassword)")
    }

    /// Unbuffered, so the lines show at once even when the output is piped to a log.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    public static func migrate(_ config: AppConfig) async throws {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        print("Cơ sở dữ liệu đã được cập nhật / database migrated (\(env.database.kind == .postgres ? "PostgreSQL" : config.sqlitePath)).")
        await env.database.shutdown()
    }

    public static func importUnits(_ config: AppConfig, path: String, province: String?) async throws -> GSOImport.Summary {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        defer { Task { await env.database.shutdown() } }
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let entries = try GSOImport.parse(data, province: province)
        let summary = try await GSOImport.load(entries, actor: .system("units import"), on: env.database.db) { done, total in
            FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8))
        }
        FileHandle.standardError.write(Data("\n".utf8))
        await env.database.shutdown()
        return summary
    }

    public static func createUser(
        _ config: AppConfig, username: String, fullName: String, unitCode: String, roles: Set<Role>, password: String
    ) async throws {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        let db = env.database.db
        var found = try await UnitStore.findByAgencyCode(AgencyCode.normalized(unitCode), on: db)
        if found == nil { found = try await UUID(uuidString: unitCode).asyncFind(db) }
        guard let unit = found else {
            await env.database.shutdown()
            throw CommandError("Không tìm thấy đơn vị \(unitCode) / unknown unit")
        }
        try await PersonStore.create(
            PersonDraft(username: username, fullName: fullName, unitID: unit.id, roles: roles), password: password,
            mustChangePassword: true, cost: config.bcryptCost, actor: .system("users create"), on: db)
        await env.database.shutdown()
    }

    public static func resetPassword(_ config: AppConfig, username: String, password: String) async throws {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        guard let person = try await PersonStore.find(username: username, on: env.database.db) else {
            await env.database.shutdown()
            throw CommandError("Không có tài khoản \(username) / no such account")
        }
        try await PersonStore.setPassword(person.id!, to: password, mustChange: true, cost: config.bcryptCost, actor: .system("users reset-password"), on: env.database.db)
        await env.database.shutdown()
    }

    public static func setDisabled(_ config: AppConfig, username: String, disabled: Bool) async throws {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        guard let person = try await PersonStore.find(username: username, on: env.database.db) else {
            await env.database.shutdown()
            throw CommandError("Không có tài khoản \(username) / no such account")
        }
        try await PersonStore.setDisabled(person.id!, disabled, actor: .system("users disable"), on: env.database.db)
        await env.database.shutdown()
    }
}

public struct CommandError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

extension Optional where Wrapped == UUID {
    func asyncFind(_ db: any Database) async throws -> UnitRecord? {
        guard let id = self else { return nil }
        return try await UnitStore.find(id, on: db)
    }
}
