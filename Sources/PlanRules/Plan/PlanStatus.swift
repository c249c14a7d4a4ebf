import WorkCalendar
import Localization

/// The life of a plan: drafted, issued (units report on it), closed (the year is over and the
/// results report written; nothing more is reported).
///
/// ```
/// draft ─issue→ issued ─close→ closed
/// ```
public enum PlanStatus: String, Sendable, Hashable, Codable, CaseIterable {
    case draft, issued, closed

    public var name: LocalizedText {
        switch self {
        case .draft: LocalizedText(vi: "Dự thảo", en: "Draft")
        case .issued: LocalizedText(vi: "Đã ban hành", en: "Issued")
        case .closed: LocalizedText(vi: "Đã kết thúc", en: "Closed")
        }
    }

    /// The statuses reachable in one move.
    public var next: Set<PlanStatus> {
        switch self {
        case .draft: [.issued]
        case .issued: [.closed]
        case .closed: []
        }
    }

    /// Tasks, assignees and times may be edited only in a draft.
    public var allowsEditing: Bool { self == .draft }

    /// Units report, and reminders go out, only while the plan is issued.
    public var acceptsReports: Bool { self == .issued }
}

/// Why a plan could not change status. A refused move changes nothing.
public enum PlanTransitionError: Error, Sendable, Hashable {
    case notAllowed(from: PlanStatus, to: PlanStatus)
    case titleMissing
    case noTasks
    /// A task names no lead assignee, so nobody would answer for it.
    case taskWithoutLead(number: String)
    /// A task's time reads a value out of range (quarter 5…).
    case invalidTime(number: String, TaskTimeError)
    case duplicateTaskNumber(String)

    public var text: LocalizedText {
        switch self {
        case .notAllowed(let from, let to):
            LocalizedText(vi: "Không thể chuyển kế hoạch từ \"\(from.name.vi)\" sang \"\(to.name.vi)\"",
                          en: "A plan cannot go from \"\(from.name.en)\" to \"\(to.name.en)\"")
        case .titleMissing:
            LocalizedText(vi: "Kế hoạch chưa có tên", en: "The plan has no title")
        case .noTasks:
            LocalizedText(vi: "Kế hoạch chưa có nhiệm vụ nào", en: "The plan has no task")
        case .taskWithoutLead(let number):
            LocalizedText(vi: "Nhiệm vụ \(number) chưa có đơn vị thực hiện",
                          en: "Task \(number) has no lead unit")
        case .invalidTime(let number, let error):
            LocalizedText(vi: "Nhiệm vụ \(number): \(error.text.vi)", en: "Task \(number): \(error.text.en)")
        case .duplicateTaskNumber(let number):
            LocalizedText(vi: "Số thứ tự nhiệm vụ \(number) bị trùng", en: "Task number \(number) is used twice")
        }
    }

    public func message(_ language: Language) -> String { text(language) }
}

extension Plan {
    /// What stops this plan from being issued (empty: it can be issued).
    public var issueProblems: [PlanTransitionError] {
        var problems: [PlanTransitionError] = []
        if !VietnameseText.hasText(title) { problems.append(.titleMissing) }
        if tasks.isEmpty { problems.append(.noTasks) }
        var seen = Set<String>()
        for task in tasks {
            if !seen.insert(task.number).inserted { problems.append(.duplicateTaskNumber(task.number)) }
            if task.lead.isEmpty { problems.append(.taskWithoutLead(number: task.number)) }
            if let problem = task.time.problem { problems.append(.invalidTime(number: task.number, problem)) }
        }
        return problems
    }

    /// Moves the plan to `status`. Issuing checks the plan first and reports the first problem
    /// (`issueProblems` lists them all). On error the plan is unchanged.
    public mutating func transition(to status: PlanStatus) throws(PlanTransitionError) {
        guard self.status.next.contains(status) else { throw .notAllowed(from: self.status, to: status) }
        if status == .issued, let problem = issueProblems.first { throw problem }
        self.status = status
    }
}
