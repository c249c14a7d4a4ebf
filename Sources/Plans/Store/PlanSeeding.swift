import Foundation
import PlanRules

/// Matches a plan's assignee phrases to the product's units and groups.
public enum PlanSeeding {
    /// The plan with every task's `lead` and `coordinating` filled from `table` (phrase as written →
    /// assignee); a phrase not in the table stays an open description (nobody reports for it).
    public static func resolve(_ plan: Plan, _ table: [String: Assignee]) -> Plan {
        var plan = plan
        for s in plan.sections.indices {
            for t in plan.sections[s].tasks.indices {
                plan.sections[s].tasks[t].resolveAssignees { table[$0.text] }
            }
        }
        return plan
    }

    /// How the 2024 Diễn Châu appendix names its assignees, to the keys of the demo units
    /// ("unit:office"), groups ("group:xa-thi-tran-dien-chau") and positions
    /// ("position:Chủ tịch|unit:district"). Phrases left out stay open descriptions.
    public static let dienChau2024Phrases: [String: String] = [
        "Văn phòng HĐND và UBND huyện": "unit:office",
        "Phòng Tư pháp": "unit:justice",
        "Phòng Nội vụ": "unit:home-affairs",
        "Phòng Văn hóa và Thông tin": "unit:culture",
        "Công an huyện": "unit:police",
        "Trung tâm Văn hóa, Thể thao và Truyền thông huyện": "unit:media-centre",
        "Trung tâm Văn hóa, Thể thao và Truyền thông": "unit:media-centre",
        "Cổng Thông tin điện tử huyện": "unit:portal",
        "Cổng thông tin điện tử huyện": "unit:portal",
        "Huyện đoàn": "unit:youth",
        "Liên đoàn lao động huyện": "unit:labour",
        "Ủy ban MTTQ và các tổ chức chính trị - xã hội huyện": "unit:front",
        // The commune desks of 2024 are not units of the demo: the district's desk answers.
        "Bộ phận tiếp nhận và trả kết quả huyện, xã": "unit:one-stop",
        "Các Phòng, ban, ngành cấp huyện": "group:phong-ban-nganh-huyen",
        "Các phòng, ban, ngành cấp huyện": "group:phong-ban-nganh-huyen",
        "các Phòng, ban, ngành cấp huyện": "group:phong-ban-nganh-huyen",
        "các Phòng chuyên môn thuộc UBND huyện": "group:phong-ban-nganh-huyen",
        "UBND các xã, thị trấn": "group:xa-thi-tran-dien-chau",
        "UBND cấp xã": "group:xa-thi-tran-dien-chau",
        "UBND xã": "group:xa-thi-tran-dien-chau",
        "Chủ tịch UBND huyện": "position:Chủ tịch|unit:district",
        "Trưởng các Phòng, Ban, Ngành cấp huyện": "position:Trưởng|group:phong-ban-nganh-huyen",
        "Chủ tịch UBND các xã, thị trấn": "position:Chủ tịch|group:xa-thi-tran-dien-chau",
    ]

    /// The table for `resolve`, from keys as in `dienChau2024Phrases` and the ids of the units
    /// (by key) and groups (by code) at hand. Keys with no id are left out.
    public static func table(_ phrases: [String: String], units: [String: UUID], groups: [String: UUID]) -> [String: Assignee] {
        func target(_ key: String) -> Assignee.PositionHolder? {
            if key.hasPrefix("unit:"), let id = units[String(key.dropFirst(5))] { return .unit(UnitID(id.uuidString)) }
            if key.hasPrefix("group:"), let id = groups[String(key.dropFirst(6))] { return .group(GroupID(id.uuidString)) }
            return nil
        }
        var table: [String: Assignee] = [:]
        for (phrase, key) in phrases {
            if key.hasPrefix("position:") {
                let parts = key.dropFirst(9).split(separator: "|", maxSplits: 1).map(String.init)
                if parts.count == 2, let holder = target(parts[1]) { table[phrase] = .position(title: parts[0], in: holder) }
            } else if let holder = target(key) {
                switch holder {
                case .unit(let id): table[phrase] = .unit(id)
                case .group(let id): table[phrase] = .group(id)
                }
            }
        }
        return table
    }
}
