import FeedbackRules
import Foundation
import Testing
import TestKit

@Suite("Submission (Decree 20/2008 Art. 7; Law 91/2025 on personal data)")
struct SubmissionTests {
    static let valid = SubmissionForm(
        name: "Nguyễn Thị Hoa", address: "Xóm 3, xã Diễn Kim, tỉnh Nghệ An", phone: "0912 345 678",
        email: "hoa@example.vn", procedureCode: "1.000893", contentKind: "unsuited",
        content: "Thủ tục đăng ký khai sinh yêu cầu bản sao không cần thiết.", consent: true)

    func validate(_ form: SubmissionForm, channel: FeedbackChannel = .webForm) -> Result<Submission, SubmissionRejection> {
        SubmissionValidator().validate(form, channel: channel)
    }

    @Test("A complete form gives a cleaned submission")
    func valid() throws {
        let submission = try validate(Self.valid).get()
        #expect(submission.sender.phone?.national == "0912345678")
        #expect(submission.sender.kind == .individual)
        #expect(submission.subject.procedureCode?.value == "1.000893")
        #expect(submission.contentKind == .unsuitedToReality)
        #expect(submission.consentGiven)
    }

    @Test("Name, address and phone are required (Art. 7.1.d); all errors come at once, each on its field")
    func requiredArt7() throws {
        let form = SubmissionForm(email: "not-an-email", contentKind: "nope", content: "", consent: false)
        guard case .failure(let rejection) = validate(form) else { Issue.record("accepted"); return }
        let fields = rejection.errors.map(\.field)
        #expect(Set(fields) == [.name, .address, .phone, .email, .procedureCode, .contentKind, .content, .consent])
        #expect(rejection.errors(for: .phone).first?.problem == .required)
        #expect(rejection.errors(for: .phone).first?.message(.vi).contains("điểm d khoản 1 Điều 7") == true)
        #expect(rejection.errors(for: .content).first?.message(.vi).contains("điểm c khoản 1 Điều 7") == true)
        #expect(rejection.errors(for: .consent).first?.message(.vi).contains("91/2025/QH15") == true)
        #expect(rejection.errors(for: .procedureCode).first?.problem == .subjectRequired)
        #expect(!rejection.isLikelyBot)
        #expect(rejection.form.email == "not-an-email", "the form keeps what was typed")
    }

    @Test("A phone call cites Art. 7.2 instead of 7.1")
    func phoneChannelArt72() {
        var form = Self.valid
        form.phone = ""
        guard case .failure(let rejection) = validate(form, channel: .phone) else { Issue.record("accepted"); return }
        #expect(rejection.errors.first?.message(.vi).contains("điểm d khoản 2 Điều 7") == true)
    }

    @Test("Art. 7.1.d: a letter may give a postal address instead of a phone when configured so")
    func postalAddressInsteadOfPhoneArt71d() throws {
        var form = Self.valid
        form.phone = ""
        let submission = try SubmissionValidator(requirePhone: false).validate(form, channel: .post).get()
        #expect(submission.sender.phone == nil)
        #expect(throws: SubmissionRejection.self) { try validate(form, channel: .post).get() }
    }

    @Test("Vietnamese phone formats are normalised", arguments: [
        ("0912345678", "0912345678"), ("0912 345 678", "0912345678"), ("0912.345.678", "0912345678"),
        ("0912-345-678", "0912345678"), ("+84 912 345 678", "0912345678"), ("+84912345678", "0912345678"),
        ("84912345678", "0912345678"), ("0084 912 345 678", "0912345678"), ("+84 (0) 912 345 678", "0912345678"),
        ("(0238) 3844 567", "02383844567"), ("024.3825.2211", "02438252211"), ("0356 789 012", "0356789012"),
    ])
    func phoneFormats(typed: String, national: String) {
        #expect(PhoneNumber(typed)?.national == national)
    }

    @Test("Numbers that are not Vietnamese phones are refused", arguments: [
        "091234567", "09123456789", "0112345678", "1900 1234", "+1 202 555 0100", "0912 345 67a", "", "+",
        "01234567890", "0612345678",
    ])
    func badPhones(typed: String) {
        #expect(PhoneNumber(typed) == nil)
    }

    @Test("Phone display, international form and last four digits")
    func phoneForms() throws {
        let mobile = try #require(PhoneNumber("+84 912.345.678"))
        #expect(mobile.display == "0912 345 678")
        #expect(mobile.international == "+84912345678")
        #expect(mobile.lastFour == "5678")
        #expect(PhoneNumber("02383844567")?.display == "0238 3844 567")
    }

    @Test("E-mail is optional but checked", arguments: [
        ("hoa@example.vn", true), ("Hoa.Nguyen+pakn@Mail.Example.COM", true), ("hoa@", false), ("@example.vn", false),
        ("hoa@example", false), ("hoa..x@example.vn", false), ("hoà@example.vn", false), ("a b@example.vn", false),
        ("hoa@-example.vn", false), ("hoa@example.v1", false),
    ])
    func emails(typed: String, valid: Bool) {
        #expect((EmailAddress(typed) != nil) == valid)
    }

    @Test("Procedure codes: D.NNNNNN or the provincial variant; a regulation in free text also names the subject")
    func subjects() throws {
        #expect(ProcedureCode("1.000893")?.nationalCode == "1.000893")
        #expect(ProcedureCode("1.012790.000.00.00.h41")?.value == "1.012790.000.00.00.H41")
        #expect(ProcedureCode("1.012790.000.00.00.H41")?.nationalCode == "1.012790")
        for bad in ["1.00089", "12.000893", "1-000893", "1.000893.000.00.00", "1.000893.000.00.00.41"] {
            #expect(ProcedureCode(bad) == nil, "\(bad)")
        }
        var form = Self.valid
        form.procedureCode = ""
        form.regulation = "Thông tư 04/2020/TT-BTP, Điều 9"
        let submission = try validate(form).get()
        #expect(submission.subject.procedureCode == nil)
        #expect(submission.subject.regulation == "Thông tư 04/2020/TT-BTP, Điều 9")
        form.procedureCode = "1.0008"
        guard case .failure(let rejection) = validate(form) else { Issue.record("accepted"); return }
        #expect(rejection.errors.map(\.problem) == [.invalidProcedureCode])
    }

    @Test("Text is NFC-normalised and stripped of control characters, U+0000 and invisible marks")
    func cleaning() throws {
        var form = Self.valid
        form.name = "Nguye\u{0302}\u{0303}n\u{0000} Thi\u{0323}\u{200B}  Hoa\u{202E}"
        form.content = "Dòng một\r\n\r\n\r\n\r\nDòng hai\u{0007}\tcó tab   \nDòng ba\u{FEFF}"
        let submission = try validate(form).get()
        #expect(submission.sender.name == "Nguyễn Thị Hoa")
        #expect(submission.sender.name.unicodeScalars.count == "Nguyễn Thị Hoa".precomposedStringWithCanonicalMapping.unicodeScalars.count)
        #expect(submission.content == "Dòng một\n\n\nDòng hai có tab\nDòng ba")
        #expect(!submission.content.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(TextCleaner.line("  a\u{0000}\nb\u{001F} ") == "a b")
    }

    @Test("Content must be clear (Art. 7.1.c): not empty, not a few letters, not beyond the limit")
    func contentBoundsArt71c() {
        for (content, problem) in [("", SubmissionFieldError.Problem.required), ("Chậm", .tooShort(minimum: 10)),
                                   (String(repeating: "a", count: 10_001), .tooLong(maximum: 10_000))] {
            var form = Self.valid
            form.content = content
            guard case .failure(let rejection) = validate(form) else { Issue.record("accepted"); continue }
            #expect(rejection.errors.map(\.problem) == [problem])
        }
    }

    @Test("An organisation sender names the organisation (Art. 3.3, 7.1.d)")
    func organisationArt33() throws {
        var form = Self.valid
        form.senderKind = "organisation"
        guard case .failure(let rejection) = validate(form) else { Issue.record("accepted"); return }
        #expect(rejection.errors.map(\.problem) == [.organisationRequired])
        form.organisation = "Công ty TNHH Minh Phát"
        #expect(try validate(form).get().sender.organisation == "Công ty TNHH Minh Phát")
        form.senderKind = "company"
        guard case .failure(let unknown) = validate(form) else { Issue.record("accepted"); return }
        #expect(unknown.errors.map(\.problem) == [.unknownSenderKind])
    }

    @Test("The content kind is a raw value or the clause number of Art. 5")
    func contentKindArt5() throws {
        var form = Self.valid
        form.contentKind = "8"
        #expect(try validate(form).get().contentKind == .newRuleInitiative)
        form.contentKind = "9"
        #expect(throws: SubmissionRejection.self) { try validate(form).get() }
    }

    @Test("A filled honeypot marks a bot")
    func honeypot() {
        var form = Self.valid
        form.honeypot = "http://spam.example"
        guard case .failure(let rejection) = validate(form) else { Issue.record("accepted"); return }
        #expect(rejection.isLikelyBot)
        #expect(rejection.errors.map(\.field) == [.honeypot])
    }

    @Test("Error messages exist in both languages for every problem")
    func messages() {
        let problems: [SubmissionFieldError.Problem] = [.required, .tooLong(maximum: 5), .tooShort(minimum: 3), .invalidPhone,
                                               .invalidEmail, .invalidProcedureCode, .subjectRequired, .unknownContentKind,
                                               .unknownSenderKind, .organisationRequired, .consentRequired, .honeypotFilled]
        for problem in problems {
            let error = SubmissionFieldError(field: .name, problem: problem)
            #expect(!error.message(.vi).isEmpty && error.message(.vi) != error.message(.en))
        }
    }
}
