import Foundation

extension SearchIndex {
    /// When no rewrite matches in full, the partial matches of this many rewrites are searched.
    static var fallbackVariants: Int { 3 }

    /// Searches with each rewrite of a query plan and keeps each document's best score: the
    /// rewrite's weight applied and its length evened out (a score is a sum over the rewrite's
    /// words, so a longer rewrite would otherwise win by length alone). `factor` then scales
    /// each document's score (a penalty or a prior). Partial matches (some of a rewrite's words)
    /// are only looked for when no rewrite matches in full, as in the plain search. A plan with
    /// one rewrite and no factor ranks exactly as `search(_:limit:offset:filter:)`.
    ///
    /// - Parameter window: hits beyond the page taken from each rewrite, so that merging and
    ///   `factor` can promote them.
    public func search(
        _ plan: QueryPlan,
        limit: Int = 20,
        offset: Int = 0,
        window: Int = 20,
        filter: ((ID) -> Bool)? = nil,
        factor: ((ID) -> Double)? = nil
    ) -> SearchResults<ID> {
        let offset = max(0, offset), limit = max(0, limit)
        let keep = offset + limit + max(0, window)
        var best: [ID: (hit: SearchHit<ID>, order: Int)] = [:]
        var total = 0
        func merge(_ results: SearchResults<ID>, _ variant: QueryPlan.Variant, rank: Int) {
            total = max(total, results.total)
            let length = Double(max(1, variant.words.count))
            for (position, found) in results.hits.enumerated() {
                var hit = found
                hit.score = variant.weight * hit.score / length * (factor?(hit.id) ?? 1)
                let kept = best[hit.id]
                if let kept, (!kept.hit.partial && hit.partial) || (kept.hit.partial == hit.partial && kept.hit.score >= hit.score) { continue }
                best[hit.id] = (hit, kept?.order ?? rank * keep + position)
            }
        }
        // Every rewrite as a whole first; only when none matches in full, the best few rewrites'
        // partial matches (the costly OR fallback), as the plain search does.
        for (rank, variant) in plan.variants.enumerated() {
            merge(search(variant.text, limit: keep, offset: 0, filter: filter, fallback: false), variant, rank: rank)
        }
        let partial = total == 0
        if partial {
            for (rank, variant) in plan.variants.prefix(Self.fallbackVariants).enumerated() {
                merge(search(variant.text, limit: keep, offset: 0, filter: filter), variant, rank: rank)
            }
        }
        // A document matching every word of some rewrite ranks above one matching only some
        // words of any rewrite, whatever their scores.
        let ordered = best.values.sorted {
            if $0.hit.partial != $1.hit.partial { return !$0.hit.partial }
            return $0.hit.score > $1.hit.score || ($0.hit.score == $1.hit.score && $0.order < $1.order)
        }
        return SearchResults(hits: ordered.dropFirst(offset).prefix(limit).map(\.hit), total: total, partial: partial)
    }
}

extension SearchIndex {
    /// `query` read through `lexicon` and searched: the plan's rewrites, then the lexicon's factor
    /// from each document's name (folded words, `names`): actions asked for up, special cases not
    /// asked for down. The one way the catalogue, the benchmarks and the tests search.
    /// `priors` then scale each document by what is known of it before the query (the site's
    /// level, how often it is used).
    public func search(
        _ query: String, lexicon: Lexicon, names: [ID: [String]], priors: SearchPriors<ID> = .none,
        limit: Int = 20, offset: Int = 0, filter: ((ID) -> Bool)? = nil
    ) -> (plan: QueryPlan, results: SearchResults<ID>) {
        let plan = lexicon.understand(query)
        let neutral = priors.isNeutral
        let results = search(plan, limit: limit, offset: offset, filter: filter, factor: { id in
            let factor = lexicon.factor(name: names[id] ?? [], plan: plan)
            return neutral ? factor : factor * priors.factor(id)
        })
        return (plan, results)
    }
}
