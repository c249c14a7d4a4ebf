import Foundation

/// Measures a search against labelled queries: the share whose first acceptable answer is
/// first (top-1) or in the first three (top-3), and the mean reciprocal rank over the first ten.
/// Used by `search-bench --evaluate` and by the tests, on the same file.
public enum SearchEvaluation {
    public struct Case: Sendable, Equatable {
        public var query: String
        /// Any of these answers the query.
        public var acceptable: Set<String>
        public var style: String

        public init(query: String, acceptable: Set<String>, style: String = "") {
            self.query = query
            self.acceptable = acceptable
            self.style = style
        }
    }

    public struct Outcome: Sendable {
        public var query: Case
        /// 1-based rank of the first acceptable answer in the first ten, or nil.
        public var rank: Int?
        public var top: [String]
    }

    public struct Figures: Sendable {
        public var outcomes: [Outcome]
        public var top1: Double { share { $0 == 1 } }
        public var top3: Double { share { $0 <= 3 } }
        public var reciprocalRank: Double {
            outcomes.isEmpty ? 0 : outcomes.map { $0.rank.map { 1 / Double($0) } ?? 0 }.reduce(0, +) / Double(outcomes.count)
        }
        public var failures: [Outcome] { outcomes.filter { ($0.rank ?? 99) > 3 } }

        func share(_ good: (Int) -> Bool) -> Double {
            outcomes.isEmpty ? 0 : Double(outcomes.filter { $0.rank.map(good) ?? false }.count) / Double(outcomes.count)
        }
    }

    /// Reads `query<TAB>codes separated by spaces<TAB>style` lines; `#` comments and the header skipped.
    public static func cases(_ text: String) -> [Case] {
        text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.hasPrefix("query\t") else { return nil }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count >= 2, !columns[0].isEmpty else { return nil }
            return Case(query: columns[0], acceptable: Set(columns[1].split(separator: " ").map(String.init)),
                        style: columns.count > 2 ? columns[2] : "")
        }
    }

    /// Runs every case through `search` (the ids it returns, best first).
    public static func run(_ cases: [Case], _ search: (String) -> [String]) -> Figures {
        Figures(outcomes: cases.map { item in
            let top = Array(search(item.query).prefix(10))
            return Outcome(query: item, rank: top.firstIndex(where: item.acceptable.contains).map { $0 + 1 }, top: top)
        })
    }
}
