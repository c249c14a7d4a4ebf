import FeedbackRules
import Foundation
import Testing
import TestKit

/// A case in each status, reached by legal events on Monday 03/03/2025.
enum Reach {
    static func steps(to status: FeedbackStatus) -> [(FeedbackEvent, CaseActor)] {
        let register: (FeedbackEvent, CaseActor) = (.register(at: at("2025-03-03T08:10"), number: 15), officer)
        let within: (FeedbackEvent, CaseActor) = (.classify(at: at("2025-03-03T08:20"), .withinCompetence), officer)
        let assign: (FeedbackEvent, CaseActor) = (.assign(at: at("2025-03-03T08:30"), unit: "Công chức tư pháp - hộ tịch"), officer)
        let draft: (FeedbackEvent, CaseActor) = (.draftAnswer(at: at("2025-03-03T09:00"), text: "Trả lời: đã sửa quy trình.", template: "tra-loi"), handler)
        let approve: (FeedbackEvent, CaseActor) = (.approve(at: at("2025-03-03T09:30")), coordinator)
        let send: (FeedbackEvent, CaseActor) = (.sendAnswer(at: at("2025-03-03T10:00")), officer)
        switch status {
        case .received: return []
        case .registered: return [register]
        case .classified: return [register, within]
        case .notAccepted: return [register, (.classify(at: at("2025-03-03T08:20"), .notAccepted(reason: "Không ghi địa chỉ")), officer)]
        case .forwarded:
            return [register, (.classify(at: at("2025-03-03T08:20"), .outsideCompetence(competentBody: "Sở Tài chính")), officer),
                    (.forward(at: at("2025-03-03T08:40"), to: "Sở Tài chính", reference: "12/UBND-VP"), officer)]
        case .assigned: return [register, within, assign]
        case .awaitingSender:
            return [register, within, assign, (.requestInformation(at: at("2025-03-03T08:45"), question: "Ông/bà nộp hồ sơ ở đâu?"), handler)]
        case .drafted: return [register, within, assign, draft]
        case .approved: return [register, within, assign, draft, approve]
        case .answered: return [register, within, assign, draft, approve, send]
        case .published:
            return [register, within, assign, draft, approve, send,
                    (.publish(at: at("2025-03-03T11:00"), question: "Thủ tục khai sinh mất 5 ngày, có rút ngắn được không?"), coordinator)]
        case .closed: return [register, within, assign, draft, approve, send, (.close(at: at("2025-03-03T11:00")), officer)]
        }
    }

    static func feedback(in status: FeedbackStatus) -> FeedbackCase {
        let result = run(newCase("2025-03-03T08:00"), steps(to: status))
        precondition(result.status == status)
        return result
    }

    /// An event of `kind` on Tuesday 04/03/2025 with valid data.
    static func event(_ kind: FeedbackEvent.Kind) -> FeedbackEvent {
        let moment = at("2025-03-04T10:00")
        return switch kind {
        case .register: .register(at: moment, number: 16)
        case .classify: .classify(at: moment, .withinCompetence)
        case .forward: .forward(at: moment, to: "Sở Tài chính", reference: nil)
        case .assign: .assign(at: moment, unit: "Văn phòng HĐND và UBND")
        case .requestInformation: .requestInformation(at: moment, question: "Đề nghị cho biết ngày nộp hồ sơ")
        case .receiveInformation: .receiveInformation(at: moment, reply: "Ngày 01/3/2025")
        case .draftAnswer: .draftAnswer(at: moment, text: "Dự thảo trả lời", template: nil)
        case .returnDraft: .returnDraft(at: moment, comment: "Bổ sung căn cứ pháp lý")
        case .approve: .approve(at: moment)
        case .sendAnswer: .sendAnswer(at: moment)
        case .publish: .publish(at: moment, question: "Câu hỏi đã ẩn thông tin cá nhân")
        case .close: .close(at: moment)
        case .rate: .rate(at: moment, .satisfied)
        case .disagree: .disagree(at: moment, reason: "Chưa giải quyết được vướng mắc")
        case .addNote: .addNote(at: moment, text: "Ghi chú nội bộ")
        }
    }
}

@Suite("Lifecycle (Decree 20/2008 Art. 9, 14, 19)")
struct StateMachineTests {
    /// The expected table, written out independently of the implementation (class: within competence).
    static let expected: [FeedbackStatus: [FeedbackEvent.Kind: FeedbackStatus]] = [
        .received: [.register: .registered, .addNote: .received],
        .registered: [.classify: .classified, .addNote: .registered],
        .classified: [.classify: .classified, .assign: .assigned, .addNote: .classified],
        .notAccepted: [.close: .closed, .addNote: .notAccepted],
        .forwarded: [.close: .closed, .addNote: .forwarded],
        .assigned: [.classify: .assigned, .assign: .assigned, .requestInformation: .awaitingSender, .draftAnswer: .drafted,
                    .addNote: .assigned],
        .awaitingSender: [.receiveInformation: .assigned, .draftAnswer: .drafted, .addNote: .awaitingSender],
        .drafted: [.draftAnswer: .drafted, .returnDraft: .assigned, .approve: .approved, .addNote: .drafted],
        .approved: [.sendAnswer: .answered, .addNote: .approved],
        .answered: [.publish: .published, .close: .closed, .rate: .answered, .disagree: .assigned, .addNote: .answered],
        .published: [.close: .closed, .rate: .published, .disagree: .assigned, .addNote: .published],
        .closed: [.rate: .closed, .disagree: .assigned, .addNote: .closed],
    ]

    @Test("Every status × event: allowed ones lead where the table says, the rest are refused and change nothing",
          arguments: FeedbackStatus.allCases, FeedbackEvent.Kind.allCases)
    func table(status: FeedbackStatus, kind: FeedbackEvent.Kind) {
        let before = Reach.feedback(in: status)
        var after = before
        let event = Reach.event(kind)
        if let target = Self.expected[status]?[kind] {
            #expect(throws: Never.self) { try after.apply(event, by: coordinator, calendar: calendar) }
            #expect(after.status == target)
            #expect(after.history.last == HistoryEntry(at: event.at, actor: coordinator, event: kind, status: target,
                                                       detail: after.history.last?.detail))
        } else if status == .classified && kind == .forward {
            #expect(throws: FeedbackTransitionError.classDoesNotAllow(event: .forward, caseClass: .withinCompetence)) {
                try after.apply(event, by: coordinator, calendar: calendar)
            }
            #expect(after == before)
        } else {
            #expect(throws: FeedbackTransitionError.notAllowed(event: kind, from: status)) {
                try after.apply(event, by: coordinator, calendar: calendar)
            }
            #expect(after == before)
        }
        let allowed = FeedbackStateMachine.allowedEvents(from: status)
        let expectedKeys = Set((Self.expected[status] ?? [:]).keys).union(status == .classified ? [.forward] : [])
        #expect(allowed == expectedKeys)
    }

    @Test("Art. 9.1.b–c: the register entry keeps its number and date; numbers start at 1")
    func registerArt9c() {
        let feedback = Reach.feedback(in: .registered)
        #expect(feedback.registerEntry?.number == 15)
        #expect(feedback.registerEntry?.date == day("2025-03-03"))
        var fresh = newCase()
        #expect(throws: FeedbackTransitionError.invalidRegisterNumber(0)) {
            try fresh.apply(.register(at: at("2025-03-03T09:00"), number: 0), by: officer, calendar: calendar)
        }
    }

    @Test("Art. 9.1.d: classification needs the register first, and its class decides forward or assign")
    func classesArt9d() {
        var fresh = newCase()
        #expect(throws: FeedbackTransitionError.notAllowed(event: .classify, from: .received)) {
            try fresh.apply(.classify(at: at("2025-03-03T09:00"), .withinCompetence), by: officer, calendar: calendar)
        }
        var outside = run(Reach.feedback(in: .registered),
                          [(.classify(at: at("2025-03-03T09:00"), .outsideCompetence(competentBody: "Sở Xây dựng")), officer)])
        #expect(throws: FeedbackTransitionError.classDoesNotAllow(event: .assign, caseClass: .outsideCompetence)) {
            try outside.apply(.assign(at: at("2025-03-03T09:10"), unit: "Phòng Kinh tế"), by: officer, calendar: calendar)
        }
        try? outside.apply(.forward(at: at("2025-03-04T09:00"), to: "Sở Xây dựng", reference: "35/UBND"), by: officer, calendar: calendar)
        #expect(outside.status == .forwarded)
        #expect(outside.forwarding == Forwarding(to: "Sở Xây dựng", at: at("2025-03-04T09:00"), reference: "35/UBND"))
        #expect(Open311Status(outside.status) == .closed)
    }

    @Test("Art. 9.1.d: not accepted needs a reason, forwarding classes need the competent body")
    func reasonsArt9d() {
        let registered = Reach.feedback(in: .registered)
        for classification in [Classification.notAccepted(reason: "  "), .aboutConduct(competentBody: ""),
                               .outsideCompetence(competentBody: "\n")] {
            var copy = registered
            #expect(throws: FeedbackTransitionError.textRequired(.classify)) {
                try copy.apply(.classify(at: at("2025-03-03T09:00"), classification), by: officer, calendar: calendar)
            }
            #expect(copy == registered)
        }
        let refused = Reach.feedback(in: .notAccepted)
        #expect(refused.classification?.reason == "Không ghi địa chỉ")
        #expect(refused.handling?.kind == nil)
        #expect(refused.timeliness == nil)
    }

    @Test("Reclassifying an assigned case out of our competence drops the unit")
    func reclassify() {
        let moved = run(Reach.feedback(in: .assigned),
                        [(.classify(at: at("2025-03-04T08:00"), .outsideCompetence(competentBody: "Bộ Tư pháp")), handler)])
        #expect(moved.status == .classified)
        #expect(moved.unit == nil)
        #expect(moved.openDeadlines.map(\.kind) == [.forward])
    }

    @Test("The coordinator who approves may not be the drafter (four-eyes rule, configurable)")
    func approval() {
        var drafted = Reach.feedback(in: .drafted)
        let before = drafted
        #expect(throws: FeedbackTransitionError.approverIsDrafter("chuyen-vien-tu-phap")) {
            try drafted.apply(.approve(at: at("2025-03-04T10:00")), by: handler, calendar: calendar)
        }
        #expect(drafted == before)
        var relaxed = FeedbackRuleSet.standard
        relaxed.requireDistinctApprover = false
        let single = run(newCase(rules: relaxed), Reach.steps(to: .drafted) + [(.approve(at: at("2025-03-04T10:00")), handler)])
        #expect(single.status == .approved)
        let answered = Reach.feedback(in: .answered)
        #expect(answered.answers.map(\.approvedBy) == ["dau-moi-kiem-soat"])
        #expect(answered.answers.map(\.draftedBy) == ["chuyen-vien-tu-phap"])
        #expect(answered.draft == nil)
    }

    @Test("Returning a draft sends it back to the unit with the comment as an internal entry")
    func returnDraft() {
        let returned = run(Reach.feedback(in: .drafted), [(.returnDraft(at: at("2025-03-04T10:00"), comment: "Thiếu căn cứ"), coordinator)])
        #expect(returned.status == .assigned)
        #expect(returned.draft == nil)
        #expect(returned.history.last?.isInternal == true)
    }

    @Test("Art. 19: publication refuses text in which personal data remains, and keeps the answer")
    func publicationArt19() {
        var answered = Reach.feedback(in: .answered)
        let before = answered
        #expect(throws: FeedbackTransitionError.personalDataInPublication([.name, .phone])) {
            try answered.apply(.publish(at: at("2025-03-04T10:00"), question: "Tôi là Nguyễn Văn An, gọi 0912345678"),
                               by: coordinator, calendar: calendar)
        }
        #expect(answered == before)
        let question = Redactor().redact("Tôi là Nguyễn Văn An, gọi 0912345678: thủ tục khai sinh mất 5 ngày")
        try? answered.apply(.publish(at: at("2025-03-04T10:00"), question: question), by: coordinator, calendar: calendar)
        #expect(answered.publication?.question == "Tôi là [đã ẩn], gọi [đã ẩn]: thủ tục khai sinh mất 5 ngày")
        #expect(answered.publication?.answer == "Trả lời: đã sửa quy trình.")
    }

    @Test("Only staff act on the case; the sender may reply, rate and disagree")
    func actors() {
        var assigned = Reach.feedback(in: .assigned)
        #expect(throws: FeedbackTransitionError.staffOnly(.draftAnswer)) {
            try assigned.apply(.draftAnswer(at: at("2025-03-04T10:00"), text: "x", template: nil), by: .sender, calendar: calendar)
        }
        var waiting = Reach.feedback(in: .awaitingSender)
        #expect(throws: Never.self) {
            try waiting.apply(.receiveInformation(at: at("2025-03-04T10:00"), reply: "Nộp tại xã"), by: .sender, calendar: calendar)
        }
        var answered = Reach.feedback(in: .answered)
        #expect(throws: Never.self) { try answered.apply(.rate(at: at("2025-03-04T10:00"), .satisfied), by: .sender, calendar: calendar) }
        #expect(answered.rating == Rating(satisfaction: .satisfied, at: at("2025-03-04T10:00")))
        var closing = Reach.feedback(in: .answered)
        #expect(throws: Never.self) { try closing.apply(.close(at: at("2025-03-05T00:00")), by: .system, calendar: calendar) }
    }

    @Test("Disagreement reopens once with a new 20-working-day answer deadline, then asks for a resubmission")
    func disagreement() {
        var feedback = Reach.feedback(in: .published)
        try? feedback.apply(.disagree(at: at("2025-03-04T10:00"), reason: "Chưa rõ"), by: .sender, calendar: calendar)
        #expect(feedback.status == .assigned)
        #expect(feedback.reopenings == 1)
        #expect(feedback.rating?.satisfaction == .notSatisfied)
        #expect(feedback.deadline(.answer)?.from == at("2025-03-04T10:00"))
        #expect(feedback.deadline(.answer)?.due == at("2025-04-01T17:00"))
        #expect(Open311Status(feedback.status) == .open)
        #expect(feedback.handling == nil, "a reopened case is pending again")
        feedback = run(feedback, [
            (.draftAnswer(at: at("2025-03-05T09:00"), text: "Trả lời bổ sung", template: nil), handler),
            (.approve(at: at("2025-03-05T10:00")), coordinator), (.sendAnswer(at: at("2025-03-05T11:00")), officer),
            (.disagree(at: at("2025-03-06T08:00"), reason: "Vẫn chưa đồng ý"), .sender),
        ])
        #expect(feedback.status == .answered)
        #expect(feedback.resubmissionRequested)
        #expect(feedback.answers.count == 2)
        #expect(feedback.handling == Handling(at: at("2025-03-05T11:00"), kind: .answer))
    }

    @Test("A forwarded or refused case, once closed, has no answer to rate or dispute")
    func nothingToRate() {
        for status in [FeedbackStatus.forwarded, .notAccepted] {
            var closed = run(Reach.feedback(in: status), [(.close(at: at("2025-03-04T09:00")), officer)])
            #expect(throws: FeedbackTransitionError.notAllowed(event: .disagree, from: .closed)) {
                try closed.apply(.disagree(at: at("2025-03-04T10:00"), reason: "Không đồng ý"), by: .sender, calendar: calendar)
            }
            #expect(throws: FeedbackTransitionError.notAllowed(event: .rate, from: .closed)) {
                try closed.apply(.rate(at: at("2025-03-04T10:00"), .satisfied), by: .sender, calendar: calendar)
            }
        }
    }

    @Test("Notes, reasons and texts are required and cleaned; events may not go back in time")
    func textsAndOrder() {
        var assigned = Reach.feedback(in: .assigned)
        let before = assigned
        #expect(throws: FeedbackTransitionError.textRequired(.addNote)) {
            try assigned.apply(.addNote(at: at("2025-03-04T10:00"), text: " \u{0000} "), by: handler, calendar: calendar)
        }
        #expect(throws: FeedbackTransitionError.outOfOrder(event: at("2025-03-03T08:29"), last: at("2025-03-03T08:30"))) {
            try assigned.apply(.addNote(at: at("2025-03-03T08:29"), text: "Sớm"), by: handler, calendar: calendar)
        }
        #expect(assigned == before)
        try? assigned.apply(.addNote(at: at("2025-03-04T10:00"), text: "Gọi lại\u{0007} cho người gửi"), by: handler, calendar: calendar)
        #expect(assigned.history.last?.detail == "Gọi lại cho người gửi")
        #expect(assigned.history.last?.isInternal == true)
    }

    @Test("The history records who did what when, in order")
    func history() {
        let feedback = Reach.feedback(in: .answered)
        #expect(feedback.history.map(\.event) == [nil, .register, .classify, .assign, .draftAnswer, .approve, .sendAnswer])
        #expect(feedback.history.map(\.actor) == [.sender, officer, officer, officer, handler, coordinator, officer])
        #expect(feedback.history.map(\.status) == [.received, .registered, .classified, .assigned, .drafted, .approved, .answered])
        #expect(feedback.status(at: at("2025-03-03T08:25")) == .classified)
        #expect(feedback.status(at: at("2025-03-03T07:00")) == nil)
    }

    @Test("Errors carry Vietnamese and English messages that name the article")
    func messages() {
        let error = FeedbackTransitionError.classDoesNotAllow(event: .forward, caseClass: .withinCompetence)
        #expect(error.message(.vi).contains("điểm d khoản 1 Điều 9"))
        #expect(error.message(.en).contains("Art. 9.1.d"))
        #expect(FeedbackTransitionError.textRequired(.classify).message(.vi).hasSuffix("(điểm d khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP)"))
        #expect(FeedbackTransitionError.textRequired(.addNote).message(.en) == "Text is required to add an internal note")
        #expect(FeedbackTransitionError.notAllowed(event: .approve, from: .closed).message(.vi)
            == "Không thể duyệt trả lời khi phản ánh, kiến nghị ở trạng thái \"Đã kết thúc\"")
    }

    @Test("A case survives JSON, so storage can keep it as a value")
    func storage() throws {
        let original = Reach.feedback(in: .published)
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(FeedbackCase.self, from: data) == original)
    }
}
