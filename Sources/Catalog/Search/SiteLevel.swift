import Platform

/// The level of government a site speaks for, as the catalogue names levels ("Cấp xã", …): the
/// search ranks the procedures of that level first (`SearchPriors.preferred`), since a commune's
/// citizens come to its site for the commune's procedures.
enum SiteLevel {
    /// The catalogue's level names that a site of this kind serves first. A former district's
    /// site serves the district's procedures; a department or office has no level of its own.
    static func procedureLevels(of kind: UnitKind?) -> Set<String> {
        if kind == .communeCommittee { return ["Cấp xã"] }
        if kind == .districtCommittee { return ["Cấp huyện"] }
        if kind == .provincialCommittee { return ["Cấp tỉnh"] }
        return []
    }
}
