import WorkCalendar
import Localization

/// Why an edit of a plan was refused. A refused edit changes nothing.
public enum PlanEditError: Error, Sendable, Hashable {
    /// Only a draft may be edited (`PlanStatus.allowsEditing`); an issued plan is a signed document.
    case notDraft(PlanStatus)
    case sectionNumberMissing
    case sectionNumberTaken(String)
    case sectionNotFound(String)
    case taskNumberMissing
    case taskNumberTaken(String)
    case taskNotFound(String)

    public var text: LocalizedText {
        switch self {
        case .notDraft(let status):
            LocalizedText(vi: "Kế hoạch đang ở trạng thái \"\(status.name.vi)\": chỉ sửa được kế hoạch dự thảo",
                          en: "The plan is \"\(status.name.en)\": only a draft can be edited")
        case .sectionNumberMissing:
            LocalizedText(vi: "Chưa nhập số thứ tự của mục", en: "The section has no number")
        case .sectionNumberTaken(let number):
            LocalizedText(vi: "Kế hoạch đã có mục \(number)", en: "The plan already has section \(number)")
        case .sectionNotFound(let number):
            LocalizedText(vi: "Kế hoạch không có mục \(number)", en: "The plan has no section \(number)")
        case .taskNumberMissing:
            LocalizedText(vi: "Chưa nhập số thứ tự của nhiệm vụ", en: "The task has no number")
        case .taskNumberTaken(let number):
            LocalizedText(vi: "Kế hoạch đã có nhiệm vụ số \(number)", en: "The plan already has task \(number)")
        case .taskNotFound(let id):
            LocalizedText(vi: "Kế hoạch không có nhiệm vụ \(id)", en: "The plan has no task \(id)")
        }
    }
}

extension Plan {
    /// Refuses any edit unless the plan is a draft.
    public func requireDraft() throws(PlanEditError) {
        guard status.allowsEditing else { throw .notDraft(status) }
    }

    /// Replaces the document facts (number, date, issuer, year, title, bases, purposes,
    /// requirements, funding, duties, the implemented plan, recipients, signer, reporting
    /// settings) with those of `record`; status and sections stay.
    public mutating func setRecord(from record: Plan) throws(PlanEditError) {
        try requireDraft()
        let sections = self.sections
        let status = self.status
        self = record
        self.sections = sections
        self.status = status
    }

    /// Adds a section, or changes the one numbered `replacing`: its tasks stay, and task numbers
    /// that began with the old number ("II.5") follow the new one ("III.5"). Numbers are unique.
    public mutating func setSection(number: String, title: String, replacing old: String? = nil) throws(PlanEditError) {
        try requireDraft()
        let number = VietnameseText.clean(number)
        guard !number.isEmpty else { throw .sectionNumberMissing }
        if number != old, sections.contains(where: { $0.number == number }) { throw .sectionNumberTaken(number) }
        guard let old else {
            sections.append(PlanSection(number: number, title: VietnameseText.clean(title)))
            return
        }
        guard let index = sections.firstIndex(where: { $0.number == old }) else { throw .sectionNotFound(old) }
        var section = sections[index]
        section.number = number
        section.title = VietnameseText.clean(title)
        if number != old {
            for t in section.tasks.indices where section.tasks[t].number.hasPrefix(old + ".") {
                section.tasks[t].number = number + section.tasks[t].number.dropFirst(old.count)
            }
            let others = Set(sections.filter { $0.number != old }.flatMap(\.tasks).map(\.number))
            if let clash = section.tasks.first(where: { others.contains($0.number) }) { throw .taskNumberTaken(clash.number) }
        }
        sections[index] = section
    }

    /// Removes a section with its tasks.
    public mutating func removeSection(_ number: String) throws(PlanEditError) {
        try requireDraft()
        guard let index = sections.firstIndex(where: { $0.number == number }) else { throw .sectionNotFound(number) }
        sections.remove(at: index)
    }

    /// Adds `task` at the end of section `sectionNumber`, or replaces the task with its id (moving
    /// it when the section changed). Task numbers are unique in the plan.
    public mutating func setTask(_ task: PlanTask, inSection sectionNumber: String) throws(PlanEditError) {
        try requireDraft()
        guard !task.number.isEmpty else { throw .taskNumberMissing }
        if tasks.contains(where: { $0.number == task.number && $0.id != task.id }) { throw .taskNumberTaken(task.number) }
        guard let target = sections.firstIndex(where: { $0.number == sectionNumber }) else { throw .sectionNotFound(sectionNumber) }
        if let s = sections.firstIndex(where: { $0.tasks.contains { $0.id == task.id } }),
           let t = sections[s].tasks.firstIndex(where: { $0.id == task.id }) {
            if s == target {
                sections[s].tasks[t] = task
                return
            }
            sections[s].tasks.remove(at: t)
        }
        sections[target].tasks.append(task)
    }

    /// Removes the task with `id`.
    public mutating func removeTask(_ id: TaskID) throws(PlanEditError) {
        try requireDraft()
        for s in sections.indices {
            if let t = sections[s].tasks.firstIndex(where: { $0.id == id }) {
                sections[s].tasks.remove(at: t)
                return
            }
        }
        throw .taskNotFound(id.rawValue)
    }

    /// The section holding the task with `id`.
    public func section(of id: TaskID) -> PlanSection? {
        sections.first { $0.tasks.contains { $0.id == id } }
    }
}

extension PlanSection {
    /// The Roman numeral of the n-th section ("II"), as the appendix numbers them.
    public static func numeral(_ n: Int) -> String { VietnameseText.roman(n) }
}
