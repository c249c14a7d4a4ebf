import FluentKit
import Foundation
import Platform
import Localization

/// Reads the staff edit form of a procedure; nothing is written until all of it is valid.
enum CatalogStaffForm {
    struct Read {
        var result: (Procedure, String?, [UUID: Int?])?
        var reader: FormReader
        var assigned: [UUID: Int?]
    }

    static func values(_ p: Procedure, replacedBy: String?) -> [String: String] {
        var v = ["name": p.name, "levels": p.levels.joined(separator: ", "), "online_level": p.onlineLevel.rawValue, "status": p.status.rawValue]
        v["field"] = p.field
        v["implementing_agency"] = p.implementingAgency
        v["abolished_on"] = p.abolishedOn.map(VNFormat.isoDay)
        v["replaced_by"] = replacedBy
        return v
    }

    static func read(_ fields: FormFields, procedure: Procedure, candidates: [UUID], language: Language, on db: any Database) async throws -> Read {
        var reader = FormReader(fields, language: language)
        let name = reader.text("name", label: S.catalogTitle, required: true, maxLength: 500)
        let field = reader.text("field", label: S.catalogField, maxLength: 200)
        let levels = reader.text("levels", label: S.catalogLevel, maxLength: 300)
        let agency = reader.text("implementing_agency", label: S.catalogAgency, maxLength: 500)
        let online = reader.text("online_level", label: S.catalogOnline, required: true, maxLength: 20).flatMap(OnlineLevel.init(rawValue:))
        let status = reader.text("status", label: S.unitStatus, required: true, maxLength: 20).flatMap(ProcedureStatus.init(rawValue:))
        let abolishedText = reader.text("abolished_on", label: S.catalogAbolishedOn, maxLength: 10)
        let replacedBy = reader.text("replaced_by", label: S.catalogReplacedBy, maxLength: 40)
        if online == nil, fields["online_level"]?.isEmpty == false { reader.fail("online_level", S.catalogOnline, .invalid) }
        if status == nil, fields["status"]?.isEmpty == false { reader.fail("status", S.unitStatus, .invalid) }
        let abolishedOn = abolishedText.flatMap(VNFormat.parseDay)
        if abolishedText != nil, abolishedOn == nil { reader.fail("abolished_on", S.catalogAbolishedOn, .invalid) }
        if let replacedBy {
            let exists = try await ProcedureStore.find(replacedBy, on: db) != nil
            if replacedBy == procedure.code || !exists { reader.fail("replaced_by", message: S.catalogReplacementUnknown(language, replacedBy)) }
        }
        var assigned: [UUID: Int?] = [:]
        let allowed = Set(candidates)
        for raw in fields.all("unit") {
            guard let id = UUID(uuidString: raw), allowed.contains(id) else { continue }
            let daysText = InputText.clean(fields["days-\(raw)"] ?? "")
            if daysText.isEmpty { assigned[id] = .some(nil) } else if let days = Int(daysText), (0...365).contains(days) {
                assigned[id] = .some(days)
            } else {
                reader.fail("days-\(raw)", S.catalogTime, .invalid)
                assigned[id] = .some(nil)
            }
        }
        guard reader.isValid, let name, let online, let status else { return Read(result: nil, reader: reader, assigned: assigned) }
        var updated = procedure
        updated.name = name
        updated.field = field
        updated.levels = (levels ?? "").split(separator: ",").map { InputText.clean(String($0)) }.filter { !$0.isEmpty }
        updated.implementingAgency = agency
        updated.onlineLevel = online
        updated.status = status
        updated.abolishedOn = abolishedOn
        return Read(result: (updated, replacedBy, assigned), reader: reader, assigned: assigned)
    }
}
