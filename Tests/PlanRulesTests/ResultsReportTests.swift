import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Results report (plan section IV.4; plan rules: the figures equal the accepted reports)")
struct ResultsReportTests {
    let plan = resolvedPlan()
    var obligations: [ReportingObligation] { Schedule.obligations(of: plan, directory: Units.directory, calendar: calendar) }

    func key(_ task: TaskID, _ unit: UnitID, quarter: Int = 1) -> ObligationKey {
        guard let period = DayRange.quarter(quarter, of: 2024) else { fatalError("quarter") }
        return ObligationKey(occurrence: OccurrenceKey(task: task, period: period), unit: unit)
    }

    static func done(_ count: Int, _ text: String = "Niêm yết đầy đủ") -> ReportContent {
        ReportContent(workStatus: .done, summary: text, metrics: ["tthc-duoc-niem-yet": count],
                      evidence: [.link(url: "https://dienchau.gov.vn/niem-yet", title: "Ảnh niêm yết")])
    }

    var reports: [UnitReport] {
        [
            report(key("II.10", Units.dienKim), content: Self.done(312),
                   actions: [(.submit, "2024-03-25T08:00"), (.accept(), "2024-03-26T08:00")]),
            report(key("II.10", Units.dienHai), content: Self.done(250),
                   actions: [(.submit, "2024-04-03T08:00"), (.accept(), "2024-04-04T08:00")]),
            report(key("II.10", Units.townDienChau), content: Self.done(999),
                   actions: [(.submit, "2024-03-25T08:00"), (.returnForRevision(comment: "Số liệu chưa khớp"), "2024-03-26T08:00")]),
            report(key("II.10", Units.justice), content: Self.done(40), actions: [(.submit, "2024-03-29T08:00")]),
            report(key("II.10", Units.culture),
                   content: ReportContent(workStatus: .cannotBeDone, reason: "Phòng không giải quyết TTHC"),
                   actions: [(.submit, "2024-03-25T08:00"), (.accept(), "2024-03-26T08:00")]),
            report(key("II.10", Units.dienKim, quarter: 2), content: Self.done(5),
                   actions: [(.submit, "2024-06-25T08:00"), (.accept(), "2024-06-26T08:00")]),
        ]
    }

    @Test("Quý I/2024: totals count accepted reports only; late, returned, unreported and cannot-be-done are listed with why")
    func firstQuarter() throws {
        let report = ResultsReport.build(plan: plan, obligations: obligations, reports: reports,
                                         range: try #require(DayRange.quarter(1, of: 2024)), asOf: day("2024-04-10"))
        #expect(report.title.vi == "Quý I/2024")
        // Ongoing tasks (11) and II.9's first half is not due in Q1: 11 tasks.
        #expect(report.tasks.map(\.number) == ["I.1", "I.2", "I.3", "II.1", "II.2", "II.3", "II.4", "II.8", "II.10",
                                               "II.11", "II.12"])
        let posting = try #require(report.tasks.first { $0.number == "II.10" })
        #expect(posting.totals == ["tthc-duoc-niem-yet": 562])
        let kim = try #require(posting.units.first { $0.unit == Units.dienKim })
        #expect(kim.totals == ["tthc-duoc-niem-yet": 312])
        #expect(kim.entries.count == 1)
        #expect(kim.evidence.count == 1)
        #expect(kim.entries[0].summary == "Niêm yết đầy đủ")
        let town = try #require(posting.units.first { $0.unit == Units.townDienChau })
        #expect(town.totals.isEmpty)
        #expect(town.evidence.isEmpty)

        let shortfalls = Dictionary(report.shortfalls.filter { $0.obligation.occurrence.task == "II.10" }
            .map { ($0.obligation.unit, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(shortfalls[Units.dienKim] == nil)
        #expect(shortfalls[Units.dienHai]?.kind == .reportedLate)
        #expect(shortfalls[Units.dienHai]?.submittedOn == day("2024-04-03"))
        #expect(shortfalls[Units.townDienChau]?.kind == .returned)
        #expect(shortfalls[Units.townDienChau]?.reason == "Số liệu chưa khớp")
        #expect(shortfalls[Units.justice]?.kind == .awaitingReview)
        #expect(shortfalls[Units.culture]?.kind == .cannotBeDone)
        #expect(shortfalls[Units.culture]?.reason == "Phòng không giải quyết TTHC")
        #expect(shortfalls[Units.districtDesk]?.kind == .notReported)
    }

    @Test("Before the due date nothing is late; the year report sums every quarter")
    func ranges() throws {
        let early = ResultsReport.build(plan: plan, obligations: obligations, reports: [],
                                        range: try #require(DayRange.quarter(1, of: 2024)), asOf: day("2024-03-31"))
        #expect(early.shortfalls.isEmpty)
        let year = ResultsReport.build(plan: plan, obligations: obligations, reports: reports,
                                       range: try #require(DayRange.year(2024)), asOf: day("2025-01-10"))
        #expect(year.tasks.count == 15)
        #expect(year.tasks.first { $0.number == "II.10" }?.totals == ["tthc-duoc-niem-yet": 567])
        let half = ResultsReport.build(plan: plan, obligations: obligations, reports: reports,
                                       range: try #require(DayRange.half(1, of: 2024)), asOf: day("2024-07-10"))
        #expect(half.title.vi == "6 tháng đầu năm 2024")
        #expect(half.tasks.contains { $0.number == "II.5" } && half.tasks.contains { $0.number == "II.9" })
        #expect(!half.tasks.contains { $0.number == "II.6" })
    }

    @Test("CSV download: a header, one row per unit and occurrence, figures with units, a BOM")
    func csv() throws {
        let report = ResultsReport.build(plan: plan, obligations: obligations, reports: reports,
                                         range: try #require(DayRange.quarter(1, of: 2024)), asOf: day("2024-04-10"))
        let rows = report.csvRows { $0.rawValue }
        #expect(rows[0].first == "TT")
        #expect(rows.count == 1 + report.tasks.reduce(0) { $0 + $1.units.reduce(0) { $0 + $1.entries.count } })
        let kim = try #require(rows.first { $0[0] == "II.10" && $0[2] == Units.dienKim.rawValue })
        #expect(kim[8] == "TTHC được niêm yết: 312 thủ tục")
        #expect(kim[9] == "Ảnh niêm yết <https://dienchau.gov.vn/niem-yet>")
        #expect(report.csv { $0.rawValue }.hasPrefix("\u{FEFF}TT,"))
    }
}
