import Foundation
import Hummingbird
import Platform
import PlanRules
import Localization

/// A plan from an uploaded CSV (PlanCSV): all or nothing, each problem naming its line.
enum PlanImport {
    struct Form: Sendable {
        var title: String
        var year: String
        var csv: String?
    }

    static func readForm(_ request: inout Request, _ context: StaffRequestContext) async throws -> Form {
        guard let boundary = MultipartForm.boundary(from: request.headers[.contentType] ?? "") else {
            throw AppError.badRequest(S.importNoFile(context.language))
        }
        let body = try await request.collectBody(upTo: 2 * 1024 * 1024)
        guard let form = MultipartForm(body: Data(buffer: body), boundary: boundary) else {
            throw AppError.badRequest(S.importNoFile(context.language))
        }
        let file = form.files.first { $0.fieldName == "tep" && !$0.data.isEmpty }
        return Form(title: InputText.clean(form.fields["tieu-de"] ?? ""), year: InputText.clean(form.fields["nam"] ?? ""),
                    csv: file.map { String(decoding: $0.data, as: UTF8.self) })
    }

    /// The plan (a draft), or every message.
    /// The plan's signed document from its upload form: a PDF (by its first bytes) up to 10 MB, or nil.
    static func readDocument(_ request: inout Request, _ context: StaffRequestContext) async throws -> NewEvidenceFile? {
        guard let boundary = MultipartForm.boundary(from: request.headers[.contentType] ?? "") else { return nil }
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        guard let form = MultipartForm(body: Data(buffer: body), boundary: boundary),
              let upload = form.files.first(where: { $0.fieldName == "van-ban" && !$0.data.isEmpty }),
              upload.data.count <= 10 * 1024 * 1024 else { return nil }
        let file = FileStore.prepare(fileName: upload.fileName, data: upload.data)
        return file.reference.contentType == "application/pdf" ? file : nil
    }

    struct Problems: Error {
        var messages: [String]
    }

    static func plan(_ form: Form, language: Language) -> Result<Plan, Problems> {
        var errors: [String] = []
        if form.title.isEmpty { errors.append(S.importNoTitle(language)) }
        let year = Int(form.year).flatMap { TaskTime.yearRange.contains($0) ? $0 : nil }
        if year == nil { errors.append(S.importBadYear(language)) }
        guard let csv = form.csv else { return .failure(Problems(messages: errors + [S.importNoFile(language)])) }
        guard let year, errors.isEmpty else { return .failure(Problems(messages: errors)) }
        switch PlanCSV.sections(from: csv, planYear: year) {
        case .failure(let error): return .failure(Problems(messages: error.messages(language == .vi ? .vi : .en)))
        case .success(let sections):
            return .success(Plan(year: year, title: form.title, sections: sections))
        }
    }
}
