import WorkCalendar
import Localization

/// Who a task is assigned to (đơn vị thực hiện, đơn vị phối hợp).
public enum Assignee: Sendable, Hashable, Codable {
    /// One unit ("Phòng Tư pháp").
    case unit(UnitID)
    /// A group of units ("UBND các xã, thị trấn"): every member reports on its own.
    case group(GroupID)
    /// A position ("Chủ tịch UBND huyện", "Trưởng các Phòng, Ban, Ngành cấp huyện"): the unit
    /// (or each unit of the group) the position belongs to answers for it.
    case position(title: String, in: PositionHolder)
    /// A description naming no unit ("các tổ chức, cá nhân có liên quan"): nobody reports.
    case open(String)

    /// Where a position sits.
    public enum PositionHolder: Sendable, Hashable, Codable {
        case unit(UnitID)
        case group(GroupID)
    }

    /// The four kinds, for forms and for the suggestions of imported wording.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case unit, group, position, open

        public var name: LocalizedText {
            switch self {
            case .unit: LocalizedText(vi: "Đơn vị", en: "Unit")
            case .group: LocalizedText(vi: "Nhóm đơn vị", en: "Group of units")
            case .position: LocalizedText(vi: "Chức danh", en: "Position")
            case .open: LocalizedText(vi: "Mô tả (không có đơn vị báo cáo)", en: "Description (no reporting unit)")
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .unit: .unit
        case .group: .group
        case .position: .position
        case .open: .open
        }
    }
}

/// Where the rules learn the members of a group. The persistence layer loads the groups a plan
/// uses (for the day that matters) and hands them over as a value; the rules never query.
public protocol UnitDirectory: Sendable {
    /// The member units of `group`, in display order; empty when the group is unknown.
    func members(of group: GroupID) -> [UnitID]
}

/// A directory held in memory.
public struct StaticUnitDirectory: UnitDirectory, Hashable, Codable {
    public var groups: [GroupID: [UnitID]]

    public init(_ groups: [GroupID: [UnitID]] = [:]) { self.groups = groups }

    public func members(of group: GroupID) -> [UnitID] { groups[group] ?? [] }
}

/// A directory backed by a function (e.g. over a dictionary the caller already has).
public struct ClosureUnitDirectory: UnitDirectory {
    private let lookup: @Sendable (GroupID) -> [UnitID]

    public init(_ lookup: @escaping @Sendable (GroupID) -> [UnitID]) { self.lookup = lookup }

    public func members(of group: GroupID) -> [UnitID] { lookup(group) }
}

extension Assignee {
    /// The units that answer for this assignee: the unit itself, each member of a group, the
    /// unit (or units) holding a position; none for an open description.
    public func responsibleUnits(in directory: some UnitDirectory) -> [UnitID] {
        switch self {
        case .unit(let unit), .position(_, .unit(let unit)): [unit]
        case .group(let group), .position(_, .group(let group)): directory.members(of: group)
        case .open: []
        }
    }
}

extension Sequence<Assignee> {
    /// Every responsible unit once, in the order first met (a unit named alone and again as a
    /// member of a group reports once).
    public func responsibleUnits(in directory: some UnitDirectory) -> [UnitID] {
        var seen = Set<UnitID>()
        var result: [UnitID] = []
        for assignee in self {
            for unit in assignee.responsibleUnits(in: directory) where seen.insert(unit).inserted {
                result.append(unit)
            }
        }
        return result
    }
}
