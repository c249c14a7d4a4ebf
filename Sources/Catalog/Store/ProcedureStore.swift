import FluentKit
import Foundation
import Platform
import TextSearch

/// Reads and writes procedures. Every write is audited in the same transaction and bumps the
/// catalogue version, so every app instance rebuilds its search index.
public enum ProcedureStore {
    public static let versionKey = "catalog.version"

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()

    static func decode(_ model: ProcedureModel) throws -> Procedure {
        try JSONDecoder().decode(Procedure.self, from: Data(model.document.utf8))
    }

    static func apply(_ procedure: Procedure, to model: ProcedureModel) throws {
        model.id = procedure.code
        model.name = procedure.name
        model.searchName = Folding.fold(procedure.name)
        model.field = procedure.field
        model.levels = procedure.levels.joined(separator: "|")
        model.implementingAgency = procedure.implementingAgency
        model.onlineLevel = procedure.onlineLevel.rawValue
        model.status = procedure.status.rawValue
        model.document = String(decoding: try encoder.encode(procedure), as: UTF8.self)
    }

    public static func find(_ code: String, on db: any Database) async throws -> Procedure? {
        guard let model = try await ProcedureModel.find(code, on: db) else { return nil }
        return try decode(model)
    }

    public static func require(_ code: String, on db: any Database) async throws -> Procedure {
        guard let procedure = try await find(code, on: db) else { throw AppError.notFound }
        return procedure
    }

    public static func replacedBy(_ code: String, on db: any Database) async throws -> String? {
        try await ProcedureModel.find(code, on: db)?.replacedBy
    }

    public static func all(on db: any Database) async throws -> [Procedure] {
        try await ProcedureModel.query(on: db).sort(\.$searchName).all().map(decode)
    }

    public static func count(on db: any Database) async throws -> Int {
        try await ProcedureModel.query(on: db).count()
    }

    /// Saves a procedure edited by staff: audited with the fields that changed.
    public static func save(_ procedure: Procedure, replacedBy: String?, actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            guard let model = try await ProcedureModel.find(procedure.code, on: tx) else { throw AppError.notFound }
            let old = try decode(model)
            var changes = procedure.differences(from: old)
            if model.replacedBy != replacedBy { changes["replaced_by"] = (model.replacedBy ?? "", replacedBy ?? "") }
            guard !changes.isEmpty else { return }
            try apply(procedure, to: model)
            model.replacedBy = replacedBy
            try await model.update(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.update", entityType: "procedure", entityID: procedure.code,
                label: procedure.name, before: changes.mapValues(\.old), after: changes.mapValues(\.new))
            try await bumpVersion(on: tx)
        }
    }

    /// The units that receive a procedure, with their internal processing time.
    public static func units(of code: String, on db: any Database) async throws -> [(UnitRecord, Int?)] {
        var result: [(UnitRecord, Int?)] = []
        for link in try await ProcedureUnitModel.query(on: db).filter(\.$procedureCode == code).all() {
            if let unit = try await UnitStore.find(link.unitID, on: db) { result.append((unit, link.internalDays)) }
        }
        return result.sorted { $0.0.name < $1.0.name }
    }

    /// Codes of the procedures a unit receives.
    public static func codes(receivedBy unitID: UUID, on db: any Database) async throws -> [String] {
        try await ProcedureUnitModel.query(on: db).filter(\.$unitID == unitID).all().map(\.procedureCode)
    }

    /// Replaces the set of receiving units of a procedure; audited.
    public static func assign(_ code: String, units: [UUID: Int?], actor: AuditActor, on db: any Database) async throws {
        try await db.transaction { tx in
            let existing = try await ProcedureUnitModel.query(on: tx).filter(\.$procedureCode == code).all()
            let before = Dictionary(existing.map { ($0.unitID, $0.internalDays) }, uniquingKeysWith: { a, _ in a })
            guard before != units else { return }
            try await ProcedureUnitModel.query(on: tx).filter(\.$procedureCode == code).delete()
            for (unitID, days) in units {
                let link = ProcedureUnitModel()
                link.procedureCode = code
                link.unitID = unitID
                link.internalDays = days
                try await link.create(on: tx)
            }
            func render(_ map: [UUID: Int?]) -> String {
                map.map { "\($0.key.uuidString)\($0.value.map { ":\($0)" } ?? "")" }.sorted().joined(separator: ",")
            }
            try await Audit.record(
                on: tx, actor: actor, action: "procedure.assign", entityType: "procedure", entityID: code, label: code,
                before: ["units": render(before)], after: ["units": render(units)])
            try await bumpVersion(on: tx)
        }
    }

    static func bumpVersion(on db: any Database) async throws {
        try await Settings.store(versionKey, UUID().uuidString, on: db)
    }
}
