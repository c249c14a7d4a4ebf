import Platform
import TextSearch

/// The level of government a site speaks for, as the catalogue names levels ("Cấp xã", …), and
/// how much the search prefers it (`SearchPriors`). Chosen by the evaluation
/// (`search-bench --evaluate … --sweep`, docs/SEARCH.md): on both labelled sets a commune's site
/// gains from ranking commune procedures first (best at 0.15), while a province's site loses at
/// every weight — a province's portal serves the procedures of every level in it, and its
/// citizens ask for commune ones as often as anyone — so it prefers none.
enum SiteLevel {
    static let communeWeight = SearchPriors<String>.defaultLevelWeight

    /// The catalogue's level names a site of this kind serves first, and the weight.
    static func preference(of kind: UnitKind?) -> (levels: Set<String>, weight: Double) {
        if kind == .communeCommittee { return (["Cấp xã"], communeWeight) }
        // A former district's site serves the district's procedures and its communes'.
        if kind == .districtCommittee { return (["Cấp huyện", "Cấp xã"], communeWeight) }
        return ([], 0)
    }
}
