import WorkCalendar
import Localization

/// Unit-level aggregation of Circular 01/2018/TT-VPCP Art. 15.
public enum UnitScoring {
    /// Evaluates `dossiers` (those of one unit) over [from, to].
    ///
    /// - Indicators 1, 2, 3, 4 and 7: the mean of the scores of the dossiers settled in the period
    ///   (closure on a day in [from, to]) that have a score, rounded to one decimal (Art. 15.2.a).
    /// - Indicator 9 from the dossiers of the period (`classification`): the online share of the
    ///   dossiers received in the period, and whether any online dossier was settled late or is
    ///   pending overdue ("không giải quyết hoặc giải quyết quá hạn"). Under 15 % or any such
    ///   dossier gives 0; 15–30 % gives 1 (online dossiers show the service is deployed); 30 % or
    ///   more needs the catalogue's share of eligible procedures online: at least 20 % gives 2,
    ///   less gives 1, unknown stays `.notAvailable`.
    /// - Indicators 5, 6 and 8 come from `inputs`; without them they are `.notAvailable`.
    public static func evaluate(unit: String, dossiers: [DossierSnapshot], from: LocalDate, to: LocalDate,
                                inputs: UnitLevelInputs = UnitLevelInputs(),
                                policy: ReportPolicy = ReportPolicy()) -> UnitEvaluation {
        let settled = dossiers.filter { dossier in
            guard let closure = dossier.lifecycle.closure, closure.kind != .withdrawn else { return false }
            return from <= closure.at.date && closure.at.date <= to
        }
        let evaluations = settled.map(DossierScoring.evaluate)
        let entries = EvaluationIndicator.allCases.map { indicator -> UnitEvaluation.Entry in
            let score: UnitScore
            switch indicator {
            case .totalTime, .stepTime, .contactsToComplete, .organisationsContacted, .conduct:
                score = mean(evaluations.compactMap { $0[indicator].points }, indicator: indicator)
            case .oneStopOrganisation:
                score = given(inputs.oneStopOrganisationScore, Missing.oneStop)
            case .publication:
                score = given(inputs.publicationScore, Missing.publication)
            case .feedbackHandling:
                score = given(inputs.feedback?.score, Missing.feedback)
            case .onlineServices:
                score = onlineServices(dossiers, from: from, to: to, inputs: inputs, policy: policy)
            }
            return UnitEvaluation.Entry(indicator: indicator, score: score)
        }
        return UnitEvaluation(unit: unit, from: from, to: to, settledDossiers: settled.count, entries: entries)
    }

    /// Evaluates every group of `dossiers` (by field, competent unit or receiving agency).
    public static func evaluateAll(_ dossiers: [DossierSnapshot], from: LocalDate, to: LocalDate,
                                   groupedBy grouping: Report0206a.Grouping = .competentUnit,
                                   inputs: [String: UnitLevelInputs] = [:],
                                   policy: ReportPolicy = ReportPolicy()) -> [UnitEvaluation] {
        let groups = Dictionary(grouping: dossiers) { dossier -> String in
            switch grouping {
            case .field: dossier.field
            case .competentUnit: dossier.competentUnit
            case .receivingAgency: dossier.receivingAgency.text
            }
        }
        return groups.keys.sorted().map { key in
            evaluate(unit: key, dossiers: groups[key] ?? [], from: from, to: to,
                     inputs: inputs[key] ?? UnitLevelInputs(), policy: policy)
        }
    }

    /// Indicator 9 (Art. 13.9).
    static func onlineServices(_ dossiers: [DossierSnapshot], from: LocalDate, to: LocalDate,
                               inputs: UnitLevelInputs, policy: ReportPolicy) -> UnitScore {
        var online = 0, received = 0, badOnline = 0
        for dossier in dossiers {
            guard let item = dossier.classification(from: from, to: to, policy: policy) else { continue }
            if item.reception != .carriedOver {
                received += 1
                if item.reception == .online { online += 1 }
            }
            if dossier.channel.isOnline {
                switch item.outcome {
                case .completed(.late), .pending(.overdue): badOnline += 1
                default: break
                }
            }
        }
        guard received > 0 else { return .notAvailable(Missing.noDossiers) }
        if badOnline > 0 || online * 100 < received * 15 { return .scored(tenths: 0) }
        if online * 100 < received * 30 { return .scored(tenths: 10) }
        guard let share = inputs.eligibleProceduresOnlineShare else { return .notAvailable(Missing.catalogueShare) }
        return .scored(tenths: share >= 0.2 ? 20 : 10)
    }

    /// Mean of 0/1/2 scores in tenths, rounded half up to one decimal (Art. 15.2.a).
    static func mean(_ scores: [Int], indicator: EvaluationIndicator) -> UnitScore {
        guard !scores.isEmpty else {
            return .notAvailable(LocalizedText(
                vi: "Không có hồ sơ đã giải quyết trong kỳ có đủ dữ liệu cho chỉ số \(indicator.number)",
                en: "No dossier settled in the period has the data for indicator \(indicator.number)"))
        }
        let n = scores.count, sum = scores.reduce(0, +)
        return .scored(tenths: (20 * sum + n) / (2 * n))
    }

    static func given(_ points: Int?, _ missing: LocalizedText) -> UnitScore {
        guard let points, (0...2).contains(points) else { return .notAvailable(missing) }
        return .scored(tenths: points * 10)
    }

    enum Missing {
        static let oneStop = LocalizedText(
            vi: "Chỉ số 5 cần danh mục thủ tục tiếp nhận và giải quyết tại Bộ phận Một cửa; dữ liệu hồ sơ không đủ",
            en: "Indicator 5 needs the list of procedures received and settled at the desk; dossier data cannot tell")
        static let publication = LocalizedText(
            vi: "Chỉ số 6 cần kết quả kiểm tra việc công khai thủ tục; dữ liệu hồ sơ không đủ",
            en: "Indicator 6 needs an inspection of the publication of procedures; dossier data cannot tell")
        static let feedback = LocalizedText(
            vi: "Chỉ số 8 cần số liệu xử lý phản ánh, kiến nghị của đơn vị",
            en: "Indicator 8 needs the unit's feedback-handling figures")
        static let catalogueShare = LocalizedText(
            vi: "Tỷ lệ hồ sơ trực tuyến đạt từ 30% nhưng cần tỷ lệ thủ tục đủ điều kiện đã cung cấp dịch vụ công"
                + " trực tuyến mức độ 3, 4 để phân biệt 1 và 2 điểm",
            en: "Online dossiers are at least 30%, but telling 1 from 2 points needs the share of eligible"
                + " procedures offered online at level 3–4")
        static let noDossiers = LocalizedText(
            vi: "Không có hồ sơ tiếp nhận trong kỳ", en: "No dossier received in the period")
    }
}
