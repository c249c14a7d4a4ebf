import WorkCalendar

/// Checks a form against Decree 20/2008/NĐ-CP Art. 7 and returns every problem at once.
public struct SubmissionValidator: Sendable {
    public var limits: SubmissionLimits
    /// Art. 7.1.d asks for "tên, địa chỉ, số điện thoại (hoặc địa chỉ thư tín khi cần liên hệ)":
    /// a postal address may replace the phone. The platform asks for the phone on every
    /// channel by default; for letters (`.post`) the register may set this to false, and then
    /// the address is the contact.
    public var requirePhone: Bool

    public init(limits: SubmissionLimits = .standard, requirePhone: Bool = true) {
        self.limits = limits
        self.requirePhone = requirePhone
    }

    /// The valid submission, or every problem with the cleaned form.
    public func validate(_ raw: SubmissionForm, channel: FeedbackChannel) -> Result<Submission, SubmissionRejection> {
        let form = SubmissionValidator.clean(raw)
        var errors: [SubmissionFieldError] = []
        func fail(_ field: FormField, _ problem: SubmissionFieldError.Problem) {
            errors.append(SubmissionFieldError(field: field, problem: problem, channel: channel))
        }
        if !form.honeypot.isEmpty { fail(.honeypot, .honeypotFilled) }

        let kind: SenderKind? = form.senderKind.isEmpty ? .individual : SenderKind(rawValue: form.senderKind.lowercased())
        if kind == nil { fail(.senderKind, .unknownSenderKind) }
        check(form.name, .name, maximum: limits.name, required: true, fail)
        check(form.address, .address, maximum: limits.address, required: true, fail)
        check(form.organisation, .organisation, maximum: limits.organisation, required: false, fail)
        if kind == .organisation && form.organisation.isEmpty { fail(.organisation, .organisationRequired) }

        var phone: PhoneNumber?
        if form.phone.isEmpty {
            if requirePhone { fail(.phone, .required) }
        } else if let parsed = PhoneNumber(form.phone) {
            phone = parsed
        } else {
            fail(.phone, .invalidPhone)
        }
        var email: EmailAddress?
        if !form.email.isEmpty {
            email = EmailAddress(form.email)
            if email == nil { fail(.email, .invalidEmail) }
        }

        var procedure: ProcedureCode?
        if !form.procedureCode.isEmpty {
            procedure = ProcedureCode(form.procedureCode)
            if procedure == nil { fail(.procedureCode, .invalidProcedureCode) }
        }
        check(form.regulation, .regulation, maximum: limits.regulation, required: false, fail)
        if form.procedureCode.isEmpty && form.regulation.isEmpty { fail(.procedureCode, .subjectRequired) }

        let contentKind = SubmissionValidator.contentKind(form.contentKind)
        if contentKind == nil { fail(.contentKind, .unknownContentKind) }
        if form.content.isEmpty {
            fail(.content, .required)
        } else if form.content.count < limits.contentMinimum {
            fail(.content, .tooShort(minimum: limits.contentMinimum))
        } else if form.content.count > limits.contentMaximum {
            fail(.content, .tooLong(maximum: limits.contentMaximum))
        }
        if !form.consent { fail(.consent, .consentRequired) }

        guard errors.isEmpty, let kind, let contentKind,
              let subject = Subject(procedureCode: procedure, regulation: form.regulation) else {
            return .failure(SubmissionRejection(errors: errors, form: form))
        }
        let sender = Sender(kind: kind, name: form.name, address: form.address, phone: phone, email: email,
                            organisation: form.organisation.isEmpty ? nil : form.organisation)
        return .success(Submission(channel: channel, sender: sender, subject: subject, contentKind: contentKind,
                                   content: form.content))
    }

    /// The form with every text cleaned (`TextCleaner`): one-line fields collapsed, the
    /// content keeping its line breaks.
    public static func clean(_ form: SubmissionForm) -> SubmissionForm {
        var clean = form
        clean.senderKind = TextCleaner.line(form.senderKind)
        clean.name = TextCleaner.line(form.name)
        clean.address = TextCleaner.line(form.address)
        clean.phone = TextCleaner.line(form.phone)
        clean.email = TextCleaner.line(form.email)
        clean.organisation = TextCleaner.line(form.organisation)
        clean.procedureCode = TextCleaner.line(form.procedureCode)
        clean.regulation = TextCleaner.line(form.regulation)
        clean.contentKind = TextCleaner.line(form.contentKind)
        clean.content = TextCleaner.paragraph(form.content)
        clean.honeypot = TextCleaner.line(form.honeypot)
        return clean
    }

    /// A raw value or the clause number (`"5"`, `"5.5"`, `"khoản 5"` are not accepted; only `5`).
    static func contentKind(_ text: String) -> ContentKind? {
        if let kind = ContentKind(rawValue: text.lowercased()) { return kind }
        return Int(text).flatMap(ContentKind.init(clause:))
    }

    private func check(_ value: String, _ field: FormField, maximum: Int, required: Bool,
                       _ fail: (FormField, SubmissionFieldError.Problem) -> Void) {
        if value.isEmpty {
            if required { fail(field, .required) }
        } else if value.count > maximum {
            fail(field, .tooLong(maximum: maximum))
        }
    }
}
