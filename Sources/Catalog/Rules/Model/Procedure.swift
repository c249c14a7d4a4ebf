import WorkCalendar

/// One administrative procedure (thủ tục hành chính) as kept in the catalogue.
///
/// Mandatory components follow Decree 63/2010 Art. 8.2 (as amended). All text is
/// Unicode NFC, trimmed, with runs of spaces collapsed; long texts keep line breaks.
public struct Procedure: Sendable, Codable, Equatable, Hashable {
    /// National code `D.NNNNNN` (e.g. "1.001193") or a provincial variant
    /// ("1.012790.000.00.00.H41").
    public var code: String
    public var name: String
    /// Numbers of the decisions that published the procedure (e.g. "163/QĐ-BTP").
    public var decisions: [String]
    /// Levels that carry it out (open list: "Cấp xã", "Cấp tỉnh", "Cấp bộ", "Cơ quan khác" …).
    public var levels: [String]
    /// Loại thủ tục, as written by the source.
    public var kind: String?
    /// Lĩnh vực.
    public var field: String?
    /// Đối tượng thực hiện.
    public var applicants: [String]
    public var competentAgency: String?
    public var implementingAgency: String?
    public var coordinatingAgency: String?
    public var receptionAddress: String?
    /// Trình tự thực hiện, line breaks kept.
    public var steps: String
    public var channels: [Channel]
    public var documents: [DocumentRequirement]
    public var conditions: String?
    public var result: String?
    public var legalBases: [LegalBasis]
    public var onlineLevel: OnlineLevel
    public var status: ProcedureStatus
    /// ISO date (yyyy-MM-dd).
    public var effectiveFrom: String?
    /// ISO date (yyyy-MM-dd).
    public var abolishedOn: String?
    /// Codes of related procedures.
    public var related: [String]
    /// Where the record came from, e.g. "dichvucong:1.001193.json".
    public var source: String

    public init(
        code: String, name: String, decisions: [String] = [], levels: [String] = [],
        kind: String? = nil, field: String? = nil, applicants: [String] = [],
        competentAgency: String? = nil, implementingAgency: String? = nil,
        coordinatingAgency: String? = nil, receptionAddress: String? = nil,
        steps: String = "", channels: [Channel] = [], documents: [DocumentRequirement] = [],
        conditions: String? = nil, result: String? = nil, legalBases: [LegalBasis] = [],
        onlineLevel: OnlineLevel = .unknown, status: ProcedureStatus = .inForce,
        effectiveFrom: String? = nil, abolishedOn: String? = nil, related: [String] = [],
        source: String
    ) {
        self.code = code
        self.name = name
        self.decisions = decisions
        self.levels = levels
        self.kind = kind
        self.field = field
        self.applicants = applicants
        self.competentAgency = competentAgency
        self.implementingAgency = implementingAgency
        self.coordinatingAgency = coordinatingAgency
        self.receptionAddress = receptionAddress
        self.steps = steps
        self.channels = channels
        self.documents = documents
        self.conditions = conditions
        self.result = result
        self.legalBases = legalBases
        self.onlineLevel = onlineLevel
        self.status = status
        self.effectiveFrom = effectiveFrom
        self.abolishedOn = abolishedOn
        self.related = related
        self.source = source
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, name, decisions, levels, kind, field, applicants
        case competentAgency = "competent_agency"
        case implementingAgency = "implementing_agency"
        case coordinatingAgency = "coordinating_agency"
        case receptionAddress = "reception_address"
        case steps, channels, documents, conditions, result
        case legalBases = "legal_bases"
        case onlineLevel = "online_level"
        case status
        case effectiveFrom = "effective_from"
        case abolishedOn = "abolished_on"
        case related, source
    }

    /// National part of the code ("1.012790" for "1.012790.000.00.00.H41").
    public var nationalCode: String {
        String(code.split(separator: ".").prefix(2).joined(separator: "."))
    }

    /// True when `code` has the national or the provincial shape.
    public static func isValidCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        func digits(_ s: String, _ n: Int) -> Bool { s.count == n && s.allSatisfy(\.isASCIIDigit) }
        guard parts.count == 2 || parts.count == 6 else { return false }
        guard digits(parts[0], 1), digits(parts[1], 6) else { return false }
        if parts.count == 2 { return true }
        let agency = parts[5]
        return digits(parts[2], 3) && digits(parts[3], 2) && digits(parts[4], 2)
            && agency.count >= 2 && agency.first!.isASCIIUppercaseLetter
            && agency.dropFirst().allSatisfy(\.isASCIIDigit)
    }
}

/// Online public-service level (Decree 42/2022).
public enum OnlineLevel: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    /// Toàn trình.
    case full
    /// Một phần.
    case partial
    /// No online service.
    case none
    /// The source does not say (it has an online channel but no level).
    case unknown
}

public enum ProcedureStatus: String, Sendable, Codable, Equatable, Hashable, CaseIterable {
    case inForce = "in_force"
    case amended
    case abolished
}

/// One row of the portal's list export.
public struct ProcedureSummary: Sendable, Codable, Equatable, Hashable {
    public var code: String
    public var name: String
    /// Cơ quan ban hành.
    public var issuer: String
    /// Cơ quan thực hiện (line breaks separate several agencies).
    public var agency: String
    /// Lĩnh vực.
    public var field: String

    public init(code: String, name: String, issuer: String, agency: String, field: String) {
        self.code = code
        self.name = name
        self.issuer = issuer
        self.agency = agency
        self.field = field
    }
}

extension Character {
    var isASCIIUppercaseLetter: Bool { isASCII && isUppercase }
}
