import DossierRules
import Foundation
import Testing
import WorkCalendar
import TestKit

/// A case in each status, reached by legal events. Accepted Monday 03/03/2025 08:30 for 10
/// working days: due 17:00 Monday 17/03/2025.
enum Reach {
    static let period = Period.workingDays(10)
    static let start = DossierCase(submittedAt: at("2025-03-03T08:00"), period: period)

    static func dossier(in status: DossierStatus) -> DossierCase {
        let accept = DossierEvent.accept(at: at("2025-03-03T08:30"))
        let process = DossierEvent.startProcessing(at: at("2025-03-03T09:00"))
        let events: [DossierEvent]
        switch status {
        case .newOnline: events = []
        case .accepted: events = [accept]
        case .refusedAtReception: events = [.refuse(at: at("2025-03-03T08:30"), reason: "Không thuộc thẩm quyền")]
        case .processing: events = [accept, process]
        case .supplementRequested:
            events = [accept, process, .requestSupplement(at: at("2025-03-03T10:00"), reason: "Thiếu tờ khai")]
        case .paymentRequested: events = [accept, process, .requestPayment(at: at("2025-03-03T10:00"))]
        case .withdrawn: events = [.withdraw(at: at("2025-03-03T08:30"))]
        case .stopped: events = [accept, process, .stop(at: at("2025-03-03T10:00"), reason: "Không đủ điều kiện")]
        case .processingComplete: events = [accept, process, .complete(at: at("2025-03-03T10:00"))]
        case .resultReturned:
            events = [accept, process, .complete(at: at("2025-03-03T10:00")), .returnResult(at: at("2025-03-03T11:00"))]
        }
        let result = run(start, events)
        precondition(result.status == status)
        return result
    }

    /// An event of `kind` on Tuesday 04/03/2025 with valid data.
    static func event(_ kind: DossierEvent.Kind) -> DossierEvent {
        let moment = at("2025-03-04T10:00")
        return switch kind {
        case .accept: .accept(at: moment)
        case .refuse: .refuse(at: moment, reason: "Hồ sơ không thuộc thẩm quyền")
        case .startProcessing: .startProcessing(at: moment)
        case .requestSupplement: .requestSupplement(at: moment, reason: "Thiếu bản sao giấy tờ")
        case .supplementReceived: .supplementReceived(at: moment)
        case .requestPayment: .requestPayment(at: moment)
        case .paymentReceived: .paymentReceived(at: moment)
        case .stop: .stop(at: moment, reason: "Không đủ điều kiện giải quyết")
        case .complete: .complete(at: moment)
        case .returnResult: .returnResult(at: moment)
        case .withdraw: .withdraw(at: moment)
        case .apologise: .apologise(at: moment, reason: "Chờ ý kiến cơ quan phối hợp", newDue: at("2025-03-24T17:00"))
        }
    }
}

@Suite("Lifecycle (Decree 61/2018 Art. 17–20; national status codes)")
struct StateMachineTests {
    /// The expected table, written out independently of the implementation.
    static let expected: [DossierStatus: [DossierEvent.Kind: DossierStatus]] = [
        .newOnline: [.accept: .accepted, .refuse: .refusedAtReception, .requestSupplement: .supplementRequested,
                     .withdraw: .withdrawn],
        .accepted: [.startProcessing: .processing, .withdraw: .withdrawn, .apologise: .accepted],
        .processing: [.requestSupplement: .supplementRequested, .requestPayment: .paymentRequested,
                      .stop: .stopped, .complete: .processingComplete, .withdraw: .withdrawn,
                      .apologise: .processing],
        .supplementRequested: [.supplementReceived: .processing, .stop: .stopped, .withdraw: .withdrawn],
        .paymentRequested: [.paymentReceived: .processing, .stop: .stopped, .withdraw: .withdrawn,
                            .apologise: .paymentRequested],
        .processingComplete: [.returnResult: .resultReturned],
        .refusedAtReception: [:], .withdrawn: [:], .stopped: [:], .resultReturned: [:],
    ]

    @Test("Every status × event: allowed ones lead where the table says, the rest are refused and change nothing",
          arguments: DossierStatus.allCases, DossierEvent.Kind.allCases)
    func table(status: DossierStatus, kind: DossierEvent.Kind) {
        let before = Reach.dossier(in: status)
        var after = before
        let event = Reach.event(kind)
        if let target = Self.expected[status]?[kind] {
            #expect(throws: Never.self) { try after.apply(event, calendar: calendar) }
            #expect(after.status == target)
            #expect(after.timeline.last == TimelineEntry(at: event.at, event: kind, status: target))
        } else {
            #expect(throws: TransitionError.notAllowed(event: kind, from: status)) {
                try after.apply(event, calendar: calendar)
            }
            #expect(after == before)
        }
        #expect(DossierStateMachine.allowedEvents(from: status) == Set((Self.expected[status] ?? [:]).keys))
    }

    @Test("Status codes 1…10 as in the national list")
    func codes() {
        #expect(DossierStatus.allCases.map(\.code) == Array(1...10))
        #expect(DossierStatus(rawValue: 5) == .supplementRequested)
        #expect(DossierStatus.resultReturned.name.vi == "Đã trả kết quả")
    }

    @Test("Withdrawal is possible from every open state (1, 2, 4, 5, 6) and no other")
    func withdrawal() {
        for status in DossierStatus.allCases {
            var dossier = Reach.dossier(in: status)
            let succeeded = (try? dossier.apply(.withdraw(at: at("2025-03-04T10:00")), calendar: calendar)) != nil
            #expect(succeeded == status.isOpen, "status \(status.code)")
            if succeeded { #expect(dossier.status == .withdrawn) }
        }
    }

    @Test("Events may not go back in time")
    func order() {
        var dossier = Reach.dossier(in: .processing)
        let before = dossier
        #expect(throws: TransitionError.outOfOrder(event: at("2025-03-03T08:59"), last: at("2025-03-03T09:00"))) {
            try dossier.apply(.complete(at: at("2025-03-03T08:59")), calendar: calendar)
        }
        #expect(dossier == before)
    }

    @Test("Refusal, stop and supplement request need a reason (Decree 61/2018 Art. 17.1.b, 19.4, 19.8)")
    func reasons() {
        var fresh = Reach.dossier(in: .newOnline)
        #expect(throws: TransitionError.reasonRequired(.refuse)) {
            try fresh.apply(.refuse(at: at("2025-03-04T10:00"), reason: "  "), calendar: calendar)
        }
        var processing = Reach.dossier(in: .processing)
        #expect(throws: TransitionError.reasonRequired(.stop)) {
            try processing.apply(.stop(at: at("2025-03-04T10:00"), reason: ""), calendar: calendar)
        }
        #expect(throws: TransitionError.reasonRequired(.requestSupplement)) {
            try processing.apply(.requestSupplement(at: at("2025-03-04T10:00"), reason: "\n"), calendar: calendar)
        }
        #expect(processing == Reach.dossier(in: .processing))
    }

    @Test("Acceptance writes the appointment of the receipt (Mẫu 01; Decree 61/2018 Art. 17.1.c)")
    func acceptance() {
        let dossier = Reach.dossier(in: .accepted)
        #expect(dossier.receivedAt == at("2025-03-03T08:30"))
        #expect(dossier.legalDue == at("2025-03-17T17:00"))
        #expect(dossier.appointment == at("2025-03-17T17:00"))
        #expect(dossier.firstDue == dossier.legalDue)
    }

    @Test("Closure: first of 9, 8 or 7; returning the result later does not move it")
    func closure() {
        #expect(Reach.dossier(in: .resultReturned).closure == Closure(kind: .completed, at: at("2025-03-03T10:00")))
        #expect(Reach.dossier(in: .stopped).closure?.kind == .stopped)
        #expect(Reach.dossier(in: .withdrawn).closure?.kind == .withdrawn)
        #expect(Reach.dossier(in: .processing).closure == nil)
    }

    @Test("Errors carry Vietnamese and English messages")
    func messages() {
        let error = TransitionError.notAllowed(event: .complete, from: .resultReturned)
        #expect(error.message(.vi) == "Không thể hoàn thành xử lý khi hồ sơ ở trạng thái \"Đã trả kết quả\" (10)")
        #expect(error.message(.en) == "Cannot complete processing a dossier whose status is \"Result returned\" (10)")
        #expect(TransitionError.supplementLimitReached(limit: 2).message(.vi).contains("Điều 19"))
    }

    @Test("A case and its snapshot survive JSON, so storage can keep them as values")
    func storage() throws {
        let lifecycle = run(Reach.dossier(in: .processing), [
            .requestSupplement(at: at("2025-03-04T10:00"), reason: "Thiếu", applicantAtFault: true),
            .supplementReceived(at: at("2025-03-05T10:00")),
            .apologise(at: at("2025-03-06T10:00"), reason: "Chờ", newDue: at("2025-03-25T17:00")),
        ])
        let original = snapshot(lifecycle, code: code(day("2025-03-03"), 3))
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(DossierSnapshot.self, from: data) == original)
    }
}
