import FeedbackRules
import Foundation
import Hummingbird
import Platform
import Localization

/// The page of `FeedbackRuleRoutes`.
enum FeedbackRuleViews {
    static func page(_ values: [String: String], errors: [FieldError], notice: String?, _ lang: Language) -> Page {
        Page(title: S.fbRulesTitle(lang), area: .staff, breadcrumbs: [(S.fbStaffTitle(lang), FeedbackURL.list.path)]) { ctx in
            fragment {
                Components.notice(notice)
                Components.errorSummary(errors, ctx)
                el("p", text: S.fbRulesLead(lang))
                el("form", [.id("rules"), .init("method", "post"), .init("action", FeedbackURL.rules.path)]) {
                    Components.csrfField(ctx)
                    for (name, label) in [("chuyen", S.fbRuleForward), ("tra-loi", S.fbRuleAnswer), ("canh-bao", S.fbRuleNear), ("mo-lai", S.fbRuleReopen)] {
                        Components.field(.init(name, label: label(lang), value: values[name], errors: errors, required: true, type: "number"), ctx)
                    }
                    el("div", [.class("field checkbox")]) {
                        el("input", [.type("checkbox"), .id("hai-nguoi"), .name("hai-nguoi"), .value("1")] + (values["hai-nguoi"] == "1" ? [.flag("checked")] : []))
                        el("label", [.for("hai-nguoi")], text: S.fbRuleDistinct(lang))
                    }
                    el("fieldset", [.id("ngoai-le")]) {
                        el("legend", text: S.fbOverridesTitle(lang))
                        el("p", [.class("hint")], text: S.fbOverridesHint(lang))
                        for index in 0..<FeedbackRuleRoutes.overrideRows {
                            el("div", [.class("override-row")]) {
                                Components.select("ngoai-le-loai-\(index)", label: S.fbOverrideKind(lang),
                                                  options: DeadlineKind.allCases.map { ($0.rawValue, lang == .vi ? $0.name.vi : $0.name.en) },
                                                  selected: values["ngoai-le-loai-\(index)"], ctx)
                                Components.select("ngoai-le-lop-\(index)", label: S.fbOverrideClass(lang),
                                                  options: [("", S.fbOverrideAny(lang))] + CaseClass.allCases.map { ($0.rawValue, lang == .vi ? $0.name.vi : $0.name.en) },
                                                  selected: values["ngoai-le-lop-\(index)"], errors: errors, ctx)
                                Components.select("ngoai-le-kenh-\(index)", label: S.fbOverrideChannel(lang),
                                                  options: [("", S.fbOverrideAny(lang))] + FeedbackChannel.allCases.map { ($0.rawValue, lang == .vi ? $0.name.vi : $0.name.en) },
                                                  selected: values["ngoai-le-kenh-\(index)"], ctx)
                                Components.field(.init("ngoai-le-ngay-\(index)", label: S.fbOverrideDays(lang), value: values["ngoai-le-ngay-\(index)"],
                                                       errors: errors, type: "number"), ctx)
                            }
                        }
                    }
                    Components.submit(S.fbRulesSave(lang))
                }
            }
        }
    }
}
