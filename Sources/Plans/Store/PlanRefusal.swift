import Foundation
import PlanRules
import WorkCalendar
import Localization

/// Why a plan write was refused; nothing was written.
public struct PlanRefusal: Error, Sendable {
    public let text: LocalizedText
    public init(_ text: LocalizedText) { self.text = text }
}
