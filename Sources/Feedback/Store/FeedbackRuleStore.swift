import FeedbackRules
import FluentKit
import Foundation
import Platform
import WorkCalendar
import Localization

/// The deadline rules in force, kept as JSON in the settings table (audited by `Settings.set`).
/// A case keeps the rule set it was received under (its version is on every deadline), so a
/// change never rewrites old cases. Without a saved set, Decree 20's defaults apply.
public enum FeedbackRuleStore {
    static let key = "feedback.rules"

    public static func current(on db: any Database) async throws -> FeedbackRuleSet {
        guard let text = try await Settings.get(key, on: db), let saved = try? StoredJSON.decode(FeedbackRuleSet.self, text) else {
            return .standard
        }
        return saved
    }

    /// Saves the set made of these values (working days), under a new version.
    /// A deadline for one class of Art. 9 and/or one channel, overriding the general one.
    public struct Override: Sendable, Hashable {
        public var kind: DeadlineKind
        public var caseClass: CaseClass?
        public var channel: FeedbackChannel?
        public var days: Int

        public init(kind: DeadlineKind, caseClass: CaseClass?, channel: FeedbackChannel?, days: Int) {
            self.kind = kind
            self.caseClass = caseClass
            self.channel = channel
            self.days = days
        }
    }

    public static func save(forwardDays: Int, answerDays: Int, nearDays: Int, maxReopenings: Int, distinctApprover: Bool,
                            overrides: [Override] = [], actor: AuditActor, on db: any Database) async throws {
        let stamp = LocalDateTime(actor.at).iso
        let rules = [
            DeadlineRule(kind: .forward, period: .workingDays(forwardDays), basis: LocalizedText(
                vi: "Chuyển trong \(forwardDays) ngày làm việc kể từ ngày tiếp nhận (điểm d khoản 1 Điều 9 Nghị định 20/2008/NĐ-CP; cấu hình ngày \(stamp))",
                en: "Forward within \(forwardDays) working days of reception (Decree 20/2008 Art. 9.1.d; configured \(stamp))")),
            DeadlineRule(kind: .answer, period: .workingDays(answerDays), basis: LocalizedText(
                vi: "Trả lời trong \(answerDays) ngày làm việc kể từ ngày tiếp nhận (cấu hình ngày \(stamp))",
                en: "Answer within \(answerDays) working days of reception (configured \(stamp))")),
        ] + overrides.map { o in
            let scope = [o.caseClass.map { $0.name.vi }, o.channel.map { $0.name.vi }].compactMap { $0 }.joined(separator: ", ")
            let scopeEN = [o.caseClass.map { $0.name.en }, o.channel.map { $0.name.en }].compactMap { $0 }.joined(separator: ", ")
            return DeadlineRule(kind: o.kind, caseClass: o.caseClass, channel: o.channel, period: .workingDays(o.days), basis: LocalizedText(
                vi: "\(o.kind.name.vi) trong \(o.days) ngày làm việc đối với: \(scope) (cấu hình ngày \(stamp))",
                en: "\(o.kind.name.en) within \(o.days) working days for: \(scopeEN) (configured \(stamp))"))
        }
        let set = FeedbackRuleSet(version: "cfg-\(stamp)", reference: FeedbackRuleSet.standard.reference, rules: rules,
                                  nearWorkingDays: nearDays, maxReopenings: maxReopenings, requireDistinctApprover: distinctApprover)
        try await Settings.set(key, try StoredJSON.encode(set), actor: actor, on: db)
    }
}
