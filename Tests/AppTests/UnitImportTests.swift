import FluentKit
import Foundation
import Platform
import Testing

@Suite("GSO unit import")
struct UnitImportTests {
    static let shared = ProcessInfo.processInfo.environment["MINHBACH_SHARED"] ?? repositoryRoot

    @Test("Importing Nghệ An's pre-2025 list twice changes nothing the second time")
    func idempotent() async throws {
        let database = try await TestDatabase.make()
        let db = database.env.database.db
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(Self.shared)/data/units/pre2025-thanglequoc/simplified_json_generated_data_vn_units.json"))
        let entries = try GSOImport.parse(data, province: "40")
        #expect(entries.filter { $0.kind == .districtCommittee }.count == 20)
        #expect(entries.filter { $0.parentCode == "425" }.count == 32)  // Diễn Châu's communes
        let first = try await GSOImport.load(entries, actor: .system("test"), on: db)
        #expect(first.created == entries.count)
        let auditAfterFirst = try await AuditEntryModel.query(on: db).count()
        let second = try await GSOImport.load(entries, actor: .system("test"), on: db)
        #expect(second.created == 0 && second.updated == 0 && second.unchanged == entries.count)
        #expect(try await UnitModel.query(on: db).count() == entries.count)
        #expect(try await AuditEntryModel.query(on: db).count() == auditAfterFirst)
        let dienHong = try #require(try await UnitModel.query(on: db).filter(\.$gsoCode == "17413").first())
        #expect(dienHong.name == "UBND xã Diễn Hồng")
        #expect(dienHong.validTo == GSOImport.lastDayBeforeReform)
        await database.cleanup()
    }

    @Test("Post-2025 communes that reuse an old code are separate units")
    func post2025ReusesCodes() async throws {
        let database = try await TestDatabase.make()
        let db = database.env.database.db
        let base = "\(Self.shared)/data/units"
        let pre = try GSOImport.parse(Data(contentsOf: URL(fileURLWithPath: "\(base)/pre2025-thanglequoc/simplified_json_generated_data_vn_units.json")), province: "40")
        let post = try GSOImport.parse(Data(contentsOf: URL(fileURLWithPath: "\(base)/post2025-thanglequoc/simplified_json_generated_data_vn_units_2026-07-25__20_49_07.json")), province: "40")
        #expect(post.filter { $0.kind == .communeCommittee }.count == 130)
        _ = try await GSOImport.load(pre, actor: .system("test"), on: db)
        let summary = try await GSOImport.load(post, actor: .system("test"), on: db)
        #expect(summary.created == 130)
        let both = try await UnitModel.query(on: db).filter(\.$gsoCode == "17464").all()
        #expect(Set(both.map(\.name)) == ["UBND thị trấn Diễn Thành", "UBND xã Diễn Châu"])
        await database.cleanup()
    }

    @Test("A malformed file imports nothing and names where it broke")
    func malformed() async throws {
        let broken = """
        [
         {"Code": "40", "FullName": "Tỉnh Nghệ An", "District": [
           {"Code": "425", "FullName": "Huyện Diễn Châu", "Ward": [
             {"Code": "17413", "FullName": "Xã Diễn Hồng"},
             {"Code": "17416" "FullName": "Xã Diễn Phong"}
           ]}
         ]}
        ]
        """
        #expect(throws: GSOImport.FormatError.self) { try GSOImport.parse(Data(broken.utf8)) }
        do {
            _ = try GSOImport.parse(Data(broken.utf8))
        } catch let error as GSOImport.FormatError {
            #expect(error.description.contains("dòng 5"))
        }
        let missingName = #"[{"Code": "40", "FullName": "Tỉnh Nghệ An", "Wards": [{"Code": "1"}]}]"#
        do {
            _ = try GSOImport.parse(Data(missingName.utf8))
            Issue.record("expected an error")
        } catch let error as GSOImport.FormatError {
            #expect(error.description.contains("FullName"))
            #expect(error.description.contains("xã thứ 1"))
        }
    }
}
