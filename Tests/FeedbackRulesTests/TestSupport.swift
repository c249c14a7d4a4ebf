import FeedbackRules
import Foundation
import WorkCalendar

/// One calendar for every test: the bundled decisions (Tết 2025 25/01–02/02, the 2025 swap
/// of Saturday 26/04 for Friday 02/05).
let calendar: HolidayCalendar = {
    do { return try HolidayCalendar.bundled() } catch { fatalError("bundled calendar: \(error)") }
}()

/// `yyyy-MM-dd`.
func day(_ iso: String) -> LocalDate {
    guard let value = LocalDate(iso: iso) else { fatalError("bad date \(iso)") }
    return value
}

/// `yyyy-MM-ddTHH:mm`.
func at(_ iso: String) -> LocalDateTime {
    guard let value = LocalDateTime(iso: iso) else { fatalError("bad moment \(iso)") }
    return value
}

let officer = Actor.staff("can-bo-tiep-nhan")
let handler = Actor.staff("chuyen-vien-tu-phap")
let coordinator = Actor.staff("dau-moi-kiem-soat")

/// A new case received at `moment`.
func newCase(_ moment: String = "2025-03-03T08:00", channel: FeedbackChannel = .webForm,
             kind: ContentKind = .unsuitedToReality, rules: FeedbackRuleSet = .standard) -> FeedbackCase {
    FeedbackCase(receivedAt: at(moment), channel: channel, contentKind: kind, rules: rules, calendar: calendar)
}

/// Applies events that must all succeed.
func run(_ feedback: FeedbackCase, _ steps: [(FeedbackEvent, Actor)]) -> FeedbackCase {
    var result = feedback
    for (event, actor) in steps {
        do { try result.apply(event, by: actor, calendar: calendar) } catch {
            fatalError("\(event.kind) refused: \(error.message(.en))")
        }
    }
    return result
}

/// SplitMix64: a small seeded generator so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Lower case, no diacritics, đ → d: how a value may be retyped.
func plain(_ text: String) -> String {
    text.precomposedStringWithCanonicalMapping.replacingOccurrences(of: "đ", with: "d")
        .replacingOccurrences(of: "Đ", with: "D").folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
}
