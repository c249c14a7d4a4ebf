import FeedbackRules
import Foundation
import WorkCalendar
import TestKit

let officer = CaseActor.staff("can-bo-tiep-nhan")
let handler = CaseActor.staff("chuyen-vien-tu-phap")
let coordinator = CaseActor.staff("dau-moi-kiem-soat")

/// A new case received at `moment`.
func newCase(_ moment: String = "2025-03-03T08:00", channel: FeedbackChannel = .webForm,
             kind: ContentKind = .unsuitedToReality, rules: FeedbackRuleSet = .standard) -> FeedbackCase {
    FeedbackCase(receivedAt: at(moment), channel: channel, contentKind: kind, rules: rules, calendar: calendar)
}

/// Applies events that must all succeed.
func run(_ feedback: FeedbackCase, _ steps: [(FeedbackEvent, CaseActor)]) -> FeedbackCase {
    var result = feedback
    for (event, actor) in steps {
        do { try result.apply(event, by: actor, calendar: calendar) } catch {
            fatalError("\(event.kind) refused: \(error.message(.en))")
        }
    }
    return result
}

/// Lower case, no diacritics, đ → d: how a value may be retyped.
func plain(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "đ", with: "d")
        .replacingOccurrences(of: "Đ", with: "D").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
}
