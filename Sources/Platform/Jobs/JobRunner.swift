import Foundation
import Logging
import SQLKit

/// A job run in the background of every instance; the lease makes it run in one place per period.
public struct ScheduledJob: Sendable {
    public var name: String
    /// How long a run keeps the lease: other instances skip the job until then.
    public var leaseSeconds: Int
    /// Does the work; given the tick's moment, read from the runner's clock.
    public var run: @Sendable (Date) async throws -> Void

    public init(name: String, leaseSeconds: Int = 55, run: @escaping @Sendable (Date) async throws -> Void) {
        self.name = name
        self.leaseSeconds = leaseSeconds
        self.run = run
    }
}

/// Runs registered jobs every `interval` (a minute by default) until the task is cancelled.
/// Each tick, for each job, the instance tries the job's lease and runs it only when it gets it.
/// A failing job is logged and tried again on a later tick.
public struct JobRunner: Sendable {
    public let jobs: [ScheduledJob]
    public let database: DatabaseHandle
    public let clock: WallClock
    public let holder: String
    public let interval: Duration
    public let logger: Logger

    public init(jobs: [ScheduledJob], database: DatabaseHandle, clock: WallClock, interval: Duration = .seconds(60), logger: Logger,
                holder: String = "\(ProcessInfo.processInfo.hostName):\(ProcessInfo.processInfo.processIdentifier):\(UUID().uuidString.prefix(8))") {
        self.jobs = jobs
        self.database = database
        self.clock = clock
        self.interval = interval
        self.logger = logger
        self.holder = holder
    }

    /// One tick: the names of the jobs this instance ran.
    @discardableResult
    public func tick(now: Date) async -> [String] {
        var ran: [String] = []
        for job in jobs {
            do {
                guard try await JobLeases.acquire(job.name, holder: holder, for: job.leaseSeconds, now: now, on: database.sql) else { continue }
                try await job.run(now)
                ran.append(job.name)
            } catch {
                logger.error("job failed", metadata: ["job": .string(job.name), "error": .string("\(error)")])
            }
        }
        return ran
    }

    /// Ticks until cancelled.
    public func run() async {
        while !Task.isCancelled {
            await tick(now: clock.now)
            try? await Task.sleep(for: interval)
        }
    }
}
