import FluentKit
import Foundation
import Platform

/// The 2024 Diễn Châu communication plan and its reports (filled in with the Plans feature).
enum DemoPlans {
    static func load(_ env: AppEnvironment, _ units: [String: UnitRecord]) async throws {}
}
