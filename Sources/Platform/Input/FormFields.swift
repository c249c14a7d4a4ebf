import Foundation
import Localization

/// Decoded `application/x-www-form-urlencoded` fields (or a query string).
public struct FormFields: Sendable {
    /// The fields in the order sent. A form or a query has a few dozen fields at most, so a
    /// lookup scans the list: cheaper than building a dictionary of arrays on every request.
    public private(set) var pairs: [(name: String, value: String)] = []

    public init(_ pairs: [(String, String)] = []) {
        self.pairs = pairs.map { (name: $0.0, value: $0.1) }
    }

    public init(urlEncoded body: String) {
        for pair in body.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            pairs.append((name: Self.decode(parts[0]), value: parts.count > 1 ? Self.decode(parts[1]) : ""))
        }
    }

    /// Every field's values by name, in the order sent.
    public var values: [String: [String]] {
        var values: [String: [String]] = [:]
        for (name, value) in pairs { values[name, default: []].append(value) }
        return values
    }

    static func decode(_ part: Substring) -> String {
        if !part.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) { return String(part) }
        let plus = part.replacingOccurrences(of: "+", with: " ")
        return plus.removingPercentEncoding ?? plus
    }

    public subscript(_ key: String) -> String? { pairs.first { $0.name == key }?.value }
    public func all(_ key: String) -> [String] { pairs.compactMap { $0.name == key ? $0.value : nil } }
}

/// One field's error, with the message already in the reader's language.
public struct FieldError: Sendable, Equatable {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }
}

/// Reads typed values out of form fields, collecting every error at once so the person
/// can fix them all in one go. Nothing is written until `errors` is empty.
public struct FormReader {
    public let fields: FormFields
    public let language: Language
    public private(set) var errors: [FieldError] = []
    /// The cleaned values, to show back in the form when it is refused.
    public private(set) var echo: [String: String] = [:]

    public init(_ fields: FormFields, language: Language) {
        self.fields = fields
        self.language = language
    }

    public mutating func text(
        _ name: String, label: LocalizedText, required: Bool = false, maxLength: Int = 200, multiline: Bool = false
    ) -> String? {
        let raw = fields[name] ?? ""
        if let problem = InputText.problem(raw, maxLength: maxLength * 4, multiline: multiline), problem == .controlCharacters {
            echo[name] = raw.filter { !$0.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" } }
            fail(name, label, problem)
            return nil
        }
        let value = InputText.clean(raw)
        echo[name] = value
        if let problem = InputText.problem(value, maxLength: maxLength, multiline: multiline) {
            fail(name, label, problem)
            return nil
        }
        if value.isEmpty {
            if required { fail(name, label, .missing) }
            return nil
        }
        return value
    }

    public mutating func fail(_ name: String, _ label: LocalizedText, _ problem: InputProblem) {
        errors.append(FieldError(field: name, message: S.fieldProblem(label, problem, language)))
    }

    public mutating func fail(_ name: String, message: String) {
        errors.append(FieldError(field: name, message: message))
    }

    public var isValid: Bool { errors.isEmpty }
}
