import Catalog
import SQLKit
import WorkCalendar
import FluentKit
import Foundation
import Platform

/// Nghệ An and Diễn Châu as they were when the 2024 plan was issued, the 8 communes that
/// replaced the district's communes on 01/7/2025, and one account per role.
/// Idempotent: every piece is looked up before it is created, so a second run changes nothing.
public enum DemoData {
    /// Who the demo's writes are recorded as, at the environment's time.
    static func actor(_ env: AppEnvironment) -> AuditActor { .system("demo", at: env.clock.now) }

    /// The data root holding `data/` (the repository itself by default, where `data/` ships;
    /// `MINHBACH_SHARED` names another root with the same layout).
    public static var sharedDirectory: String {
        ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? "."
    }

    /// The demo's catalogue: Minh Bạch's own JSON export, gzip-compressed, of everything under
    /// `data/tthc` (see data/README.md for how it is made again).
    public static let catalogueFile = "data/catalogue.json.gz"

    /// Loads everything and returns the demo accounts with their roles.
    @discardableResult
    public static func load(_ env: AppEnvironment) async throws -> [(String, String)] {
        let db = env.database.db
        let actor = actor(env)
        try await loadTerritories(db, actor)
        let units = try await loadDistrictUnits(db, actor)
        try await linkSuccessors(db, actor)
        try await loadGroups(db, actor, units)
        try await loadProcedures(db, actor, units)
        let accounts = try await loadAccounts(env, units)
        try await loadDossiers(env)
        try await DemoFeedback.load(env, units)
        try await DemoPlans.load(env, units)
        return accounts
    }

    /// A data file, or a `StartFailure` that names it.
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw StartFailure.data(path)
        }
    }

    static func loadTerritories(_ db: any Database, _ actor: AuditActor) async throws {
        let base = "\(sharedDirectory)/data/units"
        let pre = try GSOImport.parse(read("\(base)/pre2025-thanglequoc/simplified_json_generated_data_vn_units.json"), province: "40")
        // Nghệ An, Diễn Châu district and its communes only: the demo is one district.
        let kept = pre.filter { $0.kind == .provincialCommittee || $0.code == DemoUnits.districtGSO || $0.parentCode == DemoUnits.districtGSO }
        _ = try await GSOImport.load(kept, actor: actor, on: db)
        let post = try GSOImport.parse(read("\(base)/post2025-thanglequoc/simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json"), province: "40")
        let newCodes = Set(DemoUnits.newCommunes.map(\.code))
        _ = try await GSOImport.load(post.filter { $0.kind == .provincialCommittee || newCodes.contains($0.code) }, actor: actor, on: db)
    }

    /// The district's offices and the province's service centre, with contacts and codes.
    static func loadDistrictUnits(_ db: any Database, _ actor: AuditActor) async throws -> [String: UnitRecord] {
        guard let province = try await UnitModel.query(on: db).filter(\.$gsoCode == "40").filter(\.$kind == UnitKind.provincialCommittee.rawValue).first()?.record,
              let district = try await UnitModel.query(on: db).filter(\.$gsoCode == DemoUnits.districtGSO).first()?.record
        else { throw CommandError("Thiếu dữ liệu đơn vị hành chính trong \(sharedDirectory)/data/units") }
        var result: [String: UnitRecord] = ["province": province, "district": district]
        result["province"] = try await ensureContacts(province, DemoUnits.provinceContacts, db, actor)
        result["district"] = try await ensureContacts(district, DemoUnits.districtContacts, db, actor)
        for spec in DemoUnits.offices {
            let parent = spec.underProvince ? province : district
            if let existing = try await UnitStore.findByAgencyCode(spec.agencyCode, on: db) {
                result[spec.key] = existing
            } else {
                result[spec.key] = try await UnitStore.create(UnitDraft(
                    name: spec.name, kind: spec.kind, parentID: parent.id, agencyCode: spec.agencyCode,
                    address: spec.address, phone: spec.phone, email: spec.email,
                    feedbackAddress: DemoUnits.districtContacts.feedbackAddress, feedbackPhone: DemoUnits.districtContacts.feedbackPhone),
                    actor: actor, on: db)
            }
        }
        for commune in try await UnitStore.children(of: district.id, on: db) where commune.kind == .communeCommittee {
            result["commune:\(commune.gsoCode ?? "")"] = commune
        }
        if try await Settings.get(Settings.siteUnitKey, on: db) == nil {
            try await Settings.set(Settings.siteUnitKey, district.id.uuidString, actor: actor, on: db)
        }
        return result
    }

    static func ensureContacts(_ unit: UnitRecord, _ c: DemoUnits.Contacts, _ db: any Database, _ actor: AuditActor) async throws -> UnitRecord {
        guard unit.agencyCode == nil else { return unit }
        var draft = UnitDraft(name: unit.name, kind: unit.kind, parentID: unit.parentID, agencyCode: c.agencyCode, gsoCode: unit.gsoCode,
                              address: c.address, phone: c.phone, email: c.email, feedbackAddress: c.feedbackAddress, feedbackPhone: c.feedbackPhone,
                              validFrom: unit.validFrom)
        draft.validFrom = unit.validFrom
        return try await UnitStore.update(unit.id, with: draft, actor: actor, on: db)
    }

    /// Each old commune to the new commune that took it over on 01/7/2025.
    static func linkSuccessors(_ db: any Database, _ actor: AuditActor) async throws {
        for (newCode, oldCodes) in DemoUnits.successions {
            guard let successor = try await UnitModel.query(on: db).filter(\.$gsoCode == newCode).filter(\.$validFrom == GSOImport.reformDay).first()?.record else { continue }
            for old in oldCodes {
                guard let predecessor = try await UnitModel.query(on: db).filter(\.$gsoCode == old).filter(\.$validFrom == nil)
                    .filter(\.$kind == UnitKind.communeCommittee.rawValue).first()?.record else { continue }
                let linked = try await UnitStore.successors(of: predecessor.id, on: db).contains { $0.id == successor.id }
                if !linked {
                    try await UnitStore.close(predecessor.id, on: GSOImport.lastDayBeforeReform, successors: [successor.id],
                                              note: DemoUnits.reformNote, actor: actor, on: db)
                }
            }
        }
    }

    static func loadGroups(_ db: any Database, _ actor: AuditActor, _ units: [String: UnitRecord]) async throws {
        guard let district = units["district"] else { return }
        if try await UnitGroups.find(code: "xa-thi-tran-dien-chau", on: db) == nil {
            try await UnitGroups.create(name: DemoUnits.groupCommunes, code: "xa-thi-tran-dien-chau", ruleKind: .communeCommittee,
                                        ruleParentID: district.id, members: [], actor: actor, on: db)
        }
        if try await UnitGroups.find(code: "phong-ban-nganh-huyen", on: db) == nil {
            let members = DemoUnits.offices.filter { !$0.underProvince }.compactMap { units[$0.key]?.id }
            try await UnitGroups.create(name: DemoUnits.groupDepartments, code: "phong-ban-nganh-huyen", ruleKind: nil,
                                        ruleParentID: nil, members: members, actor: actor, on: db)
        }
        if try await UnitGroups.find(code: "xa-dien-chau-2025", on: db) == nil {
            var members: [UUID] = []
            for commune in DemoUnits.newCommunes {
                if let unit = try await UnitModel.query(on: db).filter(\.$gsoCode == commune.code).filter(\.$validFrom == GSOImport.reformDay).first() {
                    members.append(unit.id!)
                }
            }
            try await UnitGroups.create(name: DemoUnits.groupNewCommunes, code: "xa-dien-chau-2025", ruleKind: nil,
                                        ruleParentID: nil, members: members, actor: actor, on: db)
        }
    }

    /// Every procedure in the shared data; the commune-level civil-status and certification
    /// procedures received at the one-stop desks of the 8 communes formed on 01/7/2025, and the
    /// district-level ones at the district's desk.
    static func loadProcedures(_ db: any Database, _ actor: AuditActor, _ units: [String: UnitRecord]) async throws {
        let file = "\(sharedDirectory)/\(catalogueFile)"
        let parsed = CatalogImporter.parse([URL(fileURLWithPath: file)])
        guard parsed.rejected.isEmpty, !parsed.procedures.isEmpty else { throw StartFailure.data(file) }
        _ = try await CatalogImporter.load(parsed, sources: [catalogueFile], actor: actor, on: db)
        var desks: [UnitRecord] = []
        for (index, commune) in DemoUnits.newCommunes.enumerated() {
            guard let committee = try await UnitModel.query(on: db).filter(\.$gsoCode == commune.code)
                .filter(\.$validFrom == GSOImport.reformDay).first()?.record else { continue }
            let name = DemoUnits.communeDeskName(commune.name)
            if let existing = try await UnitStore.children(of: committee.id, on: db).first(where: { $0.name == name }) {
                desks.append(existing)
                continue
            }
            let desk = try await UnitStore.create(UnitDraft(
                    name: name, kind: .oneStopDesk, parentID: committee.id, agencyCode: DemoUnits.communeDeskAgencyCode(index),
                    address: "UBND xã \(commune.name), tỉnh Nghệ An",
                    feedbackAddress: "UBND xã \(commune.name), tỉnh Nghệ An", validFrom: GSOImport.reformDay), actor: actor, on: db)
            desks.append(desk)
        }
        let all = try await ProcedureStore.all(on: db)
        for procedure in all where procedure.status != .abolished {
            var receivers: [UUID: Int?] = [:]
            if procedure.levels.contains("Cấp xã"), ["Hộ tịch", "Chứng thực"].contains(procedure.field ?? "") {
                for desk in desks { receivers[desk.id] = .some(nil) }
            }
            if procedure.levels.contains("Cấp huyện"), let desk = units["one-stop"] { receivers[desk.id] = .some(nil) }
            guard !receivers.isEmpty, try await ProcedureStore.units(of: procedure.code, on: db).isEmpty else { continue }
            try await ProcedureStore.assign(procedure.code, units: receivers, actor: actor, on: db)
        }
    }

    /// A few hundred dossiers from 2024 to today at the demo's desks, with their history, once.
    static func loadDossiers(_ env: AppEnvironment) async throws {
        let sql = env.database.sql
        let existing = try await sql.raw("SELECT COUNT(*) AS n FROM dossiers").first()?.decode(column: "n", as: Int.self) ?? 0
        guard existing == 0 else { return }
        try await DemoDossiers.generate(count: 400, seed: 2024, until: env.clock.today, history: true, env: env)
    }

    static func loadAccounts(_ env: AppEnvironment, _ units: [String: UnitRecord]) async throws -> [(String, String)] {
        let actor = actor(env)
        let db = env.database.db
        var listed: [(String, String)] = []
        for account in DemoUnits.accounts {
            guard let unit = units[account.unitKey] else { continue }
            if try await PersonStore.find(username: account.username, on: db) == nil {
                try await PersonStore.create(
                    PersonDraft(username: account.username, fullName: account.fullName, unitID: unit.id, position: account.position, roles: [account.role]),
                    password: env.config.demoPassword, mustChangePassword: true, cost: env.config.bcryptCost, actor: actor, on: db)
            }
            listed.append((account.username, "\(account.role.rawValue) – \(unit.name)"))
        }
        return listed
    }
}
