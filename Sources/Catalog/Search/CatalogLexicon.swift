import Foundation
import TextSearch

/// The lexicon shipped with Minh Bạch (`Resources/lexicon.tsv`): everyday words for every field
/// of public administration, not only the procedures of one catalogue.
public enum CatalogLexicon {
    /// The shipped entries. A test keeps the file free of bad lines; were one ever shipped, the
    /// search would still run, with the words as typed.
    public static let shipped: Lexicon = {
        guard let url = Bundle.module.url(forResource: "lexicon", withExtension: "tsv", subdirectory: "Resources"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              case let parsed = LexiconFile.parse(text), parsed.errors.isEmpty
        else { return Lexicon([]) }
        return Lexicon(parsed.entries)
    }()

    /// The shipped file's text, as it is.
    public static var shippedText: String? {
        Bundle.module.url(forResource: "lexicon", withExtension: "tsv", subdirectory: "Resources")
            .flatMap { try? String(contentsOf: $0, encoding: .utf8) }
    }
}
