import DossierRules
import Testing
import WorkCalendar
import TestKit

/// Seeded random dossiers driven through the state machine with random events.
enum RandomDossiers {
    static let fields = ["Hộ tịch", "Đất đai", "Chứng thực"]
    static let units = ["UBND xã Diễn Châu", "UBND xã Đức Châu", "UBND xã Hải Châu"]
    static let periods: [Period] = [.workingDays(1), .workingDays(3), .workingDays(5), .workingDays(15),
                                    .calendarDays(10), .calendarDays(30), .hours(4), .hours(16), .withinDay,
                                    .months(1)]

    /// A random moment in [first, first + spanDays).
    static func moment(after start: LocalDateTime, maxMinutes: Int, using rng: inout SeededGenerator) -> LocalDateTime {
        let total = start.minutes + Int.random(in: 0...maxMinutes, using: &rng)
        return LocalDateTime(date: start.date.adding(days: total / 1440), minutes: total % 1440)!
    }

    static func event(_ kind: DossierEvent.Kind, at moment: LocalDateTime, current: DossierCase,
                      using rng: inout SeededGenerator) -> DossierEvent {
        let reason = Int.random(in: 0..<20, using: &rng) == 0 ? " " : "Lý do"
        switch kind {
        case .accept: return .accept(at: moment)
        case .refuse: return .refuse(at: moment, reason: reason)
        case .startProcessing: return .startProcessing(at: moment)
        case .requestSupplement:
            return .requestSupplement(at: moment, reason: reason, applicantAtFault: Bool.random(using: &rng))
        case .supplementReceived: return .supplementReceived(at: moment)
        case .requestPayment: return .requestPayment(at: moment)
        case .paymentReceived: return .paymentReceived(at: moment)
        case .stop: return .stop(at: moment, reason: reason)
        case .complete: return .complete(at: moment)
        case .returnResult: return .returnResult(at: moment)
        case .withdraw: return .withdraw(at: moment)
        case .apologise:
            let base = current.legalDue ?? moment
            let newDue = LocalDateTime(date: base.date.adding(days: Int.random(in: 0...10, using: &rng)), minutes: 17 * 60)!
            return .apologise(at: moment, reason: reason, newDue: newDue)
        }
    }

    static func make(count: Int, seed: UInt64) -> [DossierSnapshot] {
        var rng = SeededGenerator(seed: seed)
        let origin = at("2024-06-01T00:00")
        var perDay: [LocalDate: Int] = [:]
        return (0..<count).map { _ in
            let submitted = moment(after: origin, maxMinutes: 560 * 1440, using: &rng)
            var lifecycle = DossierCase(submittedAt: submitted, period: periods.randomElement(using: &rng)!)
            var clock = submitted
            for _ in 0..<Int.random(in: 0...9, using: &rng) {
                let allowed = DossierStateMachine.allowedEvents(from: lifecycle.status)
                // Mostly allowed events, sometimes any event (which must then be refused harmlessly).
                let pool = Int.random(in: 0..<5, using: &rng) == 0 ? Array(DossierEvent.Kind.allCases)
                    : allowed.sorted { $0.rawValue < $1.rawValue }
                guard let kind = pool.randomElement(using: &rng) else { break }
                clock = moment(after: clock, maxMinutes: 12 * 1440, using: &rng)
                let event = event(kind, at: clock, current: lifecycle, using: &rng)
                let before = lifecycle
                do {
                    try lifecycle.apply(event, calendar: calendar)
                } catch {
                    precondition(lifecycle == before, "a refused event changed the case")
                }
            }
            let sequence = perDay[submitted.date, default: 0] + 1
            perDay[submitted.date] = sequence
            return DossierSnapshot(
                code: code(submitted.date, sequence), procedureCode: "1.000893",
                field: fields.randomElement(using: &rng)!, competentUnit: units.randomElement(using: &rng)!,
                channel: SubmissionChannel.allCases.randomElement(using: &rng)!, lifecycle: lifecycle,
                applicant: applicant)
        }
    }
}

@Suite("Properties over seeded random dossiers")
struct PropertyTests {
    static let seeds: [UInt64] = [1, 2, 3, 20_250_129, 0xDEAD_BEEF]

    @Test("II.06a identities hold for every period, grouping and policy", arguments: seeds)
    func identities(seed: UInt64) throws {
        let dossiers = RandomDossiers.make(count: 400, seed: seed)
        var rng = SeededGenerator(seed: seed ^ 0xA5A5)
        var nonEmpty = 0
        for _ in 0..<25 {
            let from = day("2024-05-01").adding(days: Int.random(in: 0...640, using: &rng))
            let to = from.adding(days: Int.random(in: 0...200, using: &rng))
            for grouping in Report0206a.Grouping.allCases {
                for withdrawn in [ReportPolicy.Withdrawn.countedAsCompleted, .excluded] {
                    for basis in [ReportPolicy.DeadlineBasis.legal, .appointment] {
                        let report = try Report0206a.compute(dossiers, from: from, to: to, groupedBy: grouping,
                                                             policy: ReportPolicy(withdrawn: withdrawn, deadlineBasis: basis))
                        #expect(report.identitiesHold, "seed \(seed) \(from)–\(to) \(grouping) \(withdrawn) \(basis)")
                        if report.total.received.total > 0 { nonEmpty += 1 }
                    }
                }
            }
        }
        #expect(nonEmpty > 100, "the generator must produce dossiers inside the periods")
    }

    @Test("Carried over into a period equals pending at the end of the one before", arguments: seeds)
    func continuity(seed: UInt64) throws {
        let dossiers = RandomDossiers.make(count: 400, seed: seed)
        var start = day("2024-06-01")
        while start < day("2026-01-01") {
            let end = start.adding(months: 1).adding(days: -1)
            let current = try Report0206a.compute(dossiers, from: start, to: end)
            let next = try Report0206a.compute(dossiers, from: end.adding(days: 1), to: end.adding(months: 1))
            #expect(current.total.pending.total == next.total.received.carriedOver, "seed \(seed) \(start)")
            start = end.adding(days: 1)
        }
    }

    @Test("The generator reaches every status and every report column", arguments: seeds)
    func coverage(seed: UInt64) throws {
        let dossiers = RandomDossiers.make(count: 400, seed: seed)
        #expect(Set(dossiers.map(\.lifecycle.status)) == Set(DossierStatus.allCases))
        #expect(dossiers.contains { $0.lifecycle.apology != nil })
        #expect(dossiers.contains { $0.lifecycle.supplementRequests.count == 2 })
        var columns = Set<Int>()
        var start = day("2024-06-01")
        while start < day("2026-01-01") {
            let report = try Report0206a.compute(dossiers, from: start, to: start.adding(months: 3).adding(days: -1))
            for (index, value) in report.total.values.enumerated() where value > 0 { columns.insert(index) }
            start = start.adding(months: 3)
        }
        #expect(columns == Set(0..<11))
    }

    @Test("Lifecycle invariants: at most two supplements and one apology; time never goes back", arguments: seeds)
    func invariants(seed: UInt64) {
        for dossier in RandomDossiers.make(count: 400, seed: seed) {
            let lifecycle = dossier.lifecycle
            #expect(lifecycle.supplementRequests.count <= 2)
            #expect(lifecycle.timeline.filter { $0.event == .apologise }.count <= 1)
            #expect(zip(lifecycle.timeline, lifecycle.timeline.dropFirst()).allSatisfy { $0.at <= $1.at })
            if let apology = lifecycle.apology { #expect(apology.newDue > apology.originalDue) }
            if lifecycle.receivedAt == nil { #expect(lifecycle.dueChanges.isEmpty) }
        }
    }
}
