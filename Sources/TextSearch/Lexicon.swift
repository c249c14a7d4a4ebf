import Foundation

/// The everyday words people type, and what they stand for in the words of procedure names: the
/// query side of the search. A lexicon turns one query into a few weighted rewrites (a
/// `QueryPlan`); the index is searched with each and the best score per document is kept.
///
/// Phrases are matched on folded whole words (`Folding`), so "bang lai" and "bằng lái" are the
/// same phrase. At each position of the query the longest phrase of any kind wins, so "xin phép
/// xây nhà" (a synonym) is read before "xin" (an action word).
///
/// Kinds:
/// - `synonym`: the phrase stands for each meaning ("sổ đỏ" → "giấy chứng nhận quyền sử dụng
///   đất"); with `bothWays`, each meaning also stands for the phrase ("cccd" ⇄ "căn cước công dân").
/// - `intent`: an action word ("mất", "làm", "xin"): left out of the words to find, and the
///   procedures whose names carry its meaning ("cấp lại", "cấp", or the word itself when listed)
///   are ranked up. The words as typed are tried too, so "mất" still finds "Trình báo mất …" and
///   an official name typed in full ("Xóa đăng ký …") still finds itself first.
/// - `filler`: words that carry no content ("tôi muốn", "cần những giấy tờ gì"): left out, unless
///   the query has nothing else.
/// - `variant`: words naming a special case of a procedure ("có yếu tố nước ngoài", "lưu động");
///   procedures whose names have them rank below the plain one unless the query names them too.
public struct Lexicon: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case synonym, intent, filler, variant
    }

    public struct Entry: Sendable, Equatable, Codable {
        public var kind: Kind
        /// What people type.
        public var phrase: String
        /// What it stands for in procedure names; empty for fillers and variants.
        public var means: [String]
        /// How much a rewrite is trusted against the words as typed, in (0, 1].
        public var weight: Double
        /// Synonyms only: each meaning also stands for the phrase.
        public var bothWays: Bool

        public init(_ kind: Kind, _ phrase: String, means: [String] = [], weight: Double = Lexicon.defaultWeight, bothWays: Bool = false) {
            self.kind = kind
            self.phrase = phrase
            self.means = means
            self.weight = weight
            self.bothWays = bothWays
        }
    }

    public static let defaultWeight = 0.9
    /// The weight of the words as typed, action words kept, when the query has action words.
    public static let typedIntentWeight = 1.0
    /// A procedure whose name carries the action the query asks for has its score multiplied by this.
    public static let intentBoost = 1.25
    /// A procedure naming a special case the query did not ask for has its score multiplied by this.
    public static let variantPenalty = 0.6
    /// At most this many rewrites are searched per query (the words as typed included).
    public static let maxVariants = 6
    /// Queries longer than this are taken as typed (no one types a 30-word question).
    public static let maxWords = 24

    public let entries: [Entry]
    /// Folded phrase → what it may be read as. Fillers have no readings.
    let rules: [[String]: Rule]
    /// Longest phrase in words, to bound the matching.
    let longest: Int
    let variantPhrases: [[String]]

    struct Rule: Sendable, Equatable {
        var kind: Kind
        var readings: [(words: [String], weight: Double)]
        /// The phrase as written in the lexicon (lower case, with its marks): for an action or a
        /// filler, a word typed with marks must carry the same ones ("mật mã" is not "mất"); a word
        /// typed without marks matches either.
        var spellings: [[String]] = []

        static func == (a: Rule, b: Rule) -> Bool {
            a.kind == b.kind && a.readings.map(\.words) == b.readings.map(\.words) && a.readings.map(\.weight) == b.readings.map(\.weight)
        }
    }

    public init(_ entries: [Entry]) {
        self.entries = entries
        var rules: [[String]: Rule] = [:]
        var variants: [[String]] = []
        func add(_ phrase: [String], _ kind: Kind, _ readings: [(words: [String], weight: Double)], spelled: [String]) {
            guard !phrase.isEmpty else { return }
            var rule = rules[phrase] ?? Rule(kind: kind, readings: [])
            if spelled.count == phrase.count, !rule.spellings.contains(spelled) { rule.spellings.append(spelled) }
            // A phrase that is a synonym somewhere and an action word elsewhere keeps the first kind.
            // An action's readings are the words that rank procedures up, itself included when
            // listed ("xóa" → "xóa | thu hồi"); a synonym reading itself would be a no-op.
            for reading in readings where (kind == .intent || reading.words != phrase) && !rule.readings.contains(where: { $0.words == reading.words }) {
                rule.readings.append(reading)
            }
            rules[phrase] = rule
        }
        for entry in entries {
            let phrase = Folding.words(entry.phrase)
            let spelled = Self.markedWords(entry.phrase)
            let weight = min(1, max(0.01, entry.weight))
            let means = entry.means.map(Folding.words).filter { !$0.isEmpty }
            switch entry.kind {
            case .filler:
                add(phrase, .filler, [], spelled: spelled)
            case .variant:
                if !phrase.isEmpty { variants.append(phrase) }
            case .intent:
                add(phrase, .intent, means.map { ($0, weight) }, spelled: spelled)
            case .synonym:
                add(phrase, .synonym, means.map { ($0, weight) }, spelled: spelled)
                if entry.bothWays {
                    for (meaning, text) in zip(means, entry.means.filter { !Folding.words($0).isEmpty }) {
                        add(meaning, .synonym, [(phrase, weight)], spelled: Self.markedWords(text))
                    }
                }
            }
        }
        self.rules = rules
        self.variantPhrases = variants
        self.longest = rules.keys.map(\.count).max() ?? 0
    }

    public static func == (a: Lexicon, b: Lexicon) -> Bool { a.entries == b.entries }

    /// Reads a query: its content words, its rewrites, the actions and special cases it names.
    public func understand(_ query: String) -> QueryPlan {
        let words = Folding.words(query)
        let marked = Self.markedWords(query)
        let asked = variantPhrases.filter { Self.contains(words, $0) }
        let asTyped = QueryPlan(
            variants: [.init(words: words, weight: 1)], askedVariants: asked, boosts: [], dropped: [], typed: words,
            typedSpelled: marked.count == words.count ? marked : words)
        guard !words.isEmpty, words.count <= Self.maxWords else { return asTyped }
        // Segments: a plain word, or a phrase of the lexicon with its rule.
        enum Segment { case word(String), phrase([String], Rule) }
        var segments: [Segment] = []
        var dropped: [String] = []
        var droppedAt = IndexSet()
        var i = 0
        while i < words.count {
            var matched = false
            for length in stride(from: min(longest, words.count - i), through: 1, by: -1) {
                let phrase = Array(words[i..<(i + length)])
                // Words left out (actions, fillers) must be spelled alike; a synonym only adds a
                // rewrite, so a mistyped mark ("đôc thân") still finds it.
                guard let rule = rules[phrase],
                      rule.kind == .synonym || Self.spelledAlike(marked, from: i, words: words, rule.spellings) else { continue }
                if rule.kind == .filler {
                    dropped += phrase
                    droppedAt.insert(integersIn: i..<(i + length))
                } else {
                    segments.append(.phrase(phrase, rule))
                }
                i += length
                matched = true
                break
            }
            if !matched {
                segments.append(.word(words[i]))
                i += 1
            }
        }
        var boosts: [[String]] = []
        for case .phrase(_, let rule) in segments where rule.kind == .intent {
            for reading in rule.readings where !boosts.contains(reading.words) { boosts.append(reading.words) }
        }
        /// The words, with phrase `index` read as `reading` (nil: as typed); action words left out
        /// unless `intents`.
        func render(_ choice: [Int: Int], intents: Bool = false) -> [String] {
            var out: [String] = []
            for (index, segment) in segments.enumerated() {
                switch segment {
                case .word(let word): out.append(word)
                case .phrase(let phrase, let rule):
                    if rule.kind == .intent {
                        if intents { out += phrase }
                    } else if let reading = choice[index] {
                        out += rule.readings[reading].words
                    } else {
                        out += phrase
                    }
                }
            }
            return Self.collapsingRepeats(out)
        }
        let content = render([:])
        if content.isEmpty {
            // Nothing but fillers and action words ("thủ tục", "làm"): take the words as typed.
            return asTyped
        }
        var variants: [QueryPlan.Variant] = []
        func offer(_ words: [String], _ weight: Double) {
            guard !words.isEmpty, variants.count < Self.maxVariants, !variants.contains(where: { $0.words == words }) else { return }
            variants.append(.init(words: words, weight: weight))
        }
        offer(content, 1)
        // Each phrase read each way, the others as typed; every phrase read its best way; the
        // action words as typed.
        var candidates: [([String], Double)] = []
        var best: [Int: Int] = [:]
        var bestWeight = 1.0
        for (index, segment) in segments.enumerated() {
            guard case .phrase(_, let rule) = segment, rule.kind == .synonym, !rule.readings.isEmpty else { continue }
            for (reading, option) in rule.readings.enumerated() {
                candidates.append((render([index: reading]), option.weight))
            }
            if let top = rule.readings.indices.max(by: { rule.readings[$0].weight < rule.readings[$1].weight }) {
                best[index] = top
                bestWeight *= rule.readings[top].weight
            }
        }
        // Every phrase read its best way is kept whatever the cap: with three or more phrases it
        // is often the only rewrite in the procedures' own words.
        if best.count > 1 { offer(render(best), bestWeight) }
        if !boosts.isEmpty { candidates.append((render([:], intents: true), Self.typedIntentWeight)) }
        for (words, weight) in candidates.sorted(by: { $0.1 > $1.1 }) { offer(words, weight) }
        // A special case read into the query by a synonym ("lấy chồng nước ngoài" → "… có yếu tố
        // nước ngoài") is asked for as much as one typed.
        // So is one an action asks for ("mất" → "cấp lại"): a renewal ranks below the first issue
        // unless the query asks for it.
        var askedOrRead = asked
        for phrase in variantPhrases where !askedOrRead.contains(phrase)
            && (variants.contains(where: { Self.contains($0.words, phrase) }) || boosts.contains(where: { Self.contains($0, phrase) })) {
            askedOrRead.append(phrase)
        }
        let typed = render([:], intents: true)
        // The same words as typed, with their marks, when they line up one to one.
        let spelled = marked.count == words.count ? marked.indices.filter { !droppedAt.contains($0) }.map { marked[$0] } : []
        return QueryPlan(
            variants: variants, askedVariants: askedOrRead, boosts: boosts, dropped: dropped, typed: typed,
            typedSpelled: spelled.count == typed.count ? spelled : typed)
    }

    /// What a document's score is multiplied by for this query, from its name's folded words:
    /// up for the action asked, down for a special case not asked.
    public func factor(name words: [String], plan: QueryPlan) -> Double {
        var factor = 1.0
        if plan.boosts.contains(where: { Self.contains(words, $0) }) { factor *= Self.intentBoost }
        if namesUnaskedVariant(words, plan: plan) { factor *= Self.variantPenalty }
        return factor
    }

    /// Lower-case words with their marks, split where `Folding.words` splits.
    static func markedWords(_ text: String) -> [String] {
        text.precomposedStringWithCanonicalMapping.lowercased().split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// Whether the typed words from `start` agree with one of the phrase's spellings: each word
    /// typed without marks agrees with anything; a word typed with marks must be the same word.
    static func spelledAlike(_ marked: [String], from start: Int, words: [String], _ spellings: [[String]]) -> Bool {
        guard marked.count == words.count, !spellings.isEmpty else { return true }
        return spellings.contains { spelling in
            spelling.indices.allSatisfy { k in
                let typed = marked[start + k]
                return typed == words[start + k] || typed == spelling[k]
            }
        }
    }

    /// "đăng ký đăng ký kết hôn" (a meaning that repeats the words before it) → "đăng ký kết hôn".
    static func collapsingRepeats(_ words: [String]) -> [String] {
        var words = words
        var length = words.count / 2
        while length >= 1 {
            var start = 0
            while start + 2 * length <= words.count {
                if words[start..<(start + length)] == words[(start + length)..<(start + 2 * length)] {
                    words.removeSubrange((start + length)..<(start + 2 * length))
                } else {
                    start += 1
                }
            }
            length -= 1
        }
        return words
    }

    /// Whether `words` names one of the special cases (a variant phrase) the query did not ask,
    /// and none that it asked ("cấp lại … do bị mất hoặc cấp đổi …" answers "mất").
    public func namesUnaskedVariant(_ words: [String], plan: QueryPlan) -> Bool {
        guard !plan.askedVariants.contains(where: { Self.contains(words, $0) }) else { return false }
        return variantPhrases.contains { phrase in !plan.askedVariants.contains(phrase) && Self.contains(words, phrase) }
    }

    static func contains(_ words: [String], _ phrase: [String]) -> Bool {
        guard !phrase.isEmpty, phrase.count <= words.count else { return false }
        for start in 0...(words.count - phrase.count) where words[start] == phrase[0] {
            if Array(words[start..<(start + phrase.count)]) == phrase { return true }
        }
        return false
    }
}

/// How a query is searched: rewrites with their weights, best first (the content words as
/// typed come first, at weight 1).
public struct QueryPlan: Sendable, Equatable {
    public struct Variant: Sendable, Equatable {
        /// Folded words.
        public var words: [String]
        public var weight: Double
        public var text: String { words.joined(separator: " ") }
    }

    public var variants: [Variant]
    /// The variant phrases (folded) the query names itself.
    public var askedVariants: [[String]]
    /// The actions the query asks for, as words of procedure names (folded).
    public var boosts: [[String]]
    /// The filler words left out.
    public var dropped: [String]
    /// The words typed, fillers left out (what "did you mean" corrects).
    public var typed: [String]
    /// `typed` as it was typed: lower case, with its marks (the same count of words).
    public var typedSpelled: [String]

    public init(variants: [Variant], askedVariants: [[String]], boosts: [[String]], dropped: [String], typed: [String], typedSpelled: [String]? = nil) {
        self.variants = variants
        self.askedVariants = askedVariants
        self.boosts = boosts
        self.dropped = dropped
        self.typed = typed
        self.typedSpelled = typedSpelled ?? typed
    }
}
