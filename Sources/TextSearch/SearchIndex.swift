import Foundation

/// A document to index: a procedure's name, its field (lĩnh vực) and a body of further text.
public struct SearchDocument<ID: Hashable & Sendable>: Sendable, Hashable {
    public var id: ID
    public var name: String
    public var field: String
    public var body: String
    /// Added to the score of every match of this document (score units: an exact name match of
    /// one query word is worth 10).
    public var boost: Double

    public init(id: ID, name: String, field: String = "", body: String = "", boost: Double = 0) {
        self.id = id
        self.name = name
        self.field = field
        self.body = body
        self.boost = boost
    }
}

public struct SearchHit<ID: Hashable & Sendable>: Sendable, Hashable {
    public var id: ID
    public var score: Double
    /// The folded query words this document matched, in query order (for `Highlight`).
    public var matchedWords: [String]
    /// True for OR-fallback hits, which matched only some of the query words.
    public var partial: Bool

    public init(id: ID, score: Double, matchedWords: [String], partial: Bool = false) {
        self.id = id
        self.score = score
        self.matchedWords = matchedWords
        self.partial = partial
    }
}

public struct SearchResults<ID: Hashable & Sendable>: Sendable, Hashable {
    /// The requested page of hits, best first.
    public var hits: [SearchHit<ID>]
    /// Number of matching documents (after the filter), over all pages.
    public var total: Int
    /// True when no document matched every query word and these are OR-fallback results.
    public var partial: Bool

    public init(hits: [SearchHit<ID>], total: Int, partial: Bool = false) {
        self.hits = hits
        self.total = total
        self.partial = partial
    }
}

/// Immutable in-memory full-text index over Vietnamese text: diacritic-, case- and
/// word-order-insensitive, with prefix matching for words as they are typed.
///
/// Safe to share between tasks. To change it, build a new one with `updating(upserting:removing:)`
/// and swap the reference.
public final class SearchIndex<ID: Hashable & Sendable>: Sendable {
    /// Document ids in index order (ties in score are broken by this order).
    public let ids: [ID]
    let positions: [ID: Int32]
    let storage: IndexStorage

    /// Builds the index. When several documents share an id, the last one wins, at the position
    /// of the first.
    public convenience init(_ documents: [SearchDocument<ID>]) {
        var ids: [ID] = []
        var positions: [ID: Int32] = [:]
        var sources: [DocSource] = []
        ids.reserveCapacity(documents.count)
        sources.reserveCapacity(documents.count)
        for document in documents {
            let source = DocSource.text(name: document.name, field: document.field, body: document.body, boost: document.boost)
            if let position = positions[document.id] {
                sources[Int(position)] = source
            } else {
                positions[document.id] = Int32(ids.count)
                ids.append(document.id)
                sources.append(source)
            }
        }
        self.init(ids: ids, positions: positions, storage: IndexStorage.build(sources))
    }

    init(ids: [ID], positions: [ID: Int32], storage: IndexStorage) {
        self.ids = ids
        self.positions = positions
        self.storage = storage
    }

    /// Number of documents.
    public var count: Int { ids.count }

    /// Number of distinct folded words.
    public var vocabularySize: Int { storage.termCount }

    /// Approximate memory used by the index structures, in bytes (ids not included).
    public var approximateByteCount: Int { storage.byteCount }

    public func contains(_ id: ID) -> Bool { positions[id] != nil }

    /// Searches the index.
    ///
    /// Every query word must match a word of the document, in any field and any order; the last
    /// word as typed, and any word of three letters or more, may match the start of a word
    /// ("dang ky khai sin" finds "đăng ký khai sinh"). If no document matches every word, the
    /// documents matching some of them are returned instead, with `partial` set.
    ///
    /// - Parameters:
    ///   - limit: maximum number of hits returned.
    ///   - offset: number of best hits to skip (paging).
    ///   - filter: only documents whose id passes are returned and counted.
    ///   - fallback: false returns nothing rather than partial matches.
    public func search(
        _ query: String,
        limit: Int = 20,
        offset: Int = 0,
        filter: ((ID) -> Bool)? = nil,
        fallback: Bool = true
    ) -> SearchResults<ID> {
        let terms = storage.parse(query)
        let offset = min(max(0, offset), count)
        let limit = min(max(0, limit), count)
        let accept: ((Int32) -> Bool)? = filter.map { filter in { [ids] in filter(ids[Int($0)]) } }
        let ranked = storage.rank(terms, keep: offset + limit, accept: accept, fallback: fallback)
        let hits = ranked.top.dropFirst(offset).map { item in
            SearchHit(
                id: ids[Int(item.doc)],
                score: item.score,
                matchedWords: terms.indices.filter { item.matched & (1 << UInt64($0)) != 0 }.map { terms[$0].word },
                partial: ranked.partial
            )
        }
        return SearchResults(hits: hits, total: ranked.total, partial: ranked.partial)
    }

    /// A new index with `upserting` added (or replacing the document with the same id, in place)
    /// and the documents with ids in `removing` dropped. Removals are applied first, so a
    /// document both removed and upserted ends up present, at the end.
    ///
    /// Unchanged documents are not re-tokenized: their term lists are carried over and only the
    /// vocabulary and postings are rebuilt. The result is identical to building a new index from
    /// the resulting documents.
    public func updating(upserting: [SearchDocument<ID>] = [], removing: [ID] = []) -> SearchIndex<ID> {
        if upserting.isEmpty && removing.allSatisfy({ positions[$0] == nil }) { return self }
        let removed = Set(removing)
        var newIDs: [ID] = []
        var newPositions: [ID: Int32] = [:]
        var sources: [DocSource] = []
        newIDs.reserveCapacity(ids.count + upserting.count)
        sources.reserveCapacity(ids.count + upserting.count)
        for (index, id) in ids.enumerated() where !removed.contains(id) {
            newPositions[id] = Int32(newIDs.count)
            newIDs.append(id)
            sources.append(.existing(Int32(index)))
        }
        for document in upserting {
            let source = DocSource.text(name: document.name, field: document.field, body: document.body, boost: document.boost)
            if let position = newPositions[document.id] {
                sources[Int(position)] = source
            } else {
                newPositions[document.id] = Int32(newIDs.count)
                newIDs.append(document.id)
                sources.append(source)
            }
        }
        return SearchIndex(ids: newIDs, positions: newPositions, storage: IndexStorage.build(sources, previous: storage))
    }
}
