import PlanRules
import Testing
import WorkCalendar
import TestKit

/// Seeded random reports on the 2024 plan's obligations, driven through the review lifecycle.
enum RandomReports {
    static let moments = ["2024-01-15T08:00", "2024-03-20T08:00", "2024-04-05T08:00", "2024-06-28T08:00",
                          "2024-07-10T08:00", "2024-10-01T08:00", "2024-12-30T08:00"]

    static func make(obligations: [ReportingObligation], plan: Plan, seed: UInt64) -> [UnitReport] {
        var rng = SeededGenerator(seed: seed)
        return obligations.compactMap { obligation -> UnitReport? in
            guard Int.random(in: 0..<4, using: &rng) != 0, let task = plan.task(obligation.occurrence.task) else { return nil }
            var metrics: [String: Int] = [:]
            for metric in task.metrics where Bool.random(using: &rng) {
                metrics[metric.key] = Int.random(in: 0...500, using: &rng)
            }
            let status = WorkStatus.allCases.randomElement(using: &rng) ?? .done
            let content = ReportContent(workStatus: status, reason: status == .cannotBeDone ? "Không có kinh phí" : "",
                                        summary: "Đã thực hiện", metrics: metrics,
                                        evidence: Bool.random(using: &rng) ? [.link(url: "https://a.vn/\(metrics.count)", title: "")] : [])
            var report = UnitReport(obligation: obligation.key, content: content, createdBy: "officer",
                                    at: at("2024-01-02T08:00"))
            var clock = at("2024-01-03T08:00")
            for _ in 0..<Int.random(in: 0...5, using: &rng) {
                let options: [ReviewAction] = [.submit, .resubmit, .accept(), .returnForRevision(comment: "Bổ sung")]
                guard let action = options.randomElement(using: &rng) else { break }
                let minutes = clock.minutes + Int.random(in: 1...600, using: &rng)
                clock = LocalDateTime(date: clock.date.adding(days: minutes / 1440 + Int.random(in: 0...40, using: &rng)),
                                      minutes: minutes % 1440) ?? clock
                let before = report
                do { try report.apply(action, by: "someone", at: clock) } catch {
                    precondition(report == before, "a refused action changed the report")
                }
            }
            return report
        }
    }
}

@Suite("Properties over seeded random reports")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 2024, 0xDEAD_BEEF]

    static func ranges(_ rng: inout SeededGenerator) -> [DayRange] {
        var list = (1...4).compactMap { DayRange.quarter($0, of: 2024) }
            + (1...2).compactMap { DayRange.half($0, of: 2024) } + [DayRange.year(2024)].compactMap { $0 }
        for _ in 0..<10 {
            let start = day("2023-12-01").adding(days: Int.random(in: 0...380, using: &rng))
            list.append(DayRange(start: start, end: start.adding(days: Int.random(in: 0...200, using: &rng))) ?? DayRange(day: start))
        }
        return list
    }

    @Test("Results report totals equal the sum of ACCEPTED reports only, per unit, per task and overall",
          arguments: seeds)
    func totalsEqualAccepted(seed: UInt64) {
        let plan = resolvedPlan()
        let obligations = Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar)
        let reports = RandomReports.make(obligations: obligations, plan: plan, seed: seed)
        let dueByKey = Dictionary(uniqueKeysWithValues: obligations.map { ($0.key, $0.due) })
        var rng = SeededGenerator(seed: seed ^ 0x5A5A)
        var nonZero = 0
        for range in Self.ranges(&rng) {
            let result = ResultsReport.build(plan: plan, obligations: obligations, reports: reports, range: range,
                                             asOf: day("2025-01-15"))
            // Independent sums straight from the reports.
            var perTask: [TaskID: [String: Int]] = [:]
            var perUnit: [String: [String: Int]] = [:]
            var overall = 0
            for report in reports where report.status == .accepted {
                guard let due = dueByKey[report.obligation], range.contains(due) else { continue }
                let task = report.obligation.occurrence.task
                for (key, value) in report.content.metrics {
                    perTask[task, default: [:]][key, default: 0] += value
                    perUnit["\(task)|\(report.obligation.unit)", default: [:]][key, default: 0] += value
                    overall += value
                }
            }
            for task in result.tasks {
                #expect(task.totals == (perTask[task.task] ?? [:]), "seed \(seed) \(range) \(task.number)")
                for unit in task.units {
                    #expect(unit.totals == (perUnit["\(task.task)|\(unit.unit)"] ?? [:]))
                    #expect(unit.entries.filter { !$0.accepted }.allSatisfy { $0.metrics.isEmpty && $0.evidence.isEmpty })
                }
            }
            let reported = result.tasks.reduce(0) { $0 + $1.totals.values.reduce(0, +) }
            #expect(reported == overall)
            if overall > 0 { nonZero += 1 }
            // Every obligation due in the range appears exactly once.
            let listed = result.tasks.flatMap { task in
                task.units.flatMap { unit in
                    unit.entries.map { ObligationKey(occurrence: $0.occurrence.key, unit: unit.unit) }
                }
            }
            #expect(listed.count == Set(listed).count)
            #expect(Set(listed) == Set(obligations.filter { range.contains($0.due) }.map(\.key)))
        }
        #expect(nonZero >= 5, "the generator must produce accepted figures inside the ranges")
    }

    @Test("The generator reaches every review status, and refused actions change nothing", arguments: seeds)
    func coverage(seed: UInt64) {
        let plan = resolvedPlan()
        let obligations = Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar)
        let reports = RandomReports.make(obligations: obligations, plan: plan, seed: seed)
        #expect(Set(reports.map(\.status)) == Set(ReviewStatus.allCases))
        for report in reports {
            #expect(zip(report.history, report.history.dropFirst()).allSatisfy { $0.to == $1.from && $0.at <= $1.at })
            #expect(report.history.first.map { $0.from == .draft } ?? true)
            #expect(report.history.last?.to ?? .draft == report.status)
        }
    }

    @Test("Monitoring: every cell has exactly one state; overdue and due-soon never overlap", arguments: seeds)
    func monitoring(seed: UInt64) {
        let plan = resolvedPlan()
        let obligations = Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar)
        let reports = RandomReports.make(obligations: obligations, plan: plan, seed: seed)
        var rng = SeededGenerator(seed: seed)
        for _ in 0..<6 {
            let today = day("2024-01-01").adding(days: Int.random(in: 0...400, using: &rng))
            let board = Monitoring.board(obligations: obligations, reports: reports, today: today, calendar: calendar)
            #expect(board.cells.count == obligations.count)
            #expect(Set(board.overdue.map(\.key)).isDisjoint(with: board.dueSoon.map(\.key)))
            #expect(board.overdue.allSatisfy { $0.obligation.due < today && !$0.progress.isHandedIn })
            #expect(board.counts.values.reduce(0, +) == obligations.count)
        }
    }
}
