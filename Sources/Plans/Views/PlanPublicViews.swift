import Foundation
import Platform
import PlanRules
import Localization

/// Public pages of issued plans.
enum PlanPublicViews {
    static func list(_ plans: [PlanSummary], _ lang: Language) -> Page {
        Page(title: S.plansTitle(lang), breadcrumbs: [(S.homeCrumb(lang), PlatformURL.home.path)]) { _ in
            fragment {
                if plans.isEmpty { el("p", text: S.plansNone(lang)) }
                el("ul", [.class("results"), .id("plans")]) {
                    for plan in plans {
                        el("li", [.class("result-item")]) {
                            el("p", [.class("result-title")]) { el("a", [.href(PlanURL.publicPlan(.id(plan.id)).path)], text: plan.title) }
                            el("p", [.class("facts-inline")]) {
                                el("span", text: "\(plan.issuerName) · \(plan.year)")
                                el("span", text: plan.status.name(lang))
                            }
                        }
                    }
                }
            }
        }
    }

    static func plan(_ stored: StoredPlan, _ progress: PlanProgress, _ documents: [FileReference], _ lang: Language) -> Page {
        let plan = stored.plan
        return Page(title: plan.title, breadcrumbs: [(S.homeCrumb(lang), PlatformURL.home.path), (S.plansTitle(lang), PlanURL.publicList.path)]) { ctx in
            fragment {
                Components.definitionList([
                    (S.planReference(lang), plan.reference.text(lang)),
                    (S.planIssuer(lang), plan.issuerName),
                    (S.planStatus(lang), plan.status.name(lang)),
                    (S.overallProgress(lang), S.progressText(lang, String(progress.accepted), String(progress.owed),
                                                             String(PlanProgress.percent(progress.accepted, progress.owed)))),
                ])
                el("p") {
                    el("progress", [.id("overall-progress"), .init("max", "100"), .value(String(PlanProgress.percent(progress.accepted, progress.owed))),
                                    .aria("label", S.overallProgress(lang))], text: "\(PlanProgress.percent(progress.accepted, progress.owed))%")
                }
                if !documents.isEmpty {
                    el("ul", [.class("evidence"), .id("documents")]) {
                        for file in documents {
                            el("li") { el("a", [.href(PlanURL.publicDocument(.id(stored.id), "\(file.id)").path)], text: file.name) }
                        }
                    }
                }
                for section in plan.sections {
                    el("section") {
                        el("h2", text: "\(section.number). \(section.title)")
                        Components.tableWrap(ctx) {
                            el("table", [.class("stack")]) {
                                el("thead") { el("tr") {
                                    for h in [S.taskNumber, S.taskContent, S.taskLead, S.taskTime, S.taskProgress] { el("th", [.init("scope", "col")], text: h(lang)) }
                                } }
                                el("tbody") {
                                    for task in section.tasks {
                                        let p = progress.tasks[task.id.rawValue] ?? PlanProgress.Task(owed: 0, accepted: 0)
                                        el("tr") {
                                            el("th", [.init("scope", "row")], text: task.number)
                                            el("td", text: task.content)
                                            el("td", text: task.leadText)
                                            el("td", text: task.timeText)
                                            el("td", text: S.progressText(lang, String(p.accepted), String(p.owed), String(PlanProgress.percent(p.accepted, p.owed))))
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
