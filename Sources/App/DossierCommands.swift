import DossierRules
import Dossiers
import Foundation
import Platform
import WorkCalendar

/// `minhbach demo-data dossiers` and `minhbach dossiers report`.
public enum DossierCommands {
    /// Loads the demo's units, procedures and accounts if missing, then `count` generated dossiers.
    public static func generate(count: Int, seed: UInt64, codesOut: String?, config: AppConfig) async throws {
        try await Commands.withEnvironment(config) { env in
            _ = try await DemoData.load(env)
            let started = ContinuousClock.now
            let made = try await DemoDossiers.generate(count: count, seed: seed, until: env.clock.today, history: false,
                                                       env: env, codesOut: codesOut)
            let seconds = (ContinuousClock.now - started) / .seconds(1)
            Commands.say("dossiers generated: \(made) in \(String(format: "%.1f", seconds)) s")
        }
    }

    /// Times form II.06a over the database `repeat` times and prints the total row.
    public static func report(from: LocalDate, to: LocalDate, repeat times: Int, config: AppConfig) async throws {
        try await Commands.withEnvironment(config) { env in
            var last: Report0206a?
            for run in 1...max(1, times) {
                let started = DispatchTime.now().uptimeNanoseconds
                last = try await DossierReports.report0206a(from: from, to: to, on: env.database.db)
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
                Commands.say("run \(run): \(String(format: "%.1f", ms)) ms")
            }
            if let last {
                Commands.say("rows: \(last.rows.count); total: " + zip(Report0206a.columns, last.total.values).map { "\($0.0.en)=\($0.1)" }.joined(separator: ", "))
                Commands.say("identities hold: \(last.identitiesHold)")
            }
        }
    }
}
