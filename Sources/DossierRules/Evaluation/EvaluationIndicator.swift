import WorkCalendar
import Localization

/// The nine indicators of Circular 01/2018/TT-VPCP Art. 13, each scored 0, 1 or 2.
public enum EvaluationIndicator: Int, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// 1 — total processing time against the time the law allows (Art. 13.1).
    case totalTime = 1
    /// 2 — each participating unit's time against its step deadline (Art. 13.2).
    case stepTime = 2
    /// 3 — times the applicant had to contact the reception desk to complete the dossier (Art. 13.3).
    case contactsToComplete = 3
    /// 4 — bodies the applicant had to contact to complete the dossier (Art. 13.4).
    case organisationsContacted = 4
    /// 5 — dossiers received, settled and returned at the one-stop desk (Art. 13.5).
    case oneStopOrganisation = 5
    /// 6 — publication of the procedures (Art. 13.6).
    case publication = 6
    /// 7 — officials' conduct (Art. 13.7).
    case conduct = 7
    /// 8 — handling of feedback and petitions (Art. 13.8).
    case feedbackHandling = 8
    /// 9 — progress and quality of online public services (Art. 13.9).
    case onlineServices = 9

    public var number: Int { rawValue }

    /// Art. 14.1: scored for each dossier (1, 2, 3, 4, 6, 7).
    public var scoredPerDossier: Bool { [1, 2, 3, 4, 6, 7].contains(rawValue) }

    /// Art. 14.2: scored for the one-stop desk and the competent units (5, 6, 8, 9).
    public var scoredPerUnit: Bool { [5, 6, 8, 9].contains(rawValue) }

    public static func < (lhs: EvaluationIndicator, rhs: EvaluationIndicator) -> Bool { lhs.rawValue < rhs.rawValue }

    public var title: LocalizedText {
        switch self {
        case .totalTime:
            LocalizedText(vi: "Tổng thời gian giải quyết so với thời gian cho phép",
                          en: "Total processing time against the time allowed")
        case .stepTime:
            LocalizedText(vi: "Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết",
                          en: "Time taken by each participating unit")
        case .contactsToComplete:
            LocalizedText(vi: "Số lần phải liên hệ với nơi tiếp nhận để hoàn thiện hồ sơ",
                          en: "Contacts with the reception desk to complete the dossier")
        case .organisationsContacted:
            LocalizedText(vi: "Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ",
                          en: "Bodies contacted to complete the dossier")
        case .oneStopOrganisation:
            LocalizedText(vi: "Tiếp nhận, giải quyết, trả kết quả tại Bộ phận Một cửa",
                          en: "Reception, settlement and return at the one-stop desk")
        case .publication:
            LocalizedText(vi: "Công khai thủ tục hành chính", en: "Publication of procedures")
        case .conduct:
            LocalizedText(vi: "Thái độ của cán bộ, công chức, viên chức", en: "Officials' conduct")
        case .feedbackHandling:
            LocalizedText(vi: "Tiếp thu, giải trình phản ánh, kiến nghị", en: "Handling of feedback and petitions")
        case .onlineServices:
            LocalizedText(vi: "Tiến độ, chất lượng cung cấp dịch vụ công trực tuyến",
                          en: "Progress and quality of online public services")
        }
    }
}

/// A dossier's score on one indicator, or why there is none.
public enum IndicatorScore: Sendable, Hashable, Codable {
    /// 0, 1 or 2 points.
    case scored(Int)
    /// The data cannot support a score; the text says what is missing.
    case notAvailable(LocalizedText)

    enum ScoredCodingKeys: String, CodingKey { case _0 = "points" }
    enum NotAvailableCodingKeys: String, CodingKey { case _0 = "reason" }

    public var points: Int? {
        if case .scored(let points) = self { return points }
        return nil
    }
}

/// The score of each indicator for one dossier.
public struct DossierEvaluation: Sendable, Hashable, Codable {
    public struct Entry: Sendable, Hashable, Codable {
        public let indicator: EvaluationIndicator
        public let score: IndicatorScore
    }

    public let code: DossierCode
    /// All nine indicators, in order.
    public let entries: [Entry]

    public subscript(indicator: EvaluationIndicator) -> IndicatorScore {
        entries[indicator.rawValue - 1].score
    }
}
