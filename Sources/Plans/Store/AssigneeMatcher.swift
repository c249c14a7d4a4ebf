import FluentKit
import Foundation
import Platform
import PlanRules

/// Matches the wording of an imported plan's assignee cells to the product's units and groups:
/// a phrase names a unit or a group when, without diacritics and case, it equals its name or
/// begins it ("Phòng Tư pháp" → "Phòng Tư pháp huyện Diễn Châu"). Positions match their holder.
/// Unmatched phrases stay open descriptions, which the plan page shows for a person to fix.
struct AssigneeMatcher: Sendable {
    var units: [(name: String, id: UUID)]
    var groups: [(name: String, id: UUID)]

    static func load(on db: any Database) async throws -> AssigneeMatcher {
        let units = try await UnitModel.query(on: db).all().filter { $0.validTo == nil }.compactMap { model in
            model.id.map { (fold(model.name), $0) }
        }
        let groups = try await UnitGroups.all(on: db).map { (fold($0.name), $0.id) }
        return AssigneeMatcher(units: units, groups: groups)
    }

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
            .replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "d")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    func matches(_ phrase: String, _ name: String) -> Bool {
        name == phrase || name.hasPrefix(phrase + " ")
    }

    func holder(_ text: String) -> Assignee.PositionHolder? {
        let folded = Self.fold(text)
        if let group = groups.first(where: { matches(folded, $0.name) }) { return .group(GroupID(group.id.uuidString)) }
        let found = units.filter { matches(folded, $0.name) }
        return found.count == 1 ? .unit(UnitID(found[0].id.uuidString)) : nil
    }

    func assignee(_ phrase: AssigneePhrase) -> Assignee? {
        if phrase.kind == .open { return nil }
        if phrase.kind == .position, let (title, holderText) = phrase.position {
            return holder(holderText).map { .position(title: title, in: $0) }
        }
        switch holder(phrase.text) {
        case .unit(let id): return .unit(id)
        case .group(let id): return .group(id)
        case nil: return nil
        }
    }

    /// The plan with the assignees of every task whose cells are not matched yet.
    func resolve(_ plan: Plan) -> Plan {
        var plan = plan
        for s in plan.sections.indices {
            for t in plan.sections[s].tasks.indices where plan.sections[s].tasks[t].lead.isEmpty {
                plan.sections[s].tasks[t].resolveAssignees { assignee($0) }
            }
        }
        return plan
    }
}
