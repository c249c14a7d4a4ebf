import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Plan status: draft → issued → closed")
struct PlanStatusTests {
    static let expected: [PlanStatus: Set<PlanStatus>] = [.draft: [.issued], .issued: [.closed], .closed: []]

    func plan(in status: PlanStatus) -> Plan {
        var plan = resolvedPlan()
        if status != .draft { try? plan.transition(to: .issued) }
        if status == .closed { try? plan.transition(to: .closed) }
        precondition(plan.status == status)
        return plan
    }

    @Test("Every status × target: allowed moves happen, the rest are refused and change nothing",
          arguments: PlanStatus.allCases, PlanStatus.allCases)
    func table(from: PlanStatus, to: PlanStatus) {
        let before = plan(in: from)
        var after = before
        if Self.expected[from]?.contains(to) == true {
            #expect(throws: Never.self) { try after.transition(to: to) }
            #expect(after.status == to)
        } else {
            #expect(throws: PlanTransitionError.notAllowed(from: from, to: to)) { try after.transition(to: to) }
            #expect(after == before)
        }
    }

    @Test("Issuing needs a title, tasks, and a lead for every task; all problems are listed")
    func issueChecks() {
        var plan = DienChau2024.plan   // phrases not yet matched: no task has a lead assignee
        #expect(plan.issueProblems.count == 15)
        #expect(plan.issueProblems.first == .taskWithoutLead(number: "I.1"))
        #expect(throws: PlanTransitionError.taskWithoutLead(number: "I.1")) { try plan.transition(to: .issued) }
        #expect(plan.status == .draft)

        var empty = Plan(year: 2024, title: " ")
        #expect(empty.issueProblems == [.titleMissing, .noTasks])
        #expect(throws: PlanTransitionError.titleMissing) { try empty.transition(to: .issued) }

        var duplicated = resolvedPlan()
        duplicated.sections[0].tasks[1].number = "I.1"
        #expect(duplicated.issueProblems == [.duplicateTaskNumber("I.1")])
    }

    @Test("The 2024 plan, its phrases matched, can be issued; the number and day may stay blank")
    func issue2024() throws {
        var plan = resolvedPlan()
        try plan.transition(to: .issued)
        #expect(plan.status == .issued)
        #expect(plan.reference.serial == nil)
        #expect(plan.reference.text.vi == "số …/KH-UBND ngày …/02/2024")
    }

    @Test("Messages in Vietnamese and English")
    func messages() {
        let error = PlanTransitionError.notAllowed(from: .closed, to: .draft)
        #expect(error.message(.vi) == "Không thể chuyển kế hoạch từ \"Đã kết thúc\" sang \"Dự thảo\"")
        #expect(error.message(.en) == "A plan cannot go from \"Closed\" to \"Draft\"")
        #expect(PlanTransitionError.taskWithoutLead(number: "II.5").message(.vi) == "Nhiệm vụ II.5 chưa có đơn vị thực hiện")
    }

    @Test("Only drafts are editable; only issued plans take reports")
    func flags() {
        #expect(PlanStatus.allCases.filter(\.allowsEditing) == [.draft])
        #expect(PlanStatus.allCases.filter(\.acceptsReports) == [.issued])
    }

    @Test("A plan survives JSON, status included")
    func storage() throws {
        let original = plan(in: .issued)
        let data = try JSONEncoder().encode(original)
        #expect(try JSONDecoder().decode(Plan.self, from: data) == original)
    }
}
