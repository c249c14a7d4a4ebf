import FluentKit
import Foundation
import Hummingbird
import NIOCore
import Platform

/// Upload (staff) and download (public) of a procedure's forms.
enum ProcedureFormRoutes {
    static func register(_ routes: Routes, _ services: Services) {
        routes.get(CatalogURL.form(":code", ":id").path) { _, context in
            let code = context.parameters.get("code") ?? ""
            let file = try await ProcedureForms.file(try context.uuidParameter("id"), of: code, on: services.db)
            let asciiName = String(file.name.unicodeScalars.map { $0.isASCII && $0 != "\"" ? Character($0) : "_" })
            let encoded = file.name.urlComponentEncoded
            return Response(
                status: .ok,
                headers: [
                    .contentType: file.type, .cacheControl: "public, max-age=300",
                    .contentDisposition: "attachment; filename=\"\(asciiName)\"; filename*=UTF-8''\(encoded)",
                ],
                body: .init(byteBuffer: ByteBuffer(bytes: file.data)))
        }
        routes.staff.post(CatalogURL.uploadForm(":code").path, requires: .editCatalog) { request, context in
            var request = request
            let code = context.parameters.get("code") ?? ""
            let procedure = try await ProcedureStore.require(code, on: services.db)
            let lang = context.language
            guard let boundary = MultipartForm.boundary(from: request.headers[.contentType] ?? "") else {
                throw AppError.badRequest(S.uploadEmpty(lang))
            }
            let body = try await request.collectBody(upTo: UploadPolicy.maxBytes + 64 * 1024)
            guard let form = MultipartForm(body: Data(buffer: body), boundary: boundary) else { throw AppError.badRequest(S.uploadEmpty(lang)) }
            let template = InputText.clean(form.fields["template"] ?? "")
            let known = Set(procedure.documents.flatMap(\.templates))
            guard let file = form.files.first(where: { $0.fieldName == "file" }) else {
                return Responses.redirect(CatalogURL.edit("\(code)").path + "?loi-tep=empty#forms")
            }
            switch UploadPolicy.check(fileName: file.fileName, data: file.data) {
            case .failure(let error):
                return Responses.redirect(CatalogURL.edit("\(code)").path + "?loi-tep=\(error.problem)#forms")
            case .success(let type):
                let name = InputText.clean(file.fileName)
                let templateName = known.contains(template) ? template : name
                try await ProcedureForms.add(code, templateName: templateName, fileName: name, contentType: type, data: file.data, actor: context.actor, on: services.db)
                return Responses.redirect(CatalogURL.edit("\(code)").path + "?thong-bao=da-tai-len#forms")
            }
        }
        routes.staff.post(CatalogURL.removeForm(":code", ":id").path, requires: .editCatalog) { _, context in
            let code = context.parameters.get("code") ?? ""
            try await ProcedureForms.remove(try context.uuidParameter("id"), of: code, actor: context.actor, on: services.db)
            return Responses.redirect(CatalogURL.edit("\(code)").path + "#forms")
        }
    }
}

import NIOFoundationCompat
