import WorkCalendar
import Localization

/// Per-dossier scoring of Circular 01/2018/TT-VPCP Art. 13 (Art. 14.1: indicators 1, 2, 3, 4, 6
/// and 7 are scored for each dossier). Only settled dossiers are scored: processing complete
/// (9/10) or stopped with a refusal (8). Indicators the dossier data cannot support are
/// `.notAvailable`, never guessed.
public enum DossierScoring {
    /// Scores every indicator for `dossier`.
    public static func evaluate(_ dossier: DossierSnapshot) -> DossierEvaluation {
        let entries = EvaluationIndicator.allCases.map { indicator in
            DossierEvaluation.Entry(indicator: indicator, score: score(indicator, dossier))
        }
        return DossierEvaluation(code: dossier.code, entries: entries)
    }

    /// One indicator for one dossier.
    public static func score(_ indicator: EvaluationIndicator, _ dossier: DossierSnapshot) -> IndicatorScore {
        guard indicator.scoredPerDossier, indicator != .publication else {
            return .notAvailable(indicator == .publication ? Missing.publication : Missing.perUnit)
        }
        guard let closure = dossier.lifecycle.closure, closure.kind != .withdrawn else {
            return .notAvailable(Missing.notSettled)
        }
        switch indicator {
        case .totalTime:
            return .scored(points(dossier.timeliness(of: closure)))
        case .stepTime:
            return stepTime(dossier)
        case .contactsToComplete:
            return .scored(contacts(dossier.lifecycle.supplementRequests))
        case .organisationsContacted:
            guard let count = dossier.citizenRating?.organisationsContacted else {
                return .notAvailable(Missing.rating)
            }
            return .scored(count == 0 ? 2 : count == 1 ? 1 : 0)
        case .conduct:
            guard let complaints = dossier.substantiatedConductComplaints else {
                return .notAvailable(Missing.complaints)
            }
            // Art. 13.7: 2 early and no complaint, 1 on time and no complaint, 0 with a confirmed
            // complaint. A late dossier without complaint fits neither 2 nor 1: scored 0.
            return .scored(complaints > 0 ? 0 : points(dossier.timeliness(of: closure)))
        default:
            return .notAvailable(Missing.perUnit)
        }
    }

    /// Art. 13.1: 2 shorter than allowed (early), 1 equal (on time), 0 longer (late).
    static func points(_ timeliness: CompletionTimeliness) -> Int {
        switch timeliness {
        case .early: 2
        case .onTime: 1
        case .late: 0
        }
    }

    /// Art. 13.3 from the recorded supplement requests (Mẫu 02): none 2, one 1, more 0 unless
    /// every further contact was the applicant's own error (Art. 13.3.c), then 1. Other
    /// contacts (calls, visits) are not recorded, so this is a lower bound on the contacts.
    static func contacts(_ requests: [SupplementRequest]) -> Int {
        switch requests.count {
        case 0: 2
        case 1: 1
        default: requests.dropFirst().allSatisfy { $0.applicantAtFault == true } ? 1 : 0
        }
    }

    /// Art. 13.2 from the control slip (Mẫu 05): each finished step against its own deadline;
    /// the dossier gets the lowest step score (one late unit makes the dossier's score 0).
    static func stepTime(_ dossier: DossierSnapshot) -> IndicatorScore {
        let scores = dossier.handovers.compactMap { step -> Int? in
            guard let done = step.completedAt else { return nil }
            return points(Timeliness.completed(finishedAt: done, due: step.stepDue))
        }
        guard let lowest = scores.min() else { return .notAvailable(Missing.handovers) }
        return .scored(lowest)
    }

    enum Missing {
        static let perUnit = LocalizedText(
            vi: "Chỉ số chấm cho đơn vị, không chấm theo từng hồ sơ (khoản 2 Điều 14 Thông tư 01/2018/TT-VPCP)",
            en: "Scored per unit, not per dossier (Circular 01/2018 Art. 14.2)")
        static let publication = LocalizedText(
            vi: "Việc công khai thủ tục hành chính không có trong dữ liệu hồ sơ; cần kết quả kiểm tra việc niêm yết"
                + " và công khai điện tử",
            en: "Publication of procedures is not in the dossier data; it needs an inspection of the notice boards"
                + " and the portal")
        static let notSettled = LocalizedText(
            vi: "Hồ sơ chưa được giải quyết xong (hoặc đã rút) nên chưa chấm điểm",
            en: "The dossier is not settled (or was withdrawn), so it is not scored")
        static let rating = LocalizedText(
            vi: "Chưa có phiếu đánh giá của tổ chức, cá nhân về số cơ quan phải liên hệ",
            en: "No rating form from the applicant on the bodies contacted")
        static let complaints = LocalizedText(
            vi: "Chưa có thông tin về phản ánh, kiến nghị đối với thái độ của cán bộ xử lý hồ sơ",
            en: "No information on conduct complaints about this dossier")
        static let handovers = LocalizedText(
            vi: "Phiếu kiểm soát (Mẫu 05) chưa có bước nào hoàn thành",
            en: "The control slip (Mẫu 05) has no finished step")
    }
}
