import WorkCalendar

extension FeedbackStateMachine {
    /// Art. 9.1.d. Reclassification after forwarding or once an answer is being drafted is not
    /// in the table; after assignment it drops the unit when the case leaves our competence.
    static func classify(_ classification: Classification, at: LocalDateTime, into next: inout FeedbackCase,
                         calendar: HolidayCalendar) -> Result<String?, FeedbackTransitionError> {
        let detail: String
        switch classification {
        case .notAccepted(let reason):
            guard let reason = cleaned(reason) else { return .failure(.textRequired(.classify)) }
            next.classification = .notAccepted(reason: reason)
            next.status = .notAccepted
            detail = reason
        case .aboutConduct(let body), .outsideCompetence(let body):
            guard let body = cleaned(body) else { return .failure(.textRequired(.classify)) }
            next.classification = classification.caseClass == .aboutConduct
                ? .aboutConduct(competentBody: body) : .outsideCompetence(competentBody: body)
            next.status = .classified
            detail = body
        case .withinCompetence:
            next.classification = .withinCompetence
            next.status = next.unit == nil ? .classified : .assigned
            detail = CaseClass.withinCompetence.rawValue
        }
        if next.caseClass != .withinCompetence { next.unit = nil }
        // The class may have its own periods; the clock still runs from reception.
        for kind in DeadlineKind.allCases {
            let rule = next.rules.rule(for: kind, caseClass: next.caseClass, channel: next.channel)
            guard let current = next.deadline(kind) else { continue }
            let recomputed = CaseDeadline.compute(kind, from: current.from, rule: rule, version: next.rules.version,
                                                  calendar: calendar)
            if recomputed.due != current.due || recomputed.period != current.period { next.deadlines.append(recomputed) }
        }
        return .success(detail)
    }

    /// Art. 19: the result is published; the question must hold no personal data that the
    /// redactor can still find (staff redact with the preview first).
    static func publish(_ question: String, at: LocalDateTime, into next: inout FeedbackCase)
        -> Result<String?, FeedbackTransitionError> {
        guard let question = cleaned(question, multiline: true), let answer = next.answers.last else {
            return .failure(.textRequired(.publish))
        }
        let found = Redactor().findings(in: question).map(\.kind)
        guard found.isEmpty else {
            return .failure(.personalDataInPublication(PersonalDataKind.allCases.filter(found.contains)))
        }
        next.publication = Publication(question: question, answer: answer.text, at: at)
        next.status = .published
        return .success(nil)
    }

    /// `text` cleaned, or nil when nothing is left.
    static func cleaned(_ text: String, multiline: Bool = false) -> String? {
        let value = multiline ? TextCleaner.paragraph(text) : TextCleaner.line(text)
        return value.isEmpty ? nil : value
    }
}
