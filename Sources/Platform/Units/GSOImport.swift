import FluentKit
import Foundation
import Localization

/// Loads the statistics office's lists of administrative units (`data/units/`):
/// the pre-2025 three-level file (provinces → districts → communes) and the post-2025
/// two-level file (provinces → communes). Each territory becomes the People's Committee
/// that governs it. Re-running changes nothing; a malformed file imports nothing and the
/// error names where it broke.
public enum GSOImport {
    public struct Entry: Sendable, Equatable {
        public var code: String
        public var fullName: String
        public var kind: UnitKind
        public var parentCode: String?
        public var parentKind: UnitKind?
    }

    public struct Summary: Sendable, Equatable {
        public var created = 0
        public var updated = 0
        public var unchanged = 0
    }

    /// Where in the file: each level's copy ("tỉnh thứ {0}") with its 1-based position.
    typealias Location = [(LocalizedText, Int)]

    /// A file that cannot be read, said in Vietnamese then English.
    public struct FormatError: Error, Sendable, CustomStringConvertible {
        public var description: String

        init(_ message: LocalizedText, _ arguments: String..., at location: Location = []) {
            func render(_ language: Language) -> String {
                let place = location.map { $0.0(language, String($0.1)) }.joined(separator: ", ")
                var text = message(language)
                for (index, argument) in arguments.enumerated() { text = text.replacingOccurrences(of: "{\(index)}", with: argument) }
                return place.isEmpty ? text : "\(place): \(text)"
            }
            description = "\(render(.vi)) / \(render(.en))"
        }

        init(_ message: LocalizedText, _ line: String) {
            self.init(message, line, at: [])
        }
    }

    /// Parses either format. `province` keeps only one province (e.g. "40", Nghệ An).
    public static func parse(_ data: Data, province: String? = nil) throws -> [Entry] {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            let line = errorLine(error, data).map(String.init) ?? "?"
            throw FormatError(S.importUnreadableJSON, line)
        }
        guard let provinces = root as? [[String: Any]] else {
            throw FormatError(S.importNotAnArray)
        }
        var entries: [Entry] = []
        for (index, p) in provinces.enumerated() {
            let where_ = [(S.importProvinceAt, index + 1)]
            let code = try field(p, "Code", where_)
            if let province, code != province { continue }
            entries.append(Entry(code: code, fullName: try field(p, "FullName", where_), kind: .provincialCommittee))
            if let districts = p["District"] as? [[String: Any]] {
                for (di, d) in districts.enumerated() {
                    let dWhere = where_ + [(S.importDistrictAt, di + 1)]
                    let dCode = try field(d, "Code", dWhere)
                    entries.append(Entry(code: dCode, fullName: try field(d, "FullName", dWhere), kind: .districtCommittee, parentCode: code, parentKind: .provincialCommittee))
                    for (wi, w) in (d["Ward"] as? [[String: Any]] ?? []).enumerated() {
                        let wWhere = dWhere + [(S.importCommuneAt, wi + 1)]
                        entries.append(Entry(code: try field(w, "Code", wWhere), fullName: try field(w, "FullName", wWhere), kind: .communeCommittee, parentCode: dCode, parentKind: .districtCommittee))
                    }
                }
            } else if let wards = p["Wards"] as? [[String: Any]] {
                for (wi, w) in wards.enumerated() {
                    let wWhere = where_ + [(S.importCommuneAt, wi + 1)]
                    entries.append(Entry(code: try field(w, "Code", wWhere), fullName: try field(w, "FullName", wWhere), kind: .communeCommittee, parentCode: code, parentKind: .provincialCommittee))
                }
            } else {
                throw FormatError(S.importMissingChildren, at: where_)
            }
        }
        return entries
    }

    /// The line of a JSON syntax error, from the parser's "around character N".
    static func errorLine(_ error: any Error, _ data: Data) -> Int? {
        let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        guard let range = text.range(of: "character ") else { return nil }
        guard let offset = Int(text[range.upperBound...].prefix { $0.isNumber }) else { return nil }
        return data.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1
    }

    static func field(_ object: [String: Any], _ key: String, _ where_: Location) throws -> String {
        guard let value = object[key] as? String, !value.isEmpty else {
            throw FormatError(S.importMissingField, key, at: where_)
        }
        return value.precomposedStringWithCanonicalMapping
    }

    /// "Xã Diễn Hồng" → "UBND xã Diễn Hồng".
    public static func committeeName(_ fullName: String) -> String {
        "UBND " + fullName.lowercasedFirst
    }

    /// Which list a file is: before the 2025 reform (districts present) or after it.
    public static func isPre2025(_ entries: [Entry]) -> Bool {
        entries.contains { $0.kind == .districtCommittee }
    }

    /// Writes the entries in one transaction. Units are matched by GSO code, kind and start
    /// date, so a second run changes nothing. Post-2025 communes reuse old codes, so they start
    /// on `reformDay`; pre-2025 districts and communes end the day before it.
    public static let reformDay = "2025-07-01"
    public static let lastDayBeforeReform = "2025-06-30"

    public static func load(
        _ entries: [Entry], actor: AuditActor, on db: any Database,
        progress: (@Sendable (Int, Int) -> Void)? = nil
    ) async throws -> Summary {
        try await db.transaction { tx in
            var summary = Summary()
            var ids: [String: UUID] = [:]
            let existing = try await UnitModel.query(on: tx).filter(\.$gsoCode != nil).all()
            let pre2025 = isPre2025(entries)
            var byKey: [String: UnitModel] = [:]
            for model in existing { byKey["\(model.kind)/\(model.gsoCode!)/\(model.validFrom ?? "")"] = model }
            func validity(_ kind: UnitKind) -> (from: String?, to: String?) {
                if kind == .provincialCommittee { return (nil, nil) }
                return pre2025 ? (nil, lastDayBeforeReform) : (reformDay, nil)
            }
            func key(_ kind: UnitKind, _ code: String) -> String { "\(kind.rawValue)/\(code)/\(validity(kind).from ?? "")" }
            for (index, entry) in entries.enumerated() {
                let parentID = entry.parentCode.flatMap { code in entry.parentKind.flatMap { ids[key($0, code)] ?? byKey[key($0, code)]?.id } }
                let name = committeeName(entry.fullName)
                let key = key(entry.kind, entry.code)
                let (validFrom, validTo) = validity(entry.kind)
                if let model = byKey[key] {
                    ids[key] = model.id
                    if model.name == name && model.parentID == parentID && model.validTo == validTo { summary.unchanged += 1 } else {
                        let before = model.record.auditSnapshot
                        model.name = name
                        model.searchName = Folding.fold(name)
                        model.parentID = parentID
                        model.validTo = validTo
                        try await model.update(on: tx)
                        try await Audit.record(on: tx, actor: actor, action: "unit.import", entityType: "unit", entityID: model.id!.uuidString, label: name, before: before, after: model.record.auditSnapshot)
                        summary.updated += 1
                    }
                } else {
                    let draft = UnitDraft(name: name, kind: entry.kind, parentID: parentID, gsoCode: entry.code, validFrom: validFrom)
                    let record = try await UnitStore.createInTransaction(draft, validTo: validTo, actor: actor, on: tx)
                    ids[key] = record.id
                    summary.created += 1
                }
                if let progress, (index + 1) % 500 == 0 || index + 1 == entries.count { progress(index + 1, entries.count) }
            }
            return summary
        }
    }
}

import TextSearch
