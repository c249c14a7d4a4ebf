import WorkCalendar

/// A user-facing sentence in Vietnamese and English. Vietnamese literals in this module are NFC.
///
/// The same shape as `DossierRules.LocalizedText`; a file that imports both modules spells it
/// `PlanRules.LocalizedText`.
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
