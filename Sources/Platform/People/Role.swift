/// Staff roles. A person may hold several.
public enum Role: String, Sendable, Codable, CaseIterable, Hashable {
    /// Runs the deployment: units, people, calendars, everything.
    case administrator
    /// The office that monitors and reports (Văn phòng HĐND và UBND / Văn phòng UBND);
    /// sees every unit under its People's Committee.
    case coordinator
    /// Leads a unit (trưởng đơn vị): acts for the unit and approves its reports.
    case unitLead = "unit_lead"
    /// An officer (cán bộ, công chức) acting for their own unit.
    case officer
    /// Works at the one-stop desk (Bộ phận Một cửa).
    case oneStopOfficer = "one_stop_officer"
    /// Publishes content: news, handbooks, published answers.
    case editor

    public static func parseList(_ text: String) -> Set<Role> {
        Set(text.split(separator: ",").compactMap { Role(rawValue: $0.trimmingCharacters(in: .whitespaces)) })
    }

    public static func serialize(_ roles: Set<Role>) -> String {
        roles.map(\.rawValue).sorted().joined(separator: ",")
    }
}

import Foundation
