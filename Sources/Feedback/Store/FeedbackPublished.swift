import Platform
import FeedbackRules
import FluentKit
import Foundation
import SQLKit
import TextSearch
import WorkCalendar

/// Published answers (Art. 19): only the redacted question and the answer leave this query;
/// the sender's columns are never selected.
public enum FeedbackPublished {
    public struct Item: Sendable, Hashable {
        public var code: String
        public var field: String
        public var unitID: UUID?
        public var contentKind: ContentKind
        public var publishedAt: LocalDateTime
        public var question: String
        public var answer: String
    }

    public struct Filter: Sendable {
        public var text = ""
        public var field = ""
        public var unit = ""
        public var from: LocalDate?
        public var to: LocalDate?
        public init() {}
    }

    public static func all(on db: any Database) async throws -> [Item] {
        let sql = db.sql
        return try await sql.raw("""
            SELECT code, field, unit_id, content_kind, published_at, published_question, published_answer
            FROM feedback_cases WHERE published_at IS NOT NULL ORDER BY published_at DESC, code DESC
            """).all().map { row in
            Item(code: try row.decode(column: "code", as: String.self), field: try row.decode(column: "field", as: String.self),
                 unitID: try row.decode(column: "unit_id", as: String?.self).flatMap(UUID.init(uuidString:)),
                 contentKind: ContentKind(rawValue: try row.decode(column: "content_kind", as: String.self)) ?? .otherIssue,
                 publishedAt: try row.decodeMoment(column: "published_at"),
                 question: try row.decode(column: "published_question", as: String?.self) ?? "",
                 answer: try row.decode(column: "published_answer", as: String?.self) ?? "")
        }
    }

    /// The items matching `filter`; the text matches without diacritics, every word (prefix) somewhere.
    public static func search(_ items: [Item], _ filter: Filter) -> [Item] {
        let words = Folding.words(filter.text)
        return items.filter { item in
            if !filter.field.isEmpty && item.field != filter.field { return false }
            if !filter.unit.isEmpty && item.unitID?.uuidString != filter.unit { return false }
            if let from = filter.from, item.publishedAt.date < from { return false }
            if let to = filter.to, item.publishedAt.date > to { return false }
            guard !words.isEmpty else { return true }
            let haystack = Set(Folding.words("\(item.code) \(item.field) \(item.question) \(item.answer)"))
            return words.allSatisfy { word in haystack.contains { $0.hasPrefix(word) } }
        }
    }
}
