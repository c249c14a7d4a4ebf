/// The kind of an organisation unit. An open list: deployments may add kinds as data,
/// so the raw value is stored, and unknown values are kept as `.other`-like strings.
public struct UnitKind: RawRepresentable, Hashable, Sendable, Codable, CaseIterable {
    public let rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }

    public static let provincialCommittee = UnitKind(rawValue: "provincial_committee")
    public static let districtCommittee = UnitKind(rawValue: "district_committee")
    public static let communeCommittee = UnitKind(rawValue: "commune_committee")
    public static let department = UnitKind(rawValue: "department")
    public static let office = UnitKind(rawValue: "office")
    public static let oneStopDesk = UnitKind(rawValue: "one_stop_desk")
    public static let massOrganisation = UnitKind(rawValue: "mass_organisation")
    public static let other = UnitKind(rawValue: "other")

    public static let allCases: [UnitKind] = [
        .provincialCommittee, .districtCommittee, .communeCommittee, .department, .office,
        .oneStopDesk, .massOrganisation, .other,
    ]

    /// People's Committees anchor a coordinator's scope.
    public var isPeoplesCommittee: Bool {
        self == .provincialCommittee || self == .districtCommittee || self == .communeCommittee
    }
}
