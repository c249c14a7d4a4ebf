import Foundation
import Platform
import Localization

enum CatalogFormat {
    static func language(_ lang: Language) -> CatalogLanguage { lang == .vi ? .vietnamese : .english }

    /// "Lệ phí 8.000 đồng" / "Free" / nil when the source says nothing.
    static func feeSummary(_ p: Procedure, _ lang: CatalogLanguage) -> String? {
        let fees = p.channels.flatMap(\.fees)
        if fees.isEmpty { return nil }
        if fees.allSatisfy(\.isFree) { return lang == .vietnamese ? S.catalogFree.vi : S.catalogFree.en }
        let priced = fees.compactMap(\.amountVND).filter { $0 > 0 }
        guard let low = priced.min(), let high = priced.max() else { return fees.first?.description }
        return low == high ? vnd(low, lang) : "\(vnd(low, lang)) – \(vnd(high, lang))"
    }

    /// A channel's processing time; a bare number from the source is flagged as having no unit.
    static func time(_ channel: Channel, _ lang: CatalogLanguage) -> String {
        if let time = channel.processingTime { return time.summary(lang) }
        let raw = channel.timeText
        if raw.isEmpty { return "—" }
        let copy = lang == .vietnamese ? S.catalogUnitLost.vi : S.catalogUnitLost.en
        return raw.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) ? copy.replacingOccurrences(of: "{0}", with: raw) : raw
    }

    static func vnd(_ amount: Int, _ lang: CatalogLanguage) -> String {
        var digits = String(amount)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits = String(digits.dropLast(3))
        }
        groups.insert(digits, at: 0)
        let currency = lang == .vietnamese ? S.catalogCurrency.vi : S.catalogCurrency.en
        return groups.joined(separator: lang == .vietnamese ? "." : ",") + " " + currency
    }

    /// The name with the matched words wrapped in `<mark>`.
    static func highlighted(_ text: String, _ terms: [String]) -> HTMLNode {
        guard !terms.isEmpty else { return .text(text) }
        return .fragment(Highlight.segments(text, terms: terms).map { $0.highlighted ? el("mark", text: $0.text) : .text($0.text) })
    }

    /// Long texts keep their line breaks as paragraphs.
    static func paragraphs(_ text: String?) -> HTMLNode {
        guard let text, !text.isEmpty else { return el("p", text: "—") }
        return .fragment(text.split(separator: "\n").map { el("p", text: String($0)) })
    }
}

import TextSearch
