import DossierRules
import Testing
import WorkCalendar
import TestKit

@Suite("Supplements (Decree 61/2018 Art. 15.3, 17.1.a, 19.4)")
struct SupplementTests {
    /// Accepted Monday 03/03/2025 08:00 for 5 working days: due 17:00 Monday 10/03/2025.
    static let processing = run(DossierCase(submittedAt: at("2025-03-03T07:45"), period: .workingDays(5)), [
        .accept(at: at("2025-03-03T08:00")), .startProcessing(at: at("2025-03-03T09:00")),
    ])

    @Test("The period restarts from zero when the complete dossier arrives (Decree 61/2018 Art. 19.4)")
    func restart() {
        #expect(Self.processing.legalDue == at("2025-03-10T17:00"))
        let waiting = run(Self.processing, [.requestSupplement(at: at("2025-03-05T10:00"), reason: "Thiếu bản sao")])
        #expect(waiting.status == .supplementRequested)
        #expect(waiting.legalDue == nil, "suspended while the applicant supplements")
        #expect(waiting.supplementRequests.last?.withinNoticeLimit == true)
        // Complete dossier back on Monday 10/03 10:00: five fresh working days, 11–17/03.
        let resumed = run(waiting, [.supplementReceived(at: at("2025-03-10T10:00"))])
        #expect(resumed.status == .processing)
        #expect(resumed.legalDue == at("2025-03-17T17:00"))
        #expect(resumed.firstDue == at("2025-03-10T17:00"), "the first appointment is kept")
        #expect(resumed.legalDue(at: at("2025-03-06T12:00")) == nil)
        #expect(resumed.legalDue(at: at("2025-03-04T12:00")) == at("2025-03-10T17:00"))
        #expect(resumed.supplementRequests.last?.answeredAt == at("2025-03-10T10:00"))
    }

    @Test("A restart after the 15:00 cut-off counts from the next working day (Decree 61/2018 Art. 18.2, 19.4)")
    func restartAfterCutoff() {
        let resumed = run(Self.processing, [
            .requestSupplement(at: at("2025-03-05T10:00"), reason: "Thiếu bản sao"),
            .supplementReceived(at: at("2025-03-10T15:01")),
        ])
        #expect(resumed.legalDue == at("2025-03-18T17:00"))
    }

    @Test("Across Tết 2025 the restarted period skips 25/01–02/02 (Decree 61/2018 Art. 19.4)")
    func restartAcrossTet() {
        // Accepted Monday 13/01/2025; the complete dossier is back Thursday 23/01/2025 09:00.
        let tet = run(DossierCase(submittedAt: at("2025-01-13T08:00"), period: .workingDays(5)), [
            .accept(at: at("2025-01-13T08:00")), .startProcessing(at: at("2025-01-13T09:00")),
            .requestSupplement(at: at("2025-01-14T09:00"), reason: "Thiếu bản sao"),
            .supplementReceived(at: at("2025-01-23T09:00")),
        ])
        // Working days after 23/01: 24/01, then 03, 04, 05, 06/02.
        #expect(tet.legalDue == at("2025-02-06T17:00"))
    }

    @Test("No more than two supplement requests per case; a third is refused and changes nothing")
    func limitOfTwo() {
        let online = DossierCase(submittedAt: at("2025-03-03T07:00"), period: .workingDays(5))
        // First request at reception (online, Art. 17.2.a), second after appraisal (Art. 19.4).
        let twice = run(online, [
            .requestSupplement(at: at("2025-03-03T08:00"), reason: "Thiếu ảnh chụp giấy tờ"),
            .supplementReceived(at: at("2025-03-03T09:00")),
            .accept(at: at("2025-03-03T09:30")), .startProcessing(at: at("2025-03-03T10:00")),
            .requestSupplement(at: at("2025-03-04T10:00"), reason: "Thiếu xác nhận"),
            .supplementReceived(at: at("2025-03-05T10:00")),
        ])
        #expect(twice.supplementRequests.map(\.stage) == [.reception, .processing])
        #expect(twice.status == .processing)
        var third = twice
        #expect(throws: TransitionError.supplementLimitReached(limit: 2)) {
            try third.apply(.requestSupplement(at: at("2025-03-06T10:00"), reason: "Lần ba"), calendar: calendar)
        }
        #expect(third == twice)
    }

    @Test("A reception-stage supplement returns the dossier to checking and starts no clock (Art. 17.2.a)")
    func receptionStage() {
        let back = run(DossierCase(submittedAt: at("2025-03-03T07:00"), period: .workingDays(5)), [
            .requestSupplement(at: at("2025-03-03T08:00"), reason: "Thiếu ảnh chụp giấy tờ"),
            .supplementReceived(at: at("2025-03-04T08:00")),
        ])
        #expect(back.status == .newOnline)
        #expect(back.legalDue == nil)
        #expect(back.receivedAt == nil)
        #expect(back.supplementRequests.first?.withinNoticeLimit == nil)
    }

    @Test("A request after more than 3 working days is allowed but flagged (Decree 61/2018 Art. 19.4)")
    func lateNotice() {
        // Received Monday 03/03: working days 1–3 are 04, 05 and 06/03.
        let third = run(Self.processing, [.requestSupplement(at: at("2025-03-06T16:00"), reason: "Thiếu")])
        #expect(third.supplementRequests.last?.withinNoticeLimit == true)
        let fourth = run(Self.processing, [.requestSupplement(at: at("2025-03-07T08:00"), reason: "Thiếu")])
        #expect(fourth.status == .supplementRequested)
        #expect(fourth.supplementRequests.last?.withinNoticeLimit == false)
    }
}
