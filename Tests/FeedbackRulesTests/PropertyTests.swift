import FeedbackRules
import Testing
import WorkCalendar
import TestKit

/// Seeded random cases driven through the state machine with random events.
enum RandomCases {
    static let units = ["Văn phòng HĐND và UBND", "Công chức tư pháp - hộ tịch", "Công chức địa chính"]
    static let staff: [CaseActor] = [officer, handler, coordinator]

    static func moment(after start: LocalDateTime, maxMinutes: Int, using rng: inout SeededGenerator) -> LocalDateTime {
        let total = start.minutes + Int.random(in: 0...maxMinutes, using: &rng)
        return LocalDateTime(date: start.date.adding(days: total / 1440), minutes: total % 1440) ?? start
    }

    static func event(_ kind: FeedbackEvent.Kind, at moment: LocalDateTime, using rng: inout SeededGenerator) -> FeedbackEvent {
        let text = Int.random(in: 0..<15, using: &rng) == 0 ? " " : "Nội dung"
        switch kind {
        case .register: return .register(at: moment, number: Int.random(in: 0...500, using: &rng))
        case .classify:
            let classes: [Classification] = [.withinCompetence, .notAccepted(reason: text), .aboutConduct(competentBody: "Công an huyện"),
                                             .outsideCompetence(competentBody: "Sở Tư pháp"), .withinCompetence, .withinCompetence,
                                             .withinCompetence]
            return .classify(at: moment, classes.randomElement(using: &rng) ?? .withinCompetence)
        case .forward: return .forward(at: moment, to: "Sở Tư pháp", reference: nil)
        case .assign: return .assign(at: moment, unit: units.randomElement(using: &rng) ?? text)
        case .requestInformation: return .requestInformation(at: moment, question: text)
        case .receiveInformation: return .receiveInformation(at: moment, reply: text)
        case .draftAnswer: return .draftAnswer(at: moment, text: text, template: nil)
        case .returnDraft: return .returnDraft(at: moment, comment: text)
        case .approve: return .approve(at: moment)
        case .sendAnswer: return .sendAnswer(at: moment)
        case .publish: return .publish(at: moment, question: Int.random(in: 0..<4, using: &rng) > 0 ? "Câu hỏi" : "Gọi 0912345678")
        case .close: return .close(at: moment)
        case .rate: return .rate(at: moment, Bool.random(using: &rng) ? .satisfied : .notSatisfied)
        case .disagree: return .disagree(at: moment, reason: text)
        case .addNote: return .addNote(at: moment, text: text)
        }
    }

    static func make(count: Int, seed: UInt64) -> [FeedbackCase] {
        var rng = SeededGenerator(seed: seed)
        let origin = at("2024-12-01T00:00")
        return (0..<count).map { _ in
            let received = moment(after: origin, maxMinutes: 300 * 1440, using: &rng)
            var feedback = FeedbackCase(receivedAt: received, channel: FeedbackChannel.allCases.randomElement(using: &rng) ?? .webForm,
                                        contentKind: ContentKind.allCases.randomElement(using: &rng) ?? .otherIssue, calendar: calendar)
            var clock = received
            for _ in 0..<Int.random(in: 0...24, using: &rng) {
                let allowed = FeedbackStateMachine.allowedEvents(from: feedback.status).sorted { $0.rawValue < $1.rawValue }
                let pool = Int.random(in: 0..<6, using: &rng) == 0 ? FeedbackEvent.Kind.allCases : allowed
                guard let kind = pool.randomElement(using: &rng) else { break }
                clock = moment(after: clock, maxMinutes: 9 * 1440, using: &rng)
                let actor: CaseActor = kind.senderMayDo && Bool.random(using: &rng) ? .sender : staff.randomElement(using: &rng) ?? officer
                let before = feedback
                do {
                    try feedback.apply(event(kind, at: clock, using: &rng), by: actor, calendar: calendar)
                } catch {
                    precondition(feedback == before, "a refused event changed the case")
                }
            }
            return feedback
        }
    }
}

@Suite("Properties over seeded random cases")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 7, 20_250_124, 0xFEED_BEEF]

    @Test("Counts add up for every period and grouping", arguments: seeds)
    func identities(seed: UInt64) throws {
        let cases = RandomCases.make(count: 300, seed: seed)
        var rng = SeededGenerator(seed: seed ^ 0x5A5A)
        var nonEmpty = 0
        for _ in 0..<30 {
            let from = day("2024-11-15").adding(days: Int.random(in: 0...330, using: &rng))
            let to = from.adding(days: Int.random(in: 0...120, using: &rng))
            for grouping in FeedbackStatistics.Grouping.allCases {
                let stats = try FeedbackStatistics.compute(cases, from: from, to: to, groupedBy: grouping)
                #expect(stats.total.identitiesHold, "seed \(seed) \(from)–\(to) \(grouping)")
                #expect(stats.rows.allSatisfy { $0.identitiesHold })
                #expect(stats.rows.map(\.received).reduce(0, +) == stats.total.received)
                let inScope = cases.filter { CaseOutcome.of($0, from: from, to: to) != nil }.count
                #expect(stats.total.received == inScope)
                if stats.total.received > 0 { nonEmpty += 1 }
            }
        }
        #expect(nonEmpty > 50)
    }

    @Test("The generator reaches every status, reopenings and resubmissions", arguments: seeds)
    func coverage(seed: UInt64) {
        let cases = RandomCases.make(count: 300, seed: seed)
        #expect(Set(cases.map(\.status)).isSuperset(of: Set(FeedbackStatus.allCases).subtracting([.published])))
        #expect(cases.contains { $0.reopenings > 0 })
        #expect(cases.contains { $0.publication != nil })
    }

    @Test("Lifecycle invariants: time never goes back, answers are approved by someone else, publications hold no phone",
          arguments: seeds)
    func invariants(seed: UInt64) {
        for feedback in RandomCases.make(count: 300, seed: seed) {
            #expect(zip(feedback.history, feedback.history.dropFirst()).allSatisfy { $0.at <= $1.at })
            #expect(feedback.answers.allSatisfy { $0.approvedBy != $0.draftedBy })
            #expect(feedback.reopenings <= feedback.rules.maxReopenings)
            if let publication = feedback.publication { #expect(!publication.question.contains("0912345678")) }
            if feedback.forwarding != nil { #expect(feedback.caseClass?.forwards == true) }
            if feedback.unit != nil { #expect(feedback.caseClass == .withinCompetence) }
            #expect(feedback.registerEntry.map { $0.number >= 1 } ?? true)
        }
    }
}
