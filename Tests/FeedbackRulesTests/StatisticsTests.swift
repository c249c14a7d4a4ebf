import FeedbackRules
import Testing
import WorkCalendar
import TestKit

@Suite("Statistics and the Decision 766/QĐ-TTg rates (docs/LEGAL-READINGS.md §4.7)")
struct StatisticsTests {
    static let unit = "Công chức tư pháp - hộ tịch"

    static func registered(_ moment: String, _ classification: Classification) -> FeedbackCase {
        run(newCase(moment), [(.register(at: at(moment), number: 1), officer), (.classify(at: at(moment), classification), officer)])
    }

    static func assigned(_ moment: String) -> FeedbackCase {
        run(registered(moment, .withinCompetence), [(.assign(at: at(moment), unit: unit), officer)])
    }

    static let cases: [FeedbackCase] = [
        // A: answered on time, rated satisfied.
        run(assigned("2025-03-03T08:00"), [
            (.draftAnswer(at: at("2025-03-04T08:00"), text: "Trả lời", template: nil), handler),
            (.approve(at: at("2025-03-04T09:00")), coordinator), (.sendAnswer(at: at("2025-03-04T10:00")), officer),
            (.rate(at: at("2025-03-05T10:00"), .satisfied), .sender),
        ]),
        // B: forwarded late in February (forwarding due 07/02).
        run(registered("2025-01-24T10:00", .outsideCompetence(competentBody: "Sở Y tế")),
            [(.forward(at: at("2025-02-10T09:00"), to: "Sở Y tế", reference: nil), officer)]),
        // C: outside competence, never forwarded: overdue after 10/03.
        registered("2025-03-03T08:00", .outsideCompetence(competentBody: "Sở Tài chính")),
        // D: not accepted.
        registered("2025-03-03T08:00", .notAccepted(reason: "Không ghi địa chỉ")),
        // E: received 28/02, answer due 28/03: overdue on 31/03.
        assigned("2025-02-28T08:00"),
        // F: received 20/03, answer due 17/04.
        assigned("2025-03-20T08:00"),
    ]

    @Test("March 2025: received, handled on time, late, not accepted, pending within deadline or overdue")
    func march() throws {
        let stats = try FeedbackStatistics.compute(Self.cases, from: day("2025-03-01"), to: day("2025-03-31"))
        let total = stats.total
        #expect([total.received, total.new, total.carriedOver] == [5, 4, 1])
        #expect([total.answeredOnTime, total.answeredLate, total.forwardedOnTime, total.forwardedLate, total.notAccepted]
            == [1, 0, 0, 0, 1])
        #expect([total.pendingWithinDeadline, total.pendingOverdue] == [1, 2])
        #expect(total.identitiesHold)
        #expect(stats.rows.map(\.key) == [Self.unit, FeedbackStatistics.unassigned], "sorted by key; — comes after letters")
        #expect(stats.rows.first { $0.key == Self.unit }?.received == 3)
    }

    @Test("Decision 766/QĐ-TTg: handled on time ÷ within competence; satisfied ÷ rated")
    func decision766Rates() throws {
        let stats = try FeedbackStatistics.compute(Self.cases, from: day("2025-03-01"), to: day("2025-03-31"))
        #expect(stats.total.onTimeRate.numerator == 1)
        #expect(stats.total.onTimeRate.denominator == 3)
        #expect(stats.total.satisfactionRate.value == 1.0)
        let empty = try FeedbackStatistics.compute([], from: day("2025-03-01"), to: day("2025-03-31"))
        #expect(empty.total.onTimeRate.value == nil, "no division by zero")
    }

    @Test("February 2025: the case received in January and forwarded late is carried over and late (Art. 9.1.d)")
    func februaryArt9() throws {
        let stats = try FeedbackStatistics.compute(Self.cases, from: day("2025-02-01"), to: day("2025-02-28"),
                                                   groupedBy: .caseClass)
        #expect(stats.total.received == 2)
        #expect(stats.total.forwardedLate == 1)
        #expect(stats.total.carriedOver == 1)
        #expect(stats.rows.map(\.key) == ["outside", "within"])
    }

    @Test("Grouping by channel and content kind; a reversed period is refused")
    func groupings() throws {
        let byKind = try FeedbackStatistics.compute(Self.cases, from: day("2025-03-01"), to: day("2025-03-31"), groupedBy: .contentKind)
        #expect(byKind.rows.map(\.key) == ["unsuited"])
        #expect(throws: StatisticsError.invalidPeriod(from: day("2025-03-31"), to: day("2025-03-01"))) {
            try FeedbackStatistics.compute(Self.cases, from: day("2025-03-31"), to: day("2025-03-01"))
        }
    }
}
