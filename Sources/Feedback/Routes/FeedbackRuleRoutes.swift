import FeedbackRules
import Foundation
import Hummingbird
import Platform
import Localization

/// `/quan-tri/phan-anh/thoi-han`: the coordinator sets the deadline rules for new cases.
enum FeedbackRuleRoutes {
    static let limits: [(String, ClosedRange<Int>)] = [("chuyen", 1...60), ("tra-loi", 1...120), ("canh-bao", 0...10), ("mo-lai", 0...5)]
    /// Rows for deadlines per class of Art. 9 and/or channel.
    static let overrideRows = 5

    static func register(_ routes: Routes, _ services: Services) {
        routes.staff.get(FeedbackURL.rules.path, requires: .registerFeedback) { request, context in
            let set = try await FeedbackRuleStore.current(on: services.db)
            let notice = request.queryFields["thong-bao"] == "da-luu" ? S.fbDone(context.language) : nil
            return try await services.render(FeedbackRuleViews.page(values(set), errors: [], notice: notice, context.language), request, context)
        }
        routes.staff.post(FeedbackURL.rules.path, requires: .registerFeedback) { request, context in
            var request = request
            let fields = try await request.formFields(context: context)
            var numbers: [String: Int] = [:]
            var errors: [FieldError] = []
            for (name, range) in limits {
                if let value = Int((fields[name] ?? "").trimmingCharacters(in: .whitespaces)), range.contains(value) {
                    numbers[name] = value
                } else {
                    errors.append(FieldError(field: name, message: S.fbErrRange(context.language, String(range.lowerBound), String(range.upperBound))))
                }
            }
            let overrides = readOverrides(fields, &errors, context.language)
            guard errors.isEmpty else {
                var echo = fields.values.compactMapValues(\.first)
                echo["hai-nguoi"] = fields["hai-nguoi"] == "1" ? "1" : ""
                return try await services.render(FeedbackRuleViews.page(echo, errors: errors, notice: nil, context.language), request, context, status: .unprocessableContent)
            }
            try await FeedbackRuleStore.save(forwardDays: numbers["chuyen"]!, answerDays: numbers["tra-loi"]!, nearDays: numbers["canh-bao"]!,
                                             maxReopenings: numbers["mo-lai"]!, distinctApprover: fields["hai-nguoi"] == "1",
                                             overrides: overrides, actor: context.actor, on: services.db)
            return Responses.redirect(FeedbackURL.rules.path + "?thong-bao=da-luu")
        }
    }

    static func values(_ set: FeedbackRuleSet) -> [String: String] {
        func days(_ kind: DeadlineKind) -> String {
            String(set.rule(for: kind, caseClass: nil, channel: .webForm).period.amount)
        }
        var values = ["chuyen": days(.forward), "tra-loi": days(.answer), "canh-bao": String(set.nearWorkingDays),
                      "mo-lai": String(set.maxReopenings), "hai-nguoi": set.requireDistinctApprover ? "1" : ""]
        for (index, rule) in set.rules.filter({ $0.caseClass != nil || $0.channel != nil }).prefix(overrideRows).enumerated() {
            values["ngoai-le-loai-\(index)"] = rule.kind.rawValue
            values["ngoai-le-lop-\(index)"] = rule.caseClass?.rawValue ?? ""
            values["ngoai-le-kenh-\(index)"] = rule.channel?.rawValue ?? ""
            values["ngoai-le-ngay-\(index)"] = String(rule.period.amount)
        }
        return values
    }

    /// The filled override rows; a row needs a class or a channel and a number of days, and no
    /// two rows may cover the same kind, class and channel.
    static func readOverrides(_ fields: FormFields, _ errors: inout [FieldError], _ language: Language) -> [FeedbackRuleStore.Override] {
        var result: [FeedbackRuleStore.Override] = []
        for index in 0..<overrideRows {
            let daysText = (fields["ngoai-le-ngay-\(index)"] ?? "").trimmingCharacters(in: .whitespaces)
            if daysText.isEmpty { continue }
            let kind = DeadlineKind(rawValue: fields["ngoai-le-loai-\(index)"] ?? "") ?? .answer
            let caseClass = CaseClass(rawValue: fields["ngoai-le-lop-\(index)"] ?? "")
            let channel = FeedbackChannel(rawValue: fields["ngoai-le-kenh-\(index)"] ?? "")
            guard let days = Int(daysText), (1...120).contains(days) else {
                errors.append(FieldError(field: "ngoai-le-ngay-\(index)", message: S.fbErrRange(language, "1", "120")))
                continue
            }
            guard caseClass != nil || channel != nil else {
                errors.append(FieldError(field: "ngoai-le-lop-\(index)", message: S.fbOverrideScope(language)))
                continue
            }
            let override = FeedbackRuleStore.Override(kind: kind, caseClass: caseClass, channel: channel, days: days)
            if result.contains(where: { $0.kind == kind && $0.caseClass == caseClass && $0.channel == channel }) {
                errors.append(FieldError(field: "ngoai-le-ngay-\(index)", message: S.fbOverrideDuplicate(language)))
                continue
            }
            result.append(override)
        }
        return result
    }
}
