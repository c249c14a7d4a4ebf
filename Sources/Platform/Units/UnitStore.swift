import FluentKit
import Foundation
import TextSearch

/// The fields a person can set on a unit, already validated.
public struct UnitDraft: Sendable, Equatable {
    public var name: String
    public var kind: UnitKind
    public var parentID: UUID?
    public var agencyCode: String?
    public var gsoCode: String?
    public var address: String?
    public var phone: String?
    public var email: String?
    public var feedbackAddress: String?
    public var feedbackPhone: String?
    public var validFrom: String?

    public init(
        name: String, kind: UnitKind, parentID: UUID? = nil, agencyCode: String? = nil, gsoCode: String? = nil,
        address: String? = nil, phone: String? = nil, email: String? = nil, feedbackAddress: String? = nil,
        feedbackPhone: String? = nil, validFrom: String? = nil
    ) {
        self.name = name
        self.kind = kind
        self.parentID = parentID
        self.agencyCode = agencyCode
        self.gsoCode = gsoCode
        self.address = address
        self.phone = phone
        self.email = email
        self.feedbackAddress = feedbackAddress
        self.feedbackPhone = feedbackPhone
        self.validFrom = validFrom
    }

    func apply(to model: UnitModel) {
        model.name = name
        model.searchName = Folding.fold(name)
        model.kind = kind.rawValue
        model.parentID = parentID
        model.agencyCode = agencyCode
        model.gsoCode = gsoCode
        model.address = address
        model.phone = phone
        model.email = email
        model.feedbackAddress = feedbackAddress
        model.feedbackPhone = feedbackPhone
        model.validFrom = validFrom
    }
}

public struct UnitListQuery: Sendable {
    public var text: String?
    public var kind: UnitKind?
    public var parentID: UUID?
    public var includeClosed = false
    public var page = 1
    public var perPage = 50
    public init() {}
}

/// Reads and writes units. Every write is audited in the same transaction.
public enum UnitStore {
    public static func find(_ id: UUID, on db: any Database) async throws -> UnitRecord? {
        try await UnitModel.find(id, on: db)?.record
    }

    public static func require(_ id: UUID, on db: any Database) async throws -> UnitRecord {
        guard let unit = try await find(id, on: db) else { throw AppError.notFound }
        return unit
    }

    public static func findByAgencyCode(_ code: String, on db: any Database) async throws -> UnitRecord? {
        try await UnitModel.query(on: db).filter(\.$agencyCode == code).first()?.record
    }

    public static func list(_ query: UnitListQuery, today: String, on db: any Database) async throws -> (units: [UnitRecord], total: Int) {
        var builder = UnitModel.query(on: db)
        if let text = query.text.map(Folding.fold), !text.isEmpty {
            for word in text.split(separator: " ") {
                builder = builder.filter(\.$searchName, .custom("LIKE"), "%\(word)%")
            }
        }
        if let kind = query.kind { builder = builder.filter(\.$kind == kind.rawValue) }
        if let parent = query.parentID { builder = builder.filter(\.$parentID == parent) }
        if !query.includeClosed {
            builder = builder.group(.or) { $0.filter(\.$validTo == nil).filter(\.$validTo >= today) }
        }
        let total = try await builder.count()
        let rows = try await builder.sort(\.$searchName)
            .range(((query.page - 1) * query.perPage)..<(query.page * query.perPage)).all()
        return (rows.map(\.record), total)
    }

    public static func children(of id: UUID, on db: any Database) async throws -> [UnitRecord] {
        try await UnitModel.query(on: db).filter(\.$parentID == id).sort(\.$searchName).all().map(\.record)
    }

    /// Ancestors from the parent up to the root.
    public static func ancestors(of unit: UnitRecord, on db: any Database) async throws -> [UnitRecord] {
        var chain: [UnitRecord] = []
        var next = unit.parentID
        while let id = next, chain.count < 16, let parent = try await find(id, on: db) {
            chain.append(parent)
            next = parent.parentID
        }
        return chain
    }

    /// The nearest People's Committee at or above the unit: a coordinator's scope root.
    public static func committee(of unit: UnitRecord, on db: any Database) async throws -> UnitRecord {
        if unit.kind.isPeoplesCommittee { return unit }
        return try await ancestors(of: unit, on: db).first { $0.kind.isPeoplesCommittee } ?? unit
    }

    public static func isWithin(_ unit: UnitRecord, root: UUID, on db: any Database) async throws -> Bool {
        if unit.id == root { return true }
        return try await ancestors(of: unit, on: db).contains { $0.id == root }
    }

    @discardableResult
    public static func create(_ draft: UnitDraft, actor: AuditActor, on db: any Database) async throws -> UnitRecord {
        try await db.transaction { tx in
            try await createInTransaction(draft, actor: actor, on: tx)
        }
    }

    static func createInTransaction(_ draft: UnitDraft, validTo: String? = nil, actor: AuditActor, on tx: any Database) async throws -> UnitRecord {
        let model = UnitModel()
        draft.apply(to: model)
        model.validTo = validTo
        try await model.create(on: tx)
        let record = model.record
        try await Audit.record(
            on: tx, actor: actor, action: "unit.create", entityType: "unit", entityID: record.id.uuidString,
            label: record.name, after: record.auditSnapshot)
        return record
    }

    @discardableResult
    public static func update(_ id: UUID, with draft: UnitDraft, actor: AuditActor, on db: any Database) async throws -> UnitRecord {
        try await db.transaction { tx in
            guard let model = try await UnitModel.find(id, on: tx) else { throw AppError.notFound }
            let before = model.record
            draft.apply(to: model)
            let after = model.record
            guard before != after else { return after }
            try await model.update(on: tx)
            try await Audit.record(
                on: tx, actor: actor, action: "unit.update", entityType: "unit", entityID: id.uuidString,
                label: after.name, before: before.auditSnapshot, after: after.auditSnapshot)
            return after
        }
    }

    /// Closes a unit on `date` and links its successors (one: replaced; several units
    /// closed into the same successor: merged).
    public static func close(
        _ id: UUID, on date: String, successors: [UUID], note: String?, actor: AuditActor, on db: any Database
    ) async throws {
        try await db.transaction { tx in
            guard let model = try await UnitModel.find(id, on: tx) else { throw AppError.notFound }
            let before = model.record
            model.validTo = date
            try await model.update(on: tx)
            for successor in successors where successor != id {
                let exists = try await UnitSuccessionModel.query(on: tx)
                    .filter(\.$predecessorID == id).filter(\.$successorID == successor).first()
                if exists == nil {
                    try await UnitSuccessionModel(predecessorID: id, successorID: successor, effective: date, note: note)
                        .create(on: tx)
                }
            }
            var after = model.record.auditSnapshot
            after["successors"] = successors.map(\.uuidString).joined(separator: ",")
            try await Audit.record(
                on: tx, actor: actor, action: "unit.close", entityType: "unit", entityID: id.uuidString,
                label: before.name, before: before.auditSnapshot, after: after)
        }
    }

    public static func successors(of id: UUID, on db: any Database) async throws -> [UnitRecord] {
        let links = try await UnitSuccessionModel.query(on: db).filter(\.$predecessorID == id).all()
        var result: [UnitRecord] = []
        for link in links { if let unit = try await find(link.successorID, on: db) { result.append(unit) } }
        return result
    }

    public static func predecessors(of id: UUID, on db: any Database) async throws -> [UnitRecord] {
        let links = try await UnitSuccessionModel.query(on: db).filter(\.$successorID == id).all()
        var result: [UnitRecord] = []
        for link in links { if let unit = try await find(link.predecessorID, on: db) { result.append(unit) } }
        return result
    }
}
