import Formats
import FluentKit
import Foundation
import Hummingbird
import Localization
import Logging
import Metrics
import Platform
import Prometheus
import ServiceLifecycle

/// What the `minhbach` commands do; the executable only parses arguments.
public enum Commands {
    public static func logger(level: Logger.Level = .info) -> Logger {
        var logger = Logger(label: "minhbach") { LineLogHandler(label: $0) }
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? level
        return logger
    }

    public static func serve(_ config: AppConfig, demo: Bool) async throws {
        let logger = logger()
        let env = try await AppEnvironment.open(config, logger: logger)
        if demo {
            do {
                let accounts = try await DemoData.load(env)
                printDemo(config, accounts)
            } catch {
                await env.database.shutdown()
                throw error
            }
        }
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: env.metrics))
        let app = buildApplication(env, logger: logger)
        // Background work (reminders, pruning) runs in whichever instance holds the job's lease;
        // every instance follows the dossier change notes for its lookup cache.
        let jobs = JobRunner(
            jobs: [env.plans.reminderJob(database: env.database), env.feedback.reminderJob(database: env.database),
                   env.dossiers.pruneChangesJob(database: env.database), env.dossiers.procedureUsageJob(database: env.database),
                   Housekeeping.job(database: env.database, config: env.config)],
            database: env.database, clock: env.clock, logger: logger)
        let background = [
            BackgroundService("jobs") { await jobs.run() },
            BackgroundService("lookup-cache") { await env.dossiers.lookup.follow(env.database) },
            BackgroundService("search-log") { await env.catalog.search.log.follow(env.database, clock: env.clock) },
            BackgroundService("outbox") {
                await OutboxDelivery(
                    transports: OutboxDelivery.transports(env.config), policy: RetryPolicy(maxAttempts: env.config.outboxMaxAttempts), logger: logger
                ).follow(env.database, clock: env.clock)
            },
        ]
        say("Minh Bạch: http://\(config.host):\(config.port)/")
        do {
            try await ServiceGroup.serving(app, database: env.database, background: background, logger: logger).run()
        } catch {
            throw StartFailure.server(error, config: config)
        }
    }

    static func printDemo(_ config: AppConfig, _ accounts: [(String, String)]) {
        say(S.cliDemoReady(.vi) + " / " + S.cliDemoReady(.en))
        for (username, role) in accounts { say("  \(username.padding(toLength: 16, withPad: " ", startingAt: 0)) \(role)") }
        say(S.cliDemoPassword(.vi, config.demoPassword))
    }

    /// Unbuffered, so the lines show at once even when the output is piped to a log.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    /// Reports `done` of `total` on standard error: rewriting one line on a terminal, a line per
    /// report otherwise (a log file, a pipe), so that numbers never run together.
    static func progress(_ done: Int, _ total: Int) {
        let line = "\(done)/\(total)"
        FileHandle.standardError.write(Data((isatty(STDERR_FILENO) == 1 ? "\r" + line : line + "\n").utf8))
    }

    /// Ends a run of `progress` reports (the terminal's line needs its newline).
    static func progressDone() {
        if isatty(STDERR_FILENO) == 1 { FileHandle.standardError.write(Data("\n".utf8)) }
    }

    /// Opens the database, runs `body`, and always closes the database again.
    public static func withEnvironment<T: Sendable>(_ config: AppConfig, _ body: (AppEnvironment) async throws -> T) async throws -> T {
        let env = try await AppEnvironment.open(config, logger: logger(level: .notice))
        do {
            let result = try await body(env)
            await env.database.shutdown()
            return result
        } catch {
            await env.database.shutdown()
            throw error
        }
    }

    public static func migrate(_ config: AppConfig) async throws {
        try await withEnvironment(config) { env in
            say(S.cliMigrated(.vi, env.database.kind == .postgres ? "PostgreSQL" : config.sqlitePath))
        }
    }

    public static func importUnits(_ config: AppConfig, path: String, province: String?) async throws -> GSOImport.Summary {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let entries = try GSOImport.parse(data, province: province)
        return try await withEnvironment(config) { env in
            let summary = try await GSOImport.load(entries, actor: .system("units import", at: env.clock.now), on: env.database.db) { done, total in
                progress(done, total)
            }
            progressDone()
            return summary
        }
    }

    public static func createUser(
        _ config: AppConfig, username: String, fullName: String, unitCode: String, roles: Set<Role>, password: String
    ) async throws {
        try await withEnvironment(config) { env in
            let db = env.database.db
            var unit = try await UnitStore.findByAgencyCode(AgencyCode(unitCode)?.text ?? unitCode, on: db)
            if unit == nil, let id = UUID(uuidString: unitCode) { unit = try await UnitStore.find(id, on: db) }
            guard let unit else { throw CommandError(S.cliUnknownUnit(.vi, unitCode)) }
            try await PersonStore.create(
                PersonDraft(username: username, fullName: fullName, unitID: unit.id, roles: roles), password: password,
                mustChangePassword: true, cost: config.bcryptCost, actor: .system("users create", at: env.clock.now), on: db)
        }
    }

    public static func resetPassword(_ config: AppConfig, username: String, password: String) async throws {
        try await withEnvironment(config) { env in
            let id = try await accountID(username, env)
            try await PersonStore.setPassword(id, to: password, mustChange: true, cost: config.bcryptCost, actor: .system("users reset-password", at: env.clock.now), on: env.database.db)
        }
    }

    public static func setDisabled(_ config: AppConfig, username: String, disabled: Bool) async throws {
        try await withEnvironment(config) { env in
            let id = try await accountID(username, env)
            try await PersonStore.setDisabled(id, disabled, actor: .system("users disable", at: env.clock.now), on: env.database.db)
        }
    }

    static func accountID(_ username: String, _ env: AppEnvironment) async throws -> UUID {
        guard let person = try await PersonStore.find(username: username, on: env.database.db) else {
            throw CommandError(S.cliUnknownAccount(.vi, username))
        }
        return person.id!
    }
}

public struct CommandError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }

    /// The message in Vietnamese, then English, on one line ("… / …"), with `{0}` filled.
    public init(_ message: LocalizedText, _ argument: String = "") {
        description = "\(message(.vi, argument)) / \(message(.en, argument))"
    }
}
