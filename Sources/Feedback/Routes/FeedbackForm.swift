import Catalog
import FeedbackRules
import FluentKit
import Foundation
import Platform
import WorkCalendar
import Localization

/// Reads the submission form (public or staff): every problem at once, in the reader's
/// language, tied to the HTML field, and the values typed so the form shows them again.
enum FeedbackForm {
    static let maxFiles = 3
    static let maxFileBytes = 5 * 1024 * 1024

    /// The HTML name of each field of the rules' form.
    static func name(_ field: FormField) -> String {
        switch field {
        case .senderKind: "loai"
        case .name: "ho-ten"
        case .address: "dia-chi"
        case .phone: "dien-thoai"
        case .email: "email"
        case .organisation: "to-chuc"
        case .procedureCode: "ma-thu-tuc"
        case .regulation: "quy-dinh"
        case .contentKind: "loai-noi-dung"
        case .content: "noi-dung"
        case .consent: "dong-y"
        case .honeypot: "website"
        }
    }

    struct Result {
        var intake: FeedbackIntake?
        var errors: [FieldError]
        var echo: [String: String]
        var likelyBot = false
    }

    /// Reads `values` (text fields) and `files` for `channel`; checks the procedure against the catalogue.
    static func read(_ values: [String: String], files: [MultipartForm.File], channel: FeedbackChannel, at: LocalDateTime,
                     language: Language, db: any Database) async throws -> Result {
        let raw = SubmissionForm(
            senderKind: values["loai"] ?? "", name: values["ho-ten"] ?? "", address: values["dia-chi"] ?? "",
            phone: values["dien-thoai"] ?? "", email: values["email"] ?? "", organisation: values["to-chuc"] ?? "",
            procedureCode: values["ma-thu-tuc"] ?? "", regulation: values["quy-dinh"] ?? "",
            contentKind: values["loai-noi-dung"] ?? "", content: values["noi-dung"] ?? "",
            consent: values["dong-y"] == "1", honeypot: values["website"] ?? "")
        let validator = SubmissionValidator(requirePhone: channel != .post)
        let clean = SubmissionValidator.clean(raw)
        var echo: [String: String] = [
            "loai": clean.senderKind, "ho-ten": clean.name, "dia-chi": clean.address, "dien-thoai": clean.phone, "email": clean.email,
            "to-chuc": clean.organisation, "ma-thu-tuc": clean.procedureCode, "quy-dinh": clean.regulation,
            "loai-noi-dung": clean.contentKind, "noi-dung": clean.content, "dong-y": clean.consent ? "1" : "",
        ]
        echo["kenh"] = channel.rawValue
        var errors: [FieldError] = []
        var submission: Submission?
        var likelyBot = false
        switch validator.validate(raw, channel: channel) {
        case .success(let valid): submission = valid
        case .failure(let rejection):
            likelyBot = rejection.isLikelyBot
            errors = rejection.errors.filter { $0.field != .honeypot }.map { FieldError(field: name($0.field), message: $0.text(language)) }
            if likelyBot { errors.insert(FieldError(field: "ho-ten", message: S.fbErrBot(language)), at: 0) }
        }
        var procedureName: String?
        var field = ""
        if let code = ProcedureCode(clean.procedureCode)?.value ?? (clean.procedureCode.isEmpty ? nil : clean.procedureCode),
           !errors.contains(where: { $0.field == "ma-thu-tuc" }) {
            if let procedure = try await ProcedureStore.find(code, on: db) {
                procedureName = procedure.name
                field = procedure.field ?? ""
            } else {
                errors.append(FieldError(field: "ma-thu-tuc", message: S.fbErrUnknownProcedure(language, code)))
            }
        }
        let attachments = checkFiles(files, language: language, errors: &errors)
        guard errors.isEmpty, let submission else { return Result(intake: nil, errors: errors, echo: echo, likelyBot: likelyBot) }
        if field.isEmpty { field = submission.contentKind.shortName.vi }
        let intake = FeedbackIntake(submission: submission, procedureName: procedureName, field: field, attachments: attachments,
                                    at: at, registerNow: channel.isStaffEntered)
        return Result(intake: intake, errors: [], echo: echo)
    }

    /// The files, each checked by size and by its first bytes as well as its name.
    static func checkFiles(_ files: [MultipartForm.File], language: Language, errors: inout [FieldError]) -> [FeedbackAttachment] {
        let given = files.filter { !$0.fileName.isEmpty && !$0.data.isEmpty }
        if given.count > maxFiles {
            errors.append(FieldError(field: "tep", message: S.fbErrTooManyFiles(language)))
            return []
        }
        var accepted: [FeedbackAttachment] = []
        for file in given {
            let name = InputText.clean(file.fileName)
            if file.data.count > maxFileBytes {
                errors.append(FieldError(field: "tep", message: S.fbErrFileTooLarge(language, name)))
            } else if let type = contentType(name, file.data) {
                accepted.append(FeedbackAttachment(fileName: name, contentType: type, data: file.data))
            } else {
                errors.append(FieldError(field: "tep", message: S.fbErrFileType(language, name)))
            }
        }
        return accepted
    }

    /// Office documents and PDFs as the catalogue accepts them, and photos (JPEG, PNG).
    static func contentType(_ name: String, _ data: Data) -> String? {
        let ext = (name as NSString).pathExtension.lowercased()
        if ext == "jpg" || ext == "jpeg" { return data.starts(with: [0xFF, 0xD8, 0xFF]) ? "image/jpeg" : nil }
        if ext == "png" { return data.starts(with: [0x89, 0x50, 0x4E, 0x47]) ? "image/png" : nil }
        if case .success(let type) = UploadPolicy.check(fileName: name, data: data) { return type }
        return nil
    }
}
