import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Apology and new appointment (Mẫu 04; Decree 61/2018 Art. 19.9)")
struct ApologyTests {
    /// Accepted Wednesday 22/01/2025 09:00 for 3 working days: 23/01, 24/01, then Tết
    /// (25/01–02/02), then 03/02. Due 17:00 Monday 03/02/2025.
    static let beforeTet = run(DossierCase(submittedAt: at("2025-01-22T08:50"), period: .workingDays(3)), [
        .accept(at: at("2025-01-22T09:00")), .startProcessing(at: at("2025-01-22T10:00")),
    ])

    func apologise(_ dossier: DossierCase, at moment: String, newDue: String = "2025-02-07T17:00")
        throws(TransitionError) -> DossierCase {
        var copy = dossier
        try copy.apply(.apologise(at: at(moment), reason: "Chờ xác minh", newDue: at(newDue)), calendar: calendar)
        return copy
    }

    @Test("Across Tết 2025 the last day for an apology is Friday 24/01 (Decree 61/2018 Art. 19.9)")
    func latestDayAcrossTet() throws {
        #expect(Self.beforeTet.legalDue == at("2025-02-03T17:00"))
        #expect(DossierStateMachine.latestApologyDay(due: at("2025-02-03T17:00"), calendar: calendar) == day("2025-01-24"))
        let done = try apologise(Self.beforeTet, at: "2025-01-24T16:30")
        #expect(done.apology?.originalDue == at("2025-02-03T17:00"))
        #expect(done.apology?.newDue == at("2025-02-07T17:00"))
        #expect(done.legalDue == at("2025-02-03T17:00"), "the original deadline is kept")
        #expect(done.appointment == at("2025-02-07T17:00"))
        #expect(done.status == .processing)
        #expect(done.timeline.last?.event == .apologise)
    }

    @Test("During the Tết break, though a calendar day before the due day, it is too late (Decree 61/2018 Art. 19.9)",
          arguments: ["2025-01-25T09:00", "2025-01-31T10:00", "2025-02-02T20:00", "2025-02-03T08:00"])
    func tooLate(moment: String) {
        #expect(throws: TransitionError.apologyTooLate(latestDay: day("2025-01-24"), due: at("2025-02-03T17:00"))) {
            try apologise(Self.beforeTet, at: moment)
        }
    }

    @Test("Only once (Decree 61/2018 Art. 19.9: \"không quá một lần\")")
    func onlyOnce() throws {
        let once = try apologise(Self.beforeTet, at: "2025-01-23T09:00")
        #expect(throws: TransitionError.apologyAlreadyIssued(at: at("2025-01-23T09:00"))) {
            try apologise(once, at: "2025-01-23T10:00", newDue: "2025-02-10T17:00")
        }
    }

    @Test("The new appointment must be later and on a working day")
    func newDate() {
        #expect(throws: TransitionError.apologyMustExtend(currentDue: at("2025-02-03T17:00"),
                                                          proposed: at("2025-02-03T17:00"))) {
            try apologise(Self.beforeTet, at: "2025-01-23T09:00", newDue: "2025-02-03T17:00")
        }
        #expect(throws: TransitionError.appointmentOnDayOff(day("2025-02-08"))) {
            try apologise(Self.beforeTet, at: "2025-01-23T09:00", newDue: "2025-02-08T10:00")
        }
    }

    @Test("Not while the period is suspended for a supplement")
    func notWhileSuspended() {
        let waiting = run(Self.beforeTet, [.requestSupplement(at: at("2025-01-23T09:00"), reason: "Thiếu")])
        #expect(throws: TransitionError.notAllowed(event: .apologise, from: .supplementRequested)) {
            try apologise(waiting, at: "2025-01-23T10:00")
        }
    }

    @Test("A reason is required (Mẫu 04 states the reason for the delay)")
    func reason() {
        var copy = Self.beforeTet
        #expect(throws: TransitionError.reasonRequired(.apologise)) {
            try copy.apply(.apologise(at: at("2025-01-23T09:00"), reason: " ", newDue: at("2025-02-07T17:00")),
                           calendar: calendar)
        }
    }

    @Test("Across Tết 2026 (14–22/02): due Monday 23/02 → last apology day Friday 13/02 (Decree 61/2018 Art. 19.9)")
    func tet2026() {
        #expect(DossierStateMachine.latestApologyDay(due: at("2026-02-23T17:00"), calendar: calendar) == day("2026-02-13"))
    }

    @Test("Around the 2025 swap: due Monday 05/05 → last apology day Tuesday 29/04 (30/04–04/05 off)")
    func swap2025() {
        #expect(DossierStateMachine.latestApologyDay(due: at("2025-05-05T17:00"), calendar: calendar) == day("2025-04-29"))
        // Due Monday 28/04: the swapped Saturday 26/04 is a working day.
        #expect(DossierStateMachine.latestApologyDay(due: at("2025-04-28T17:00"), calendar: calendar) == day("2025-04-26"))
    }

    @Test("A late finish stays late after the apology unless the report asks for the appointment basis")
    func reportBasis() throws {
        let done = run(try apologise(Self.beforeTet, at: "2025-01-24T10:00"), [.complete(at: at("2025-02-05T15:00"))])
        let dossier = snapshot(done, code: code(day("2025-01-22"), 7))
        let closure = try #require(done.closure)
        #expect(dossier.timeliness(of: closure) == .late)
        #expect(dossier.timeliness(of: closure, ReportPolicy(deadlineBasis: .appointment)) == .early)
    }
}
