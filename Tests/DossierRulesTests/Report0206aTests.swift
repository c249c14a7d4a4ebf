import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Form II.06a")
struct Report0206aTests {
    /// Quarter I/2025 is [01/01, 31/03]; the dossiers below each test one definition.
    static let from = day("2025-01-01")
    static let to = day("2025-03-31")

    static func make(_ submitted: String, _ events: [DossierEvent], period: Period = .workingDays(5),
                     field: String = "Hộ tịch", channel: SubmissionChannel = .inPerson, sequence: Int) -> DossierSnapshot {
        let lifecycle = run(DossierCase(submittedAt: at(submitted), period: period), events)
        return snapshot(lifecycle, code: code(at(submitted).date, sequence), field: field, channel: channel)
    }

    static let dossiers: [DossierSnapshot] = [
        // A: received 20/12/2024, finished 06/01/2025 (due 27/12/2024): carried over, late.
        make("2024-12-20T08:00", [.accept(at: at("2024-12-20T08:00")), .startProcessing(at: at("2024-12-20T09:00")),
                                  .complete(at: at("2025-01-06T10:00"))], sequence: 1),
        // B: online, received 06/01, due 13/01, finished 10/01: online, early.
        make("2025-01-05T21:00", [.accept(at: at("2025-01-06T08:00")), .startProcessing(at: at("2025-01-06T09:00")),
                                  .complete(at: at("2025-01-10T10:00"))], field: "Đất đai", channel: .online, sequence: 2),
        // C: received 24/03, due 31/03, still processing: direct, pending within deadline on 31/03.
        make("2025-03-24T08:00", [.accept(at: at("2025-03-24T08:00")), .startProcessing(at: at("2025-03-24T09:00"))],
             sequence: 3),
        // D: received 03/03, due 10/03, still processing: pending overdue.
        make("2025-03-03T08:00", [.accept(at: at("2025-03-03T08:00")), .startProcessing(at: at("2025-03-03T09:00"))],
             channel: .postal, sequence: 4),
        // E: received 03/03, waiting for a supplement since 05/03: pending, within (suspended).
        make("2025-03-03T08:00", [.accept(at: at("2025-03-03T08:00")), .startProcessing(at: at("2025-03-03T09:00")),
                                  .requestSupplement(at: at("2025-03-05T09:00"), reason: "Thiếu")], sequence: 5),
        // F: received and finished in 2024: not in the quarter.
        make("2024-11-04T08:00", [.accept(at: at("2024-11-04T08:00")), .startProcessing(at: at("2024-11-04T09:00")),
                                  .complete(at: at("2024-11-05T10:00"))], sequence: 6),
        // G: refused at reception: never received.
        make("2025-02-10T08:00", [.refuse(at: at("2025-02-10T08:10"), reason: "Không thuộc thẩm quyền")], sequence: 7),
        // H: online, not yet accepted: not received.
        make("2025-03-31T20:00", [], channel: .online, sequence: 8),
        // I: received after the quarter.
        make("2025-04-01T08:00", [.accept(at: at("2025-04-01T08:00"))], sequence: 9),
        // J: received 10/02, withdrawn 12/02: completed on time under the default policy.
        make("2025-02-10T08:00", [.accept(at: at("2025-02-10T08:00")), .withdraw(at: at("2025-02-12T08:00"))],
             field: "Đất đai", sequence: 10),
        // K: received 10/02, due 17/02, stopped 17/02 (Art. 19.8): completed on time.
        make("2025-02-10T08:00", [.accept(at: at("2025-02-10T08:00")), .startProcessing(at: at("2025-02-10T09:00")),
                                  .stop(at: at("2025-02-17T09:00"), reason: "Không đủ điều kiện")],
             field: "Đất đai", sequence: 11),
    ]

    @Test("Columns follow the definitions of received, carried over, completed and pending")
    func quarter() throws {
        let report = try Report0206a.compute(Self.dossiers, from: Self.from, to: Self.to)
        #expect(report.total.values == [7, 1, 5, 1, 4, 1, 2, 1, 3, 2, 1])
        #expect(report.rows.map(\.key) == ["Hộ tịch", "Đất đai"].sorted())
        let land = try #require(report.rows.first { $0.key == "Đất đai" })
        #expect(land.values == [3, 1, 2, 0, 3, 1, 2, 0, 0, 0, 0])
        #expect(report.identitiesHold)
    }

    @Test("Withdrawn dossiers can be left out instead; the identities still hold")
    func withdrawnExcluded() throws {
        let report = try Report0206a.compute(Self.dossiers, from: Self.from, to: Self.to,
                                             policy: ReportPolicy(withdrawn: .excluded))
        #expect(report.total.values == [6, 1, 4, 1, 3, 1, 1, 1, 3, 2, 1])
        #expect(report.identitiesHold)
    }

    @Test("Grouped by competent unit or receiving agency")
    func groupings() throws {
        for grouping in Report0206a.Grouping.allCases {
            let report = try Report0206a.compute(Self.dossiers, from: Self.from, to: Self.to, groupedBy: grouping)
            #expect(report.total.received.total == 7)
            #expect(report.identitiesHold)
        }
    }

    @Test("A broken row is reported in both languages")
    func violations() throws {
        #expect(Report0206a.Row(key: "X").identitiesHold)
        let report = try Report0206a.compute(Self.dossiers, from: Self.from, to: Self.to)
        var row = report.total
        row.pending.overdue += 1
        #expect(!row.identitiesHold)
        #expect(row.identityViolations.map(\.en) == [": pending 3 ≠ within deadline + overdue"])
        #expect(row.identityViolations.map(\.vi) == [": đang giải quyết 3 ≠ trong hạn + quá hạn"])
    }

    @Test("A period must not end before it starts")
    func badPeriod() {
        #expect(throws: ReportError.periodEndsBeforeItStarts(from: Self.to, to: Self.from)) {
            try Report0206a.compute([], from: Self.to, to: Self.from)
        }
    }

    @Test("Eleven column headings")
    func columns() {
        #expect(Report0206a.columns.count == 11)
        #expect(Report0206a.Row(key: "").values.count == 11)
    }
}
