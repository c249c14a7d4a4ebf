import FluentKit
import SQLKit
import WorkCalendar
import Foundation
import NIOConcurrencyHelpers
import Platform
import TextSearch

/// What a result line shows at a glance.
public struct ProcedureCard: Sendable, Equatable {
    public var code: String
    public var name: String
    public var field: String?
    public var levels: [String]
    public var agency: String?
    public var onlineLevel: OnlineLevel
    public var status: ProcedureStatus
    public var time: String?
    public var fee: String?
    public var timeEN: String?
    public var feeEN: String?

    init(_ p: Procedure) {
        code = p.code
        name = p.name
        field = p.field
        levels = p.levels
        agency = p.implementingAgency
        onlineLevel = p.onlineLevel
        status = p.status
        let channel = p.channels.first { $0.processingTime != nil } ?? p.channels.first
        // The portal lost the unit of some times ("1"): say so rather than show a bare number.
        let raw = channel.flatMap { $0.timeText.isEmpty ? nil : $0.timeText }
        let unitLost = raw.map { $0.allSatisfy { $0.isNumber || $0 == "." || $0 == "," } } ?? false
        time = channel?.processingTime?.summary(.vietnamese) ?? raw.map { unitLost ? S.catalogUnitLost.vi.replacingOccurrences(of: "{0}", with: $0) : $0 }
        timeEN = channel?.processingTime?.summary(.english) ?? raw.map { unitLost ? S.catalogUnitLost.en.replacingOccurrences(of: "{0}", with: $0) : $0 }
        fee = CatalogFormat.feeSummary(p, .vietnamese)
        feeEN = CatalogFormat.feeSummary(p, .english)
    }
}

public struct CatalogFilters: Sendable, Hashable {
    public var field: String?
    public var level: String?
    public var agency: String?
    public var online: OnlineLevel?
    public var includeAbolished = false
    public init() {}

    func matches(_ card: ProcedureCard) -> Bool {
        if let field, card.field != field { return false }
        if let level, !card.levels.contains(level) { return false }
        if let agency, card.agency != agency { return false }
        if let online, card.onlineLevel != online { return false }
        if !includeAbolished, card.status == .abolished { return false }
        return true
    }
}

public struct CatalogPage: Sendable {
    public var cards: [(card: ProcedureCard, matched: [String])]
    public var total: Int
    public var partial: Bool
    /// "Did you mean": the query's words with the misspelt ones corrected, when not every word
    /// was found.
    public var suggestion: String? = nil
}

/// The search index and result cards, in memory. Rebuilt when the catalogue version in the
/// database changes (checked at most once a second, and at once after a local write), so every
/// instance follows imports and edits.
public final class CatalogSearch: Sendable {
    struct State: Sendable {
        var version: String
        var index: SearchIndex<String>
        var cards: [String: ProcedureCard]
        var sorted: [String]
        var facets: Facets
        /// Abolished codes, so that the common unfiltered search needs no per-hit lookup.
        var abolished: Set<String>
        /// Each procedure's name as folded words, for the lexicon's special cases.
        var nameWords: [String: [String]]
        /// How citizens' words are read (see `Lexicon`, `LexiconStore`).
        var lexicon: Lexicon
        /// The site's level and how often each procedure is used (`SearchPriors`).
        var priors: SearchPriors<String> = .none
        /// Folded word → how the procedures' names spell it, for "did you mean".
        var spellings: [String: [String]] = [:]
    }

    public struct Facets: Sendable {
        public var fields: [String]
        public var levels: [String]
        public var agencies: [String]
    }

    private let state = NIOLockedValueBox<(State, checkedAt: ContinuousClock.Instant)?>(nil)
    /// Answers already given for the current version (`AnswerCache`).
    private let answers = AnswerCache<AnswerKey, CatalogPage>(capacity: 2048)
    /// The same answers as the API writes them (`searchRendered`).
    private let rendered = AnswerCache<RenderedKey, String>(capacity: 2048)
    /// The anonymous log of public searches and the results opened from them.
    public let log = SearchLog()
    public init() {}

    public func invalidate() {
        state.withLockedValue { $0 = nil }
        forgetAnswers()
    }

    /// The answers kept were given for a state that is gone.
    private func forgetAnswers() {
        answers.removeAll()
        rendered.removeAll()
    }

    /// What the search depends on besides the query: the catalogue (and lexicon), the site's unit
    /// and the usage counts. Read from the settings table at most once a second.
    static func version(on db: any Database) async throws -> String {
        let keys = [ProcedureStore.versionKey, Settings.siteUnitKey, ProcedureUsage.versionKey]
        let rows = try await db.sql.raw("SELECT key, value FROM settings WHERE key IN (\(binds: keys))").all()
        var values: [String: String] = [:]
        for row in rows { values[try row.decode(column: "key", as: String.self)] = try row.decode(column: "value", as: String.self) }
        return keys.map { values[$0] ?? "0" }.joined(separator: "|")
    }

    func current(_ db: any Database) async throws -> State {
        let now = ContinuousClock.now
        if let (cached, checkedAt) = state.withLockedValue({ $0 }), now - checkedAt < .seconds(1) { return cached }
        let version = try await Self.version(on: db)
        if let (cached, _) = state.withLockedValue({ $0 }), cached.version == version {
            state.withLockedValue { $0 = (cached, now) }
            return cached
        }
        let procedures = try await ProcedureStore.all(on: db)
        let level = SiteLevel.preference(of: try await Settings.siteUnit(on: db)?.kind)
        let priors = SearchPriors(
            preferred: Set(procedures.filter { !Set($0.levels).isDisjoint(with: level.levels) }.map(\.code)),
            uses: try await ProcedureUsage.all(on: db), levelWeight: level.weight)
        let built = Self.build(
            version: version, procedures: procedures, lexicon: Lexicon(try await LexiconStore.current(on: db).entries), priors: priors)
        state.withLockedValue { $0 = (built, now) }
        forgetAnswers()
        return built
    }

    static func build(version: String, procedures: [Procedure], lexicon: Lexicon = CatalogLexicon.shipped, priors: SearchPriors<String> = .none) -> State {
        var cards: [String: ProcedureCard] = [:]
        var documents: [SearchDocument<String>] = []
        for p in procedures {
            cards[p.code] = ProcedureCard(p)
            let fields = p.searchFields
            documents.append(SearchDocument(id: p.code, name: fields.name, field: fields.field, body: fields.body + " " + p.code))
        }
        let sorted = procedures.sorted { Folding.fold($0.name) < Folding.fold($1.name) }.map(\.code)
        func distinct(_ values: [String?]) -> [String] { Array(Set(values.compactMap { $0 }.filter { !$0.isEmpty })).sorted { $0.localizedStandardCompare($1) == .orderedAscending } }
        let facets = Facets(
            fields: distinct(procedures.map(\.field)), levels: distinct(procedures.flatMap(\.levels)),
            agencies: distinct(procedures.map(\.implementingAgency)))
        let abolished = Set(procedures.filter { $0.status == .abolished }.map(\.code))
        let nameWords = cards.mapValues { Folding.words($0.name) }
        return State(
            version: version, index: SearchIndex(documents), cards: cards, sorted: sorted, facets: facets, abolished: abolished,
            nameWords: nameWords, lexicon: lexicon, priors: priors, spellings: Spellings.all(in: procedures.map(\.name)))
    }

    public func facets(on db: any Database) async throws -> Facets {
        try await current(db).facets
    }

    public func card(_ code: String, on db: any Database) async throws -> ProcedureCard? {
        try await current(db).cards[code]
    }

    struct AnswerKey: Hashable, Sendable {
        var version: String
        var query: String
        var filters: CatalogFilters
        var offset: Int
        var limit: Int
    }

    struct RenderedKey: Hashable, Sendable {
        var answer: AnswerKey
        /// How it is written (the API's JSON in a language).
        var form: String
    }

    /// Searches (or lists, when the query is empty) with filters and paging. With `log` (a public
    /// search), the first page's query is counted in the anonymous log on `day`.
    public func search(
        _ query: String, filters: CatalogFilters, offset: Int, limit: Int, on db: any Database, log day: LocalDate? = nil
    ) async throws -> CatalogPage {
        try await answer(query, filters: filters, offset: offset, limit: limit, on: db, log: day).page
    }

    /// The same search, written by `render` (the API's JSON), kept beside the answer for the
    /// current version under `form`, so a common query is neither searched nor written again.
    public func searchRendered(
        _ query: String, filters: CatalogFilters, offset: Int, limit: Int, on db: any Database, log day: LocalDate? = nil,
        form: String, render: (CatalogPage) -> String
    ) async throws -> String {
        let (page, key) = try await answer(query, filters: filters, offset: offset, limit: limit, on: db, log: day)
        return rendered.value(for: RenderedKey(answer: key, form: form)) { render(page) }
    }

    private func answer(
        _ query: String, filters: CatalogFilters, offset: Int, limit: Int, on db: any Database, log day: LocalDate?
    ) async throws -> (page: CatalogPage, key: AnswerKey) {
        let state = try await current(db)
        let trimmed = query.trimmingCharacters(in: .whitespacesAndNewlines)
        // The same question, asked again of the same catalogue, gets the same answer: most
        // searches are a few common queries, so they are answered from memory.
        let key = AnswerKey(version: state.version, query: trimmed, filters: filters, offset: offset, limit: limit)
        let page = try answers.value(for: key) { try compute(trimmed, state, filters: filters, offset: offset, limit: limit) }
        if let day, offset == 0, !trimmed.isEmpty { log.searched(trimmed, found: page.total > 0 && !page.partial, day: day.iso) }
        return (page, key)
    }

    private func compute(_ trimmed: String, _ state: State, filters: CatalogFilters, offset: Int, limit: Int) throws -> CatalogPage {
        if trimmed.isEmpty {
            let codes = state.sorted.filter { state.cards[$0].map(filters.matches) ?? false }
            let page = codes.dropFirst(offset).prefix(limit).compactMap { state.cards[$0] }.map { ($0, [String]()) }
            return CatalogPage(cards: page, total: codes.count, partial: false)
        }
        let filter: (@Sendable (String) -> Bool)?
        if filters.field == nil, filters.level == nil, filters.agency == nil, filters.online == nil {
            let abolished = state.abolished
            if filters.includeAbolished || abolished.isEmpty {
                filter = nil
            } else {
                filter = { code in !abolished.contains(code) }
            }
        } else {
            let cards = state.cards
            filter = { code in cards[code].map(filters.matches) ?? false }
        }
        let (plan, results) = state.index.search(
            trimmed, lexicon: state.lexicon, names: state.nameWords, priors: state.priors, limit: limit, offset: offset, filter: filter)
        let suggestion = results.partial || results.total == 0 ? state.index.suggestion(for: plan, spellings: state.spellings) : nil
        return CatalogPage(
            cards: results.hits.compactMap { hit in state.cards[hit.id].map { ($0, hit.matchedWords) } },
            total: results.total, partial: results.partial, suggestion: suggestion)
    }
}
