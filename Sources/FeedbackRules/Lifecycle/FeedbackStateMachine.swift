import WorkCalendar

/// The rules of the case lifecycle (Decree 20/2008/NĐ-CP Art. 9, 14, 19):
/// - reception, then the register, then classification (Art. 9.1.b–d), in that order;
/// - not accepted needs a reason (it is sent to the sender); the forwarding classes need the
///   competent body, and only they may be forwarded; only "within competence" is assigned;
/// - reclassification is allowed until the case is forwarded or an answer is drafted;
/// - an answer is drafted, approved by a coordinator other than its drafter (when the rule
///   set says so, the default), sent, then published with personal data removed;
/// - the sender may rate an answer once one was sent (not a forwarded or refused case); a disagreement reopens the case (with a fresh answer
///   deadline) up to `rules.maxReopenings` times, after which it asks for a resubmission;
/// - notes may be added in any status; events may not go back in time.
public enum FeedbackStateMachine {
    /// The events allowed in each status (before the checks on class, actor and texts).
    public static func allowedEvents(from status: FeedbackStatus) -> Set<FeedbackEvent.Kind> {
        switch status {
        case .received: [.register, .addNote]
        case .registered: [.classify, .addNote]
        case .classified: [.classify, .forward, .assign, .addNote]
        case .notAccepted, .forwarded: [.close, .addNote]
        case .assigned: [.classify, .assign, .requestInformation, .draftAnswer, .addNote]
        case .awaitingSender: [.receiveInformation, .draftAnswer, .addNote]
        case .drafted: [.draftAnswer, .returnDraft, .approve, .addNote]
        case .approved: [.sendAnswer, .addNote]
        case .answered: [.publish, .close, .rate, .disagree, .addNote]
        case .published: [.close, .rate, .disagree, .addNote]
        case .closed: [.rate, .disagree, .addNote]
        }
    }

    /// `feedback` after `event` by `actor`, or why not.
    public static func applying(_ event: FeedbackEvent, by actor: CaseActor, to feedback: FeedbackCase,
                                calendar: HolidayCalendar) -> Result<FeedbackCase, FeedbackTransitionError> {
        let kind = event.kind
        guard allowedEvents(from: feedback.status).contains(kind) else {
            return .failure(.notAllowed(event: kind, from: feedback.status))
        }
        guard event.at >= feedback.lastChangeAt else {
            return .failure(.outOfOrder(event: event.at, last: feedback.lastChangeAt))
        }
        if actor.staffID == nil && !(kind.senderMayDo || (kind == .close && actor == .system)) {
            return .failure(.staffOnly(kind))
        }
        // A forwarded or refused case that was closed has no answer to rate or dispute.
        if (kind == .rate || kind == .disagree) && feedback.answers.isEmpty {
            return .failure(.notAllowed(event: kind, from: feedback.status))
        }
        var next = feedback
        let detail: String?
        switch transition(event, actor: actor, into: &next, calendar: calendar) {
        case .success(let text): detail = text
        case .failure(let error): return .failure(error)
        }
        next.history.append(HistoryEntry(at: event.at, actor: actor, event: kind, status: next.status, detail: detail))
        return .success(next)
    }

    /// Changes `next` for `event`; returns the history detail.
    private static func transition(_ event: FeedbackEvent, actor: CaseActor, into next: inout FeedbackCase,
                                   calendar: HolidayCalendar) -> Result<String?, FeedbackTransitionError> {
        let kind = event.kind
        switch event {
        case .register(let at, let number):
            guard number >= 1 else { return .failure(.invalidRegisterNumber(number)) }
            next.registerEntry = RegisterEntry(number: number, date: at.date)
            next.status = .registered
            return .success(String(number))
        case .classify(let at, let classification):
            return classify(classification, at: at, into: &next, calendar: calendar)
        case .forward(let at, let body, let reference):
            guard next.caseClass?.forwards == true else {
                return .failure(.classDoesNotAllow(event: kind, caseClass: next.caseClass))
            }
            guard let body = cleaned(body) else { return .failure(.textRequired(kind)) }
            next.forwarding = Forwarding(to: body, at: at, reference: reference.flatMap { cleaned($0) })
            next.status = .forwarded
            return .success(body)
        case .assign(_, let unit):
            guard next.caseClass == .withinCompetence else {
                return .failure(.classDoesNotAllow(event: kind, caseClass: next.caseClass))
            }
            guard let unit = cleaned(unit) else { return .failure(.textRequired(kind)) }
            next.unit = unit
            next.status = .assigned
            return .success(unit)
        case .requestInformation(_, let text), .receiveInformation(_, let text), .returnDraft(_, let text),
             .addNote(_, let text):
            guard let text = cleaned(text) else { return .failure(.textRequired(kind)) }
            switch kind {
            case .requestInformation: next.status = .awaitingSender
            case .receiveInformation, .returnDraft: next.status = .assigned
            default: break
            }
            if kind == .returnDraft { next.draft = nil }
            return .success(text)
        case .draftAnswer(let at, let text, let template):
            guard let text = cleaned(text), let drafter = actor.staffID else { return .failure(.textRequired(kind)) }
            next.draft = AnswerDraft(text: text, template: template, draftedBy: drafter, at: at, approvedBy: nil)
            next.status = .drafted
            return .success(template)
        case .approve:
            guard let draft = next.draft, let approver = actor.staffID else { return .failure(.staffOnly(kind)) }
            if next.rules.requireDistinctApprover && approver == draft.draftedBy {
                return .failure(.approverIsDrafter(approver))
            }
            next.draft?.approvedBy = approver
            next.status = .approved
            return .success(nil)
        case .sendAnswer(let at):
            guard let draft = next.draft, let approver = draft.approvedBy else {
                return .failure(.notAllowed(event: kind, from: next.status))
            }
            next.answers.append(SentAnswer(text: draft.text, draftedBy: draft.draftedBy, approvedBy: approver, sentAt: at))
            next.draft = nil
            next.status = .answered
            return .success(nil)
        case .publish(let at, let question):
            return publish(question, at: at, into: &next)
        case .close:
            next.status = .closed
            return .success(nil)
        case .rate(let at, let satisfaction):
            next.rating = Rating(satisfaction: satisfaction, at: at)
            return .success(satisfaction.rawValue)
        case .disagree(let at, let reason):
            guard let reason = cleaned(reason) else { return .failure(.textRequired(kind)) }
            next.rating = Rating(satisfaction: .notSatisfied, at: at)
            if next.reopenings < next.rules.maxReopenings {
                next.reopenings += 1
                next.status = .assigned
                let rule = next.rules.rule(for: .answer, caseClass: next.caseClass, channel: next.channel)
                next.deadlines.append(.compute(.answer, from: at, rule: rule, version: next.rules.version, calendar: calendar))
            } else {
                next.resubmissionRequested = true
            }
            return .success(reason)
        }
    }
}
