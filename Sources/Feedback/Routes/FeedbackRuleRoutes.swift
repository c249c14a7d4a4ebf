import FeedbackRules
import Foundation
import Hummingbird
import Platform

/// `/quan-tri/phan-anh/thoi-han`: the coordinator sets the deadline rules for new cases.
enum FeedbackRuleRoutes {
    static let limits: [(String, ClosedRange<Int>)] = [("chuyen", 1...60), ("tra-loi", 1...120), ("canh-bao", 0...10), ("mo-lai", 0...5)]

    static func register(_ routes: Routes, _ services: Services) {
        routes.get("/quan-tri/phan-anh/thoi-han") { request, context in
            _ = try await services.staff(context, .registerFeedback)
            let set = try await FeedbackRuleStore.current(on: services.db)
            let notice = request.queryFields["thong-bao"] == "da-luu" ? S.fbDone(context.language) : nil
            return try await services.render(page(values(set), errors: [], notice: notice, context.language), request, context)
        }
        routes.post("/quan-tri/phan-anh/thoi-han") { request, context in
            var request = request
            _ = try await services.staff(context, .registerFeedback)
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
            guard errors.isEmpty else {
                var echo = fields.values.compactMapValues(\.first)
                echo["hai-nguoi"] = fields["hai-nguoi"] == "1" ? "1" : ""
                return try await services.render(page(echo, errors: errors, notice: nil, context.language), request, context, status: .unprocessableContent)
            }
            try await FeedbackRuleStore.save(forwardDays: numbers["chuyen"]!, answerDays: numbers["tra-loi"]!, nearDays: numbers["canh-bao"]!,
                                             maxReopenings: numbers["mo-lai"]!, distinctApprover: fields["hai-nguoi"] == "1",
                                             actor: context.actor, on: services.db)
            return Responses.redirect("/quan-tri/phan-anh/thoi-han?thong-bao=da-luu")
        }
    }

    static func values(_ set: FeedbackRuleSet) -> [String: String] {
        func days(_ kind: DeadlineKind) -> String {
            String(set.rule(for: kind, caseClass: nil, channel: .webForm).period.amount)
        }
        return ["chuyen": days(.forward), "tra-loi": days(.answer), "canh-bao": String(set.nearWorkingDays),
                "mo-lai": String(set.maxReopenings), "hai-nguoi": set.requireDistinctApprover ? "1" : ""]
    }

    static func page(_ values: [String: String], errors: [FieldError], notice: String?, _ lang: Language) -> Page {
        Page(title: S.fbRulesTitle(lang), area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), "/quan-tri/phan-anh")]) { ctx in
            fragment {
                Components.notice(notice)
                Components.errorSummary(errors, ctx)
                el("p", text: S.fbRulesLead(lang))
                el("form", [.id("rules"), .init("method", "post"), .init("action", "/quan-tri/phan-anh/thoi-han")]) {
                    Components.csrfField(ctx)
                    for (name, label) in [("chuyen", S.fbRuleForward), ("tra-loi", S.fbRuleAnswer), ("canh-bao", S.fbRuleNear), ("mo-lai", S.fbRuleReopen)] {
                        Components.field(.init(name, label: label(lang), value: values[name], errors: errors, required: true, type: "number"), ctx)
                    }
                    el("div", [.class("field checkbox")]) {
                        el("input", [.type("checkbox"), .id("hai-nguoi"), .name("hai-nguoi"), .value("1")] + (values["hai-nguoi"] == "1" ? [.flag("checked")] : []))
                        el("label", [.for("hai-nguoi")], text: S.fbRuleDistinct(lang))
                    }
                    Components.submit(S.fbRulesSave(lang))
                }
            }
        }
    }
}
