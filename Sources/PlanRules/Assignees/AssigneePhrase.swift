import Foundation

/// An assignee as the plan writes it ("UBND các xã, thị trấn"), with a suggested kind.
/// Imported and seeded plans carry phrases; a person (or a lookup of unit names) turns each into
/// an `Assignee` before the plan is issued.
public struct AssigneePhrase: Sendable, Hashable, Codable {
    /// The wording, NFC, single-spaced.
    public let text: String
    /// What the wording most likely names.
    public let kind: Assignee.Kind

    public init(_ text: String, kind: Assignee.Kind) {
        self.text = VietnameseText.clean(text)
        self.kind = kind
    }

    /// For a position, the title and the unit or group it sits in:
    /// "Chủ tịch UBND các xã, thị trấn" → ("Chủ tịch", "UBND các xã, thị trấn").
    public var position: (title: String, holder: String)? {
        guard kind == .position else { return nil }
        let folded = VietnameseText.fold(text)
        let words = text.split(separator: " ", omittingEmptySubsequences: true)
        guard let title = AssigneePhrase.titles.first(where: { folded.hasPrefix($0 + " ") }) else { return nil }
        let count = title.split(separator: " ").count
        return (words.prefix(count).joined(separator: " "), words.dropFirst(count).joined(separator: " "))
    }

    /// An assignee that takes the folded wording as its identifier ("UBND các xã, thị trấn" →
    /// group `ubnd-cac-xa-thi-tran`). For demo data and tests; the product matches phrases to
    /// its stored units and groups instead.
    public var slugAssignee: Assignee {
        switch kind {
        case .unit: return .unit(UnitID(VietnameseText.slug(text)))
        case .group: return .group(GroupID(VietnameseText.slug(text)))
        case .open: return .open(text)
        case .position:
            guard let (title, holder) = position else { return .open(text) }
            let slug = VietnameseText.slug(holder)
            return .position(title: title, in: AssigneePhrase.suggestKind(for: holder) == .group
                ? .group(GroupID(slug)) : .unit(UnitID(slug)))
        }
    }

    /// Titles that make a phrase a position, folded, longest first.
    static let titles = ["pho chu tich", "chu tich", "pho truong", "truong", "giam doc", "chanh van phong",
                         "thu truong", "lanh dao"]

    /// The phrase with the kind `AssigneePhrase.suggestKind` gives it.
    public init(suggesting text: String) {
        self.init(text, kind: AssigneePhrase.suggestKind(for: text))
    }

    /// A guess from the wording, in this order:
    /// - open: "… có liên quan", "… liên quan", "cá nhân" (no unit can report for them);
    /// - position: starts with a title (Chủ tịch, Phó Chủ tịch, Trưởng, Phó Trưởng, Giám đốc,
    ///   Chánh Văn phòng, Thủ trưởng, Lãnh đạo);
    /// - group: a plural ("các …"), "cấp xã", "UBND xã", or "huyện, xã" (one per level);
    /// - unit: anything else.
    public static func suggestKind(for text: String) -> Assignee.Kind {
        let folded = VietnameseText.fold(text)
        if folded.contains("lien quan") || folded.contains("ca nhan") { return .open }
        if titles.contains(where: { folded.hasPrefix($0 + " ") }) { return .position }
        let words = folded.split(whereSeparator: { !$0.isLetter }).map(String.init)
        if words.contains("cac") || folded.contains("cap xa") || folded == "ubnd xa"
            || folded.contains("huyen, xa") { return .group }
        return .unit
    }

    /// Splits a table cell into phrases at ";" and line breaks (commas stay: they sit inside
    /// names such as "các Phòng, ban, ngành cấp huyện"), dropping list dashes and final full stops.
    public static func split(_ cell: String) -> [AssigneePhrase] {
        VietnameseText.listItems(cell).map { AssigneePhrase(suggesting: $0) }
    }
}

extension VietnameseText {
    /// The items of a cell listing several things: split at ";" and line breaks, list dashes
    /// and final full stops dropped, blanks skipped.
    static func listItems(_ cell: String) -> [String] {
        cell.precomposedStringWithCanonicalMapping
            .split(whereSeparator: { $0 == ";" || $0.isNewline })
            .map { part -> String in
                var text = VietnameseText.clean(String(part))
                if text.hasPrefix("- ") || text.hasPrefix("+ ") { text.removeFirst(2) }
                while text.hasSuffix(".") { text.removeLast() }
                return VietnameseText.clean(text)
            }
            .filter { !$0.isEmpty }
    }
}
