import Foundation
import PlanRules
import WorkCalendar
import TestKit

func range(_ start: String, _ end: String) -> DayRange {
    guard let value = DayRange(start: day(start), end: day(end)) else { fatalError("bad range") }
    return value
}

/// A small Diễn Châu: the office, two departments, three communes, and the groups the 2024
/// appendix names (identifiers are the folded wording, as `AssigneePhrase.slugAssignee` makes them).
enum Units {
    static let office: UnitID = "van-phong-hdnd-va-ubnd-huyen"
    static let justice: UnitID = "phong-tu-phap"
    static let culture: UnitID = "phong-van-hoa-va-thong-tin"
    static let police: UnitID = "cong-an-huyen"
    static let dienKim: UnitID = "ubnd-xa-dien-kim"
    static let dienHai: UnitID = "ubnd-xa-dien-hai"
    static let townDienChau: UnitID = "ubnd-thi-tran-dien-chau"
    static let districtDesk: UnitID = "bo-phan-mot-cua-huyen"
    static let districtCommittee: UnitID = "ubnd-huyen"

    static let communes: [UnitID] = [dienKim, dienHai, townDienChau]
    static let departments: [UnitID] = [justice, culture, office]
    static let desks: [UnitID] = [districtDesk, "bo-phan-mot-cua-xa-dien-kim", "bo-phan-mot-cua-xa-dien-hai"]

    static let directory = StaticUnitDirectory([
        "ubnd-cac-xa-thi-tran": communes,
        "ubnd-cap-xa": communes,
        "ubnd-xa": communes,
        "cac-phong-ban-nganh-cap-huyen": departments,
        "cac-phong-chuyen-mon-thuoc-ubnd-huyen": departments,
        "bo-phan-tiep-nhan-va-tra-ket-qua-huyen-xa": desks,
        "uy-ban-mttq-va-cac-to-chuc-chinh-tri-xa-hoi-huyen": ["uy-ban-mttq-huyen", "huyen-doan"],
    ])
}

/// The 2024 plan with every phrase matched by its folded wording.
func resolvedPlan() -> Plan {
    var plan = DienChau2024.plan
    for s in plan.sections.indices {
        for t in plan.sections[s].tasks.indices {
            plan.sections[s].tasks[t].resolveAssignees { $0.slugAssignee }
        }
    }
    return plan
}

/// The task numbered `number` of the 2024 plan.
func task2024(_ number: String) -> PlanTask {
    guard let task = resolvedPlan().task(numbered: number) else { fatalError("no task \(number)") }
    return task
}

/// A report that went through `actions` (each must succeed).
func report(_ obligation: ObligationKey, content: ReportContent, actions: [(ReviewAction, String)],
            by person: PersonID = "officer") -> UnitReport {
    var result = UnitReport(obligation: obligation, content: content, createdBy: person, at: at("2024-03-01T08:00"))
    for (action, moment) in actions {
        do { try result.apply(action, by: person, at: at(moment)) } catch {
            fatalError("\(action) refused: \(error.message(.en))")
        }
    }
    return result
}
