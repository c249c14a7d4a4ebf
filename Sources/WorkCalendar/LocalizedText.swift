/// A user-facing sentence in Vietnamese and English, as the rules modules write them (their
/// Vietnamese literals are NFC). One type for all of them, so that a file importing several
/// rules modules needs no qualification.
public struct LocalizedText: Sendable, Hashable, Codable {
    public let vi: String
    public let en: String

    public init(vi: String, en: String) {
        self.vi = vi
        self.en = en
    }

    /// The text in `language`.
    public func callAsFunction(_ language: Language) -> String {
        language == .vi ? vi : en
    }
}
