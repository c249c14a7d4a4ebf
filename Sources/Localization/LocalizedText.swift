import Foundation

/// The languages of every screen, message and document: Vietnamese first, English on request.
public enum Language: String, Sendable, Codable, CaseIterable {
    case vi, en

    /// From an `Accept-Language` header: English only when asked for before Vietnamese.
    public static func preferred(acceptLanguage: String?) -> Language? {
        guard let header = acceptLanguage?.lowercased() else { return nil }
        for part in header.split(separator: ",") {
            let tag = part.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            if tag.hasPrefix("vi") { return .vi }
            if tag.hasPrefix("en") { return .en }
        }
        return nil
    }
}

/// One piece of user-facing text in every language we ship: the strings catalogues (`S`) of
/// Platform and the features, and the rules modules' messages alike. Vietnamese literals are NFC.
public struct LocalizedText: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    public init(_ vi: String, _ en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .vi ? vi : en
    }

    /// The text in `language` with `{0}`, `{1}`… filled with the arguments.
    public func callAsFunction(_ language: Language, _ arguments: String...) -> String {
        var text = self(language)
        for (index, argument) in arguments.enumerated() {
            text = text.replacingOccurrences(of: "{\(index)}", with: argument)
        }
        return text
    }
}
