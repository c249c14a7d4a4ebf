import Foundation
import PlanRules
import WorkCalendar
import Localization

/// JSON of PlanRules values as stored in the database (sorted keys, stable).
enum PlanCoding {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try JSONDecoder().decode(type, from: Data(text.utf8))
    }
}

/// Why a plan write was refused; nothing was written.
public struct PlanRefusal: Error, Sendable {
    public let text: LocalizedText
    public init(_ text: LocalizedText) { self.text = text }
}
