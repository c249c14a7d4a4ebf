import Localization

/// Why a write was refused by the rules or the store; nothing was written. Every feature's store
/// throws this one type. A handler that can show the form again catches it and puts the text
/// beside the form; one that does not is answered by the error middleware with 422 and the text,
/// as a page or as the API's JSON error, in the reader's language.
public struct Refusal: Error, Sendable {
    public let text: LocalizedText

    public init(_ text: LocalizedText) {
        self.text = text
    }

    public init(_ vi: String, _ en: String) {
        self.text = LocalizedText(vi: vi, en: en)
    }
}
