extension Procedure {
    /// Fields that differ from `other`, by export column name, with rendered old (other's)
    /// and new (self's) values. Empty when the two are the same: "unchanged" on re-import.
    /// Text fields render as written (absent as ""); lists of text joined by "; "; channels,
    /// documents and legal bases as compact JSON with sorted keys.
    public func differences(from other: Procedure) -> [String: (old: String, new: String)] {
        var changes: [String: (old: String, new: String)] = [:]
        for key in CodingKeys.allCases where CatalogExport.cell(self, key) != CatalogExport.cell(other, key) {
            changes[key.rawValue] = (other.rendered(key), rendered(key))
        }
        return changes
    }

    /// True when nothing differs from `other`.
    public func isUnchanged(comparedTo other: Procedure) -> Bool {
        differences(from: other).isEmpty
    }

    /// The value of one field as text, for audit records.
    public func renderedValue(of field: String) -> String? {
        CodingKeys(rawValue: field).map(rendered)
    }

    func rendered(_ key: CodingKeys) -> String {
        switch key {
        case .decisions: decisions.joined(separator: "; ")
        case .levels: levels.joined(separator: "; ")
        case .applicants: applicants.joined(separator: "; ")
        case .related: related.joined(separator: "; ")
        case .channels: CatalogExport.jsonText(channels)
        case .documents: CatalogExport.jsonText(documents)
        case .legalBases: CatalogExport.jsonText(legalBases)
        default: CatalogExport.cell(self, key) ?? ""
        }
    }

    /// Text for the search index: the name, the field, and a body joining the applicants,
    /// the document names and the result.
    public var searchFields: (name: String, field: String, body: String) {
        var parts: [String] = []
        if !applicants.isEmpty { parts.append(applicants.joined(separator: ", ")) }
        parts += documents.map(\.name).filter { !$0.isEmpty }
        if let result { parts.append(result) }
        return (name, field ?? "", parts.joined(separator: "\n"))
    }
}
