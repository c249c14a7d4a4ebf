import FeedbackRules
import Testing
import WorkCalendar
import TestKit
import Localization

@Suite("Deadlines (Decree 20/2008 Art. 9.1.d: forward within 5 working days; answers by configuration)")
struct DeadlineTests {
    func forwardDue(_ received: String) -> LocalDateTime? {
        newCase(received).deadline(.forward)?.due
    }

    @Test("Art. 9.1.d: 5 working days across Tết 2025 (25/01–02/02 off)", arguments: [
        ("2025-01-23T09:00", "2025-02-06T17:00"),  // Thu: 24/01, 03, 04, 05, 06/02
        ("2025-01-24T10:00", "2025-02-07T17:00"),  // Fri: 03…07/02
        ("2025-01-24T18:30", "2025-02-10T17:00"),  // after closing: counted from Mon 03/02
        ("2025-01-27T09:00", "2025-02-10T17:00"),  // inside the break: counted from Mon 03/02
    ])
    func forwardAcrossTetArt9(received: String, due: String) {
        #expect(forwardDue(received) == at(due))
    }

    @Test("Art. 9.1.d: 5 working days across 30/4–1/5/2025 with the swap (Saturday 26/04 worked, Friday 02/05 off)",
          arguments: [
              ("2025-04-23T09:00", "2025-04-29T17:00"),  // 24, 25, Sat 26, 28, 29/04
              ("2025-04-25T09:00", "2025-05-06T17:00"),  // Sat 26, 28, 29/04, 05, 06/05
              ("2025-04-29T14:00", "2025-05-09T17:00"),  // 05…09/05
              ("2025-05-02T09:00", "2025-05-12T17:00"),  // the swapped day off: from Mon 05/05
          ])
    func forwardAcrossReunificationDayArt9(received: String, due: String) {
        #expect(forwardDue(received) == at(due))
    }

    @Test("Art. 9.1.d: the explanation cites the article and names the skipped holidays")
    func explanationArt9() throws {
        let deadline = try #require(newCase("2025-01-24T10:00").deadline(.forward))
        let lines = deadline.explanation(calendar: calendar)
        #expect(lines[0].vi.contains("05 ngày làm việc") && lines[0].vi.contains("điểm d khoản 1 Điều 9"))
        #expect(lines[0].en.contains("Art. 9.1.d"))
        #expect(lines.contains { $0.vi.contains("25/01/2025") && $0.vi.contains("Tết") })
        #expect(lines.last?.vi.contains("07/02/2025") == true)
        #expect(deadline.ruleVersion == FeedbackRuleSet.standard.version)
        #expect(deadline.period == .workingDays(5))
    }

    @Test("The answer deadline defaults to 20 working days from reception")
    func answerDefault() {
        let feedback = newCase("2025-03-03T08:00")
        #expect(feedback.deadline(.answer)?.due == at("2025-03-31T17:00"))
        #expect(feedback.deadline(.answer)?.basis.vi.contains("20 ngày làm việc") == true)
    }

    @Test("Rules per class and channel: the most specific wins, the version is kept on the case")
    func configurableRules() {
        let rules = FeedbackRuleSet(version: "nghe-an-2025.2", reference: "Quyết định của UBND tỉnh", rules: [
            DeadlineRule(kind: .answer, period: .workingDays(15), basis: LocalizedText(vi: "15 ngày", en: "15 days")),
            DeadlineRule(kind: .answer, channel: .phone, period: .workingDays(10), basis: LocalizedText(vi: "10", en: "10")),
            DeadlineRule(kind: .answer, caseClass: .withinCompetence, period: .workingDays(12), basis: LocalizedText(vi: "12", en: "12")),
            DeadlineRule(kind: .answer, caseClass: .withinCompetence, channel: .phone, period: .workingDays(7),
                         basis: LocalizedText(vi: "7", en: "7")),
            DeadlineRule(kind: .forward, caseClass: .aboutConduct, period: .workingDays(3), basis: LocalizedText(vi: "3", en: "3")),
        ])
        #expect(rules.rule(for: .answer, caseClass: nil, channel: .webForm).period == .workingDays(15))
        #expect(rules.rule(for: .answer, caseClass: nil, channel: .phone).period == .workingDays(10))
        #expect(rules.rule(for: .answer, caseClass: .withinCompetence, channel: .webForm).period == .workingDays(12))
        #expect(rules.rule(for: .answer, caseClass: .withinCompetence, channel: .phone).period == .workingDays(7))
        #expect(rules.rule(for: .forward, caseClass: .outsideCompetence, channel: .phone).period == .workingDays(5))
        #expect(rules.rule(for: .forward, caseClass: .aboutConduct, channel: .post).period == .workingDays(3))

        let received = newCase("2025-03-03T08:00", channel: .phone, rules: rules)
        #expect(received.deadline(.answer)?.due == at("2025-03-17T17:00"))
        let classified = run(received, [(.register(at: at("2025-03-03T08:05"), number: 1), officer),
                                        (.classify(at: at("2025-03-03T08:10"), .withinCompetence), officer)])
        #expect(classified.deadline(.answer)?.due == at("2025-03-12T17:00"), "7 working days, still from reception")
        #expect(classified.deadline(.answer)?.from == at("2025-03-03T08:00"))
        #expect(classified.deadlines.allSatisfy { $0.ruleVersion == "nghe-an-2025.2" })
        #expect(classified.openDeadlines.map(\.kind) == [.answer])
    }

    @Test("Art. 9.1.d: forwarded by the fifth working day is on time, later is late")
    func forwardTimelinessArt9() {
        func forwarded(at moment: String) -> FeedbackCase {
            run(newCase("2025-01-24T10:00"), [
                (.register(at: at("2025-01-24T10:05"), number: 3), officer),
                (.classify(at: at("2025-01-24T11:00"), .outsideCompetence(competentBody: "Sở Y tế")), officer),
                (.forward(at: at(moment), to: "Sở Y tế", reference: nil), officer),
            ])
        }
        #expect(forwarded(at: "2025-02-07T16:59").timeliness == .onTime)
        #expect(forwarded(at: "2025-02-07T17:30").timeliness == .onTime, "judged by date, like DossierRules")
        #expect(forwarded(at: "2025-02-10T08:00").timeliness == .late)
    }

    @Test("Answered on or before the due day is on time, after it late")
    func answerTimeliness() {
        #expect(FeedbackTimeliness.of(handledAt: at("2025-03-31T16:00"), due: at("2025-03-31T17:00")) == .onTime)
        #expect(FeedbackTimeliness.of(handledAt: at("2025-04-01T08:00"), due: at("2025-03-31T17:00")) == .late)
        #expect(Reach.feedback(in: .answered).timeliness == .onTime)
    }

    @Test("Flags: on track, near (within N working days, the weekend not counted), due today, overdue")
    func flags() {
        let due = at("2025-02-07T17:00")
        #expect(DeadlineFlag.of(due: due, now: at("2025-02-03T09:00"), nearWorkingDays: 2, calendar: calendar)
            == .onTrack(workingDaysLeft: 4))
        #expect(DeadlineFlag.of(due: due, now: at("2025-02-05T09:00"), nearWorkingDays: 2, calendar: calendar)
            == .near(workingDaysLeft: 2))
        #expect(DeadlineFlag.of(due: due, now: at("2025-02-07T16:00"), nearWorkingDays: 2, calendar: calendar)
            == .near(workingDaysLeft: 0))
        #expect(DeadlineFlag.of(due: due, now: at("2025-02-08T09:00"), nearWorkingDays: 2, calendar: calendar)
            == .overdue(workingDaysLate: 0))
        #expect(DeadlineFlag.of(due: due, now: at("2025-02-11T09:00"), nearWorkingDays: 2, calendar: calendar)
            == .overdue(workingDaysLate: 2))
        #expect(DeadlineFlag.near(workingDaysLeft: 0).name.vi == "Đến hạn hôm nay")
        #expect(DeadlineFlag.overdue(workingDaysLate: 2).isOverdue)
    }

    @Test("Before classification both deadlines are open and the earliest is the standing; finished cases have none")
    func standings() throws {
        let feedback = newCase("2025-01-24T10:00")
        let standings = feedback.standings(now: at("2025-02-06T09:00"), calendar: calendar)
        #expect(standings.map(\.deadline.kind) == [.forward, .answer])
        let first = try #require(feedback.standing(now: at("2025-02-06T09:00"), calendar: calendar))
        #expect(first.flag == .near(workingDaysLeft: 1))
        #expect(Reach.feedback(in: .answered).standing(now: at("2025-05-01T09:00"), calendar: calendar) == nil)
        #expect(Reach.feedback(in: .forwarded).openDeadlines.isEmpty)
    }
}
