import Foundation

/// What is known of a document before any query: whether it belongs to the site's own level of
/// government (a commune's site serves commune procedures first) and how often people actually
/// use it. Each multiplies a document's score, so a prior reorders documents that match a query
/// about equally well and cannot lift one that matches it badly.
///
/// The weights are chosen by the evaluation (`search-bench --evaluate … --sweep`); with no
/// preferred documents and no uses every factor is 1, and the search ranks exactly as without.
public struct SearchPriors<ID: Hashable & Sendable>: Sendable {
    /// Score ×(1 + levelWeight) for a document of the site's own level (the catalogue sets it
    /// per kind of site; see `SiteLevel`).
    public static var defaultLevelWeight: Double { 0.15 }
    /// Score ×(1 + usageWeight × log(1 + uses) / log(1 + most uses)) — the most used document
    /// gets the whole weight, one used a tenth as often about half of it (log scale: a
    /// procedure used 10,000 times a year is not 100 times more likely than one used 100 times).
    public static var defaultUsageWeight: Double { 0.1 }

    public var preferred: Set<ID>
    public var uses: [ID: Int]
    public var levelWeight: Double
    public var usageWeight: Double
    /// log(1 + the most uses of any document), cached.
    let logMostUses: Double

    /// Fewer uses than this in all say more of chance than of use (a new site, a demo's
    /// generated dossiers): the usage prior then stays out.
    public static var minimumUses: Int { 1000 }

    public init(preferred: Set<ID> = [], uses: [ID: Int] = [:], levelWeight: Double = defaultLevelWeight, usageWeight: Double = defaultUsageWeight) {
        self.preferred = preferred
        let counted = uses.filter { $0.value > 0 }
        self.uses = counted.values.reduce(0, +) >= Self.minimumUses ? counted : [:]
        self.levelWeight = max(0, levelWeight)
        self.usageWeight = max(0, usageWeight)
        logMostUses = log1p(Double(self.uses.values.max() ?? 0))
    }

    public static var none: SearchPriors { SearchPriors() }

    /// True when every factor is 1.
    public var isNeutral: Bool {
        (preferred.isEmpty || levelWeight == 0) && (uses.isEmpty || usageWeight == 0)
    }

    /// What the document's score is multiplied by.
    public func factor(_ id: ID) -> Double {
        var factor = 1.0
        if levelWeight > 0, preferred.contains(id) { factor *= 1 + levelWeight }
        if usageWeight > 0, logMostUses > 0, let count = uses[id] {
            factor *= 1 + usageWeight * log1p(Double(count)) / logMostUses
        }
        return factor
    }
}
