import FluentKit
import Foundation
import Platform

/// Demo feedback and petitions (filled in with the Feedback feature).
enum DemoFeedback {
    static func load(_ env: AppEnvironment, _ units: [String: UnitRecord]) async throws {}
}
