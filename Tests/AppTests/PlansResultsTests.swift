import App
import FluentKit
import Foundation
import Platform
import PlanRules
import Plans
import SQLKit
import Testing
import WorkCalendar

/// The results report against the stored reports, and the background job's lease.
@Suite("Communication plans: results and jobs", .serialized)
struct PlansResultsTests {
    /// A small deterministic generator (the seed is printed by the test's name).
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state
        }
    }

    @Test("Results report totals equal the sums of accepted reports, per unit and per task (random reports, several seeds)",
          arguments: [UInt64(7), 2024, 90_210])
    func totalsEqualAcceptedReports(seed: UInt64) async throws {
        try await withApp { env, f, _ in
            let id = try await PlanFixture.issued2024(env, f)
            let db = env.database.db
            let stored = try await PlanStore.require(id, on: db)
            var random = Generator(state: seed)
            let obligations = try await ObligationStore.list(id, on: db)
            let at = LocalDateTime(date: PlanFixture.day(2024, 12, 1), hour: 9, minute: 0)!
            let review = LocalDateTime(date: PlanFixture.day(2024, 12, 2), hour: 9, minute: 0)!
            for obligation in obligations.shuffled(using: &random).prefix(40) {
                let task = try #require(stored.plan.task(obligation.occurrence.task))
                var metrics: [String: Int] = [:]
                for metric in task.metrics where Bool.random(using: &random) { metrics[metric.key] = Int.random(in: 0...500, using: &random) }
                let content = ReportContent(workStatus: .done, summary: "Đã thực hiện", metrics: metrics)
                let fate = Int.random(in: 0..<4, using: &random)
                try await ReportStore.save(id, obligation: obligation, content: content, submit: fate > 0, person: UUID(),
                                           actor: .system("test"), at: at, on: env.database)
                if fate >= 2 {
                    try await ReportStore.review(id, obligation.key, action: .accept(comment: ""), person: UUID(), actor: .system("test"),
                                                 at: review, taskNumber: task.number, on: env.database)
                }
            }
            // Independently: the accepted rows as stored.
            let rows = try await db.sql.raw("SELECT body FROM plan_reports WHERE plan_id = \(bind: id.uuidString) AND status = 'accepted'").all()
            let accepted = try rows.map { try JSONDecoder().decode(UnitReport.self, from: Data(try $0.decode(column: "body", as: String.self).utf8)) }
            for range in [DayRange.quarter(1, of: 2024)!, DayRange.half(2, of: 2024)!, DayRange.year(2024)!] {
                let report = ResultsReport.build(plan: stored.plan, obligations: obligations, reports: try await ReportStore.all(id, on: db),
                                                 range: range, asOf: PlanFixture.day(2025, 1, 15))
                let due = Dictionary(obligations.map { ($0.key, $0.due) }, uniquingKeysWith: { a, _ in a })
                let inRange = accepted.filter { range.contains(due[$0.obligation]!) }
                for task in report.tasks {
                    var expected: [String: Int] = [:]
                    for r in inRange where r.obligation.occurrence.task == task.task {
                        for (key, value) in r.content.metrics { expected[key, default: 0] += value }
                    }
                    #expect(task.totals == expected, "task \(task.number) in \(range.iso)")
                    for unit in task.units {
                        var perUnit: [String: Int] = [:]
                        for r in inRange where r.obligation.occurrence.task == task.task && r.obligation.unit == unit.unit {
                            for (key, value) in r.content.metrics { perUnit[key, default: 0] += value }
                        }
                        #expect(unit.totals == perUnit)
                    }
                }
                let reported = Set(report.tasks.map(\.task))
                #expect(inRange.allSatisfy { reported.contains($0.obligation.occurrence.task) })
            }
        }
    }

    @Test("The results page, its A4 print and its CSV answer for the office")
    func resultsPages() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            var office = Browser()
            _ = try await office.signIn(client, "dieuphoi")
            let page = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)/ket-qua?ky=q1")
            #expect(page.status == .ok)
            let print = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)/ket-qua/in?ky=h1")
            #expect(print.text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
            #expect(print.text.contains("Độc lập - Tự do - Hạnh phúc"))
            let csv = try await office.get(client, "/quan-tri/ke-hoach/\(id.uuidString)/ket-qua.csv?ky=nam")
            #expect(csv.text.contains("Nhiệm vụ"))
            #expect(try await client.execute(uri: "/ke-hoach/\(id.uuidString)", method: .get).status == .ok)
        }
    }

    @Test("Job leases: of two instances, one wins; the other takes over once the lease expires")
    func leaseExclusivity() async throws {
        try await withApp { env, _, _ in
            let sql = env.database.sql
            let now = env.clock.now
            async let first = JobLeases.acquire("test.job", holder: "a", for: 60, now: now, on: sql)
            async let second = JobLeases.acquire("test.job", holder: "b", for: 60, now: now, on: sql)
            let results = try await [first, second]
            #expect(results.filter { $0 }.count == 1)
            let winner = results[0] ? "a" : "b"
            let loser = results[0] ? "b" : "a"
            #expect(try await JobLeases.acquire("test.job", holder: loser, for: 60, now: now.addingTimeInterval(30), on: sql) == false)
            #expect(try await JobLeases.acquire("test.job", holder: winner, for: 60, now: now.addingTimeInterval(30), on: sql))
            #expect(try await JobLeases.acquire("test.job", holder: loser, for: 60, now: now.addingTimeInterval(120), on: sql))

            let counter = Counter()
            let job = ScheduledJob(name: "test.count") { _ in await counter.add() }
            let a = JobRunner(jobs: [job], database: env.database, clock: env.clock, logger: .init(label: "a"), holder: "a")
            let b = JobRunner(jobs: [job], database: env.database, clock: env.clock, logger: .init(label: "b"), holder: "b")
            #expect(await a.tick(now: now) == ["test.count"])
            #expect(await b.tick(now: now.addingTimeInterval(10)) == [])
            #expect(await counter.value == 1)
        }
    }

    @Test("Reminders go to the units' inboxes once: a second run at the same moment sends nothing")
    func remindersOnce() async throws {
        try await withApp { env, f, client in
            let id = try await PlanFixture.issued2024(env, f)
            let calendar = try await env.calendar.calendar(on: env.database.db)
            let now = LocalDateTime(date: PlanFixture.day(2024, 4, 2), hour: 9, minute: 0)!
            let sent = try await PlanReminders.run(now: now, calendar: calendar, on: env.database)
            #expect(sent > 0)
            #expect(try await PlanReminders.run(now: now, calendar: calendar, on: env.database) == 0)
            var officer = Browser()
            _ = try await officer.signIn(client, "canbo.dienhong")
            let inbox = try await officer.get(client, "/quan-tri/thong-bao")
            #expect(inbox.text.contains("quá hạn báo cáo"))
            _ = id
        }
    }
}

actor Counter {
    var value = 0
    func add() { value += 1 }
}
