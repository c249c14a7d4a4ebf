import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Editing a plan: only a draft; unique numbers; sections carry their tasks")
struct PlanEditingTests {
    func draft() -> Plan {
        Plan(year: 2025, title: "Kế hoạch 2025", sections: [
            PlanSection(number: "I", title: "Truyền thông", tasks: [
                PlanTask(id: "a", number: "I.1", content: "Đăng tin", leadText: "Phòng Tư pháp", lead: [.unit("tu-phap")], time: .ongoing),
            ]),
            PlanSection(number: "II", title: "Niêm yết", tasks: [
                PlanTask(id: "b", number: "II.1", content: "Niêm yết", lead: [.unit("van-phong")], time: .quarter(2, year: 2025)),
            ]),
        ])
    }

    @Test("An issued or closed plan refuses every edit and stays as it was")
    func onlyDraft() throws {
        var issued = draft()
        try issued.transition(to: .issued)
        let before = issued
        #expect(throws: PlanEditError.notDraft(.issued)) { try issued.setRecord(from: Plan(year: 2026, title: "Khác")) }
        #expect(throws: PlanEditError.notDraft(.issued)) { try issued.setSection(number: "III", title: "Mới") }
        #expect(throws: PlanEditError.notDraft(.issued)) { try issued.removeTask("a") }
        #expect(throws: PlanEditError.notDraft(.issued)) {
            try issued.setTask(PlanTask(number: "I.9", content: "X", time: .year(2024)), inSection: "I")
        }
        #expect(issued == before)
    }

    @Test("The record is replaced; sections and status stay")
    func record() throws {
        var plan = draft()
        try plan.setRecord(from: Plan(reference: DocumentReference(serial: nil, date: PartialDate(year: 2025, month: 2)),
                                      year: 2025, title: "Kế hoạch truyền thông 2025", legalBases: ["Nghị định 63/2010/NĐ-CP"]))
        #expect(plan.title == "Kế hoạch truyền thông 2025")
        #expect(plan.reference.date?.vnFormat == "…/02/2025")
        #expect(plan.tasks.count == 2)
        #expect(plan.status == .draft)
    }

    @Test("Task numbers are unique; a task is replaced by its id and moves with its section")
    func tasks() throws {
        var plan = draft()
        #expect(throws: PlanEditError.taskNumberTaken("II.1")) {
            try plan.setTask(PlanTask(id: "c", number: "II.1", content: "Trùng", time: .year(2025)), inSection: "II")
        }
        try plan.setTask(PlanTask(id: "c", number: "II.2", content: "Mới", time: .year(2025)), inSection: "II")
        var moved = try #require(plan.task("a"))
        moved.content = "Đăng tin (sửa)"
        try plan.setTask(moved, inSection: "II")
        #expect(plan.sections[0].tasks.isEmpty)
        #expect(plan.sections[1].tasks.map(\.id) == ["b", "c", "a"])
        #expect(plan.task("a")?.content == "Đăng tin (sửa)")
        try plan.removeTask("c")
        #expect(throws: PlanEditError.taskNotFound("c")) { try plan.removeTask("c") }
    }

    @Test("Renumbering a section carries its tasks' numbers; a taken number is refused; removing a section removes its tasks")
    func sections() throws {
        var plan = draft()
        #expect(throws: PlanEditError.sectionNumberTaken("II")) { try plan.setSection(number: "II", title: "X", replacing: "I") }
        try plan.setSection(number: "III", title: "Truyền thông (sửa)", replacing: "I")
        #expect(plan.task("a")?.number == "III.1")
        #expect(plan.sections.map(\.number) == ["III", "II"])
        try plan.removeSection("II")
        #expect(plan.tasks.map(\.id) == ["a"])
        #expect(PlanSection.numeral(3) == "III")
    }
}
