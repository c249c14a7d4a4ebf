import FluentKit
import Foundation
import NIOConcurrencyHelpers
import Platform
import SQLKit
import TextSearch
import WorkCalendar

/// The anonymous log of what citizens search for, so that editors can see the words the lexicon
/// lacks: per day and query, how often it was searched, how often it found nothing (or only some
/// of its words), and how often a result was opened. Only the words are kept (`QueryLogPolicy`:
/// nothing that may be a number or an address, no client address, no session, no time finer than
/// the day), and for `retentionDays`.
///
/// Counting costs a search no database work: counts gather in memory and each instance adds them
/// to the table every few seconds (`follow`), and once more when it stops. A crash loses at most
/// the last few seconds of counts — statistics, not anyone's submission.
public final class SearchLog: Sendable {
    struct Key: Hashable, Sendable {
        var day: String
        var query: String
    }

    struct Counts: Sendable, Equatable {
        var searches = 0
        var misses = 0
        var clicks = 0
    }

    /// Rows kept this many days.
    public static let retentionDays = 365
    /// Distinct queries held in memory between two flushes; beyond that new ones wait for the next.
    static let maxPending = 20_000
    static let flushInterval: Duration = .seconds(10)

    private let pending = NIOLockedValueBox<[Key: Counts]>([:])

    public init() {}

    /// A search for `query` on `day` (the local date), which found `found` documents matching every word.
    public func searched(_ query: String, found: Bool, day: String) {
        add(query, day: day) {
            $0.searches += 1
            if !found { $0.misses += 1 }
        }
    }

    /// A result of a search for `query` was opened.
    public func clicked(_ query: String, day: String) {
        add(query, day: day) { $0.clicks += 1 }
    }

    private func add(_ query: String, day: String, _ change: (inout Counts) -> Void) {
        guard let kept = QueryLogPolicy.loggable(query) else { return }
        let key = Key(day: day, query: kept)
        pending.withLockedValue { pending in
            guard pending[key] != nil || pending.count < Self.maxPending else { return }
            change(&pending[key, default: Counts()])
        }
    }

    /// Adds what was counted in memory to the table, and deletes rows past the retention. On
    /// failure the counts are kept for the next try.
    public func flush(on handle: DatabaseHandle, today: LocalDate) async throws {
        let batch = pending.withLockedValue { pending in
            defer { pending = [:] }
            return pending
        }
        let cutoff = today.adding(days: -Self.retentionDays).iso
        do {
            try await handle.writeTransaction { tx in
                for (key, counts) in batch {
                    try await tx.sql.raw("""
                        INSERT INTO search_queries (day, query, searches, misses, clicks)
                        VALUES (\(bind: key.day), \(bind: key.query), \(bind: counts.searches), \(bind: counts.misses), \(bind: counts.clicks))
                        ON CONFLICT (day, query) DO UPDATE SET
                          searches = search_queries.searches + excluded.searches,
                          misses = search_queries.misses + excluded.misses,
                          clicks = search_queries.clicks + excluded.clicks
                        """).run()
                }
                try await tx.sql.raw("DELETE FROM search_queries WHERE day < \(bind: cutoff)").run()
            }
        } catch {
            pending.withLockedValue { pending in
                for (key, counts) in batch {
                    var merged = pending[key, default: Counts()]
                    merged.searches += counts.searches
                    merged.misses += counts.misses
                    merged.clicks += counts.clicks
                    pending[key] = merged
                }
            }
            throw error
        }
    }

    /// Flushes every few seconds until cancelled, then once more.
    public func follow(_ handle: DatabaseHandle, clock: WallClock) async {
        while !Task.isCancelled {
            try? await Task.sleep(for: Self.flushInterval)
            try? await flush(on: handle, today: clock.today)
        }
        try? await flush(on: handle, today: clock.today)
    }

    /// One line of the staff page: a query and what it did over the chosen days.
    public struct Line: Sendable, Equatable {
        public var query: String
        public var searches: Int
        public var misses: Int
        public var clicks: Int

        public init(query: String, searches: Int, misses: Int, clicks: Int) {
            self.query = query
            self.searches = searches
            self.misses = misses
            self.clicks = clicks
        }
    }

    /// The queries of the days from `from` to `to` (inclusive), summed per query, most searched first.
    public static func lines(from: LocalDate, to: LocalDate, on db: any Database) async throws -> [Line] {
        try await db.sql.raw("""
            SELECT query, SUM(searches) AS searches, SUM(misses) AS misses, SUM(clicks) AS clicks
            FROM search_queries WHERE day >= \(bind: from.iso) AND day <= \(bind: to.iso)
            GROUP BY query ORDER BY SUM(searches) DESC, query LIMIT 5000
            """).all().map { row in
            Line(
                query: try row.decode(column: "query", as: String.self), searches: try row.decode(column: "searches", as: Int.self),
                misses: try row.decode(column: "misses", as: Int.self), clicks: try row.decode(column: "clicks", as: Int.self))
        }
    }
}
