import Foundation
import Plans
import Platform
import PlanRules
import WorkCalendar

/// What happened to each obligation of the first half of 2024 in the demo, decided by a stable
/// hash so that every load tells the same story.
enum DemoStory {
    enum Fate: Sendable {
        case none, draft, submitted(late: Bool), accepted(late: Bool), returned
    }

    static let urgeNote = "Đề nghị đơn vị khẩn trương hoàn thành việc niêm yết và gửi báo cáo trước ngày 10/7/2024."
    static let returnComment = "Đề nghị bổ sung số người tham gia và đường dẫn bài viết minh chứng cho các buổi tuyên truyền lồng ghép."

    static func hash(_ text: String) -> Int {
        text.unicodeScalars.reduce(7) { ($0 &* 31 &+ Int($1.value)) % 1_000_003 } % 100
    }

    static func fate(task: String, unitKey: String, sequence: Int, due: LocalDate) -> Fate {
        let h = hash("\(unitKey)|\(task)|\(sequence)")
        let commune = unitKey.hasPrefix("commune:")
        if due.month <= 3 {
            if commune { return h < 60 ? .accepted(late: false) : h < 72 ? .accepted(late: true) : h < 82 ? .submitted(late: true) : .none }
            return h < 85 ? .accepted(late: false) : h < 95 ? .accepted(late: true) : .none
        }
        if task == "I.2", unitKey == "justice" { return .returned }
        if task == "II.10", unitKey == "commune:17413" { return .draft }
        if task == "II.10", unitKey == "commune:17392" { return .none }
        if commune { return h < 35 ? .accepted(late: false) : h < 50 ? .submitted(late: false) : h < 60 ? .draft : .none }
        return h < 60 ? .accepted(late: false) : h < 80 ? .submitted(late: false) : h < 90 ? .draft : .none
    }

    static func play(_ fate: Fate, planID: UUID, task: PlanTask, obligation: ReportingObligation, unitKey: String, writer: AuditActor,
                     person: UUID, office: AuditActor, reviewer: UUID, on database: DatabaseHandle) async throws {
        let h = hash("\(unitKey)|\(task.number)|\(obligation.occurrence.sequence)")
        let late: Bool
        switch fate {
        case .none: return
        case .draft, .returned: late = false
        case .submitted(let l), .accepted(let l): late = l
        }
        let submitDay = late ? obligation.due.adding(days: 3 + h % 12) : obligation.due.adding(days: -(1 + h % 9))
        let submitAt = LocalDateTime(date: submitDay, hour: 9, minute: 30)!
        let draftAt = LocalDateTime(date: submitDay.adding(days: -1), hour: 15, minute: 10)!
        let content = content(task, obligation, unitKey: unitKey, h: h, complete: fate.isHandedIn)
        try await ReportStore.save(planID, obligation: obligation, content: content, submit: false, person: person, actor: writer,
                                   at: draftAt, on: database)
        guard !fate.isDraft else { return }
        try await ReportStore.save(planID, obligation: obligation, content: content, submit: true, person: person, actor: writer,
                                   at: submitAt, on: database)
        let reviewAt = LocalDateTime(date: submitDay.adding(days: 2), hour: 14, minute: 0)!
        switch fate {
        case .accepted:
            try await ReportStore.review(planID, obligation.key, action: .accept(comment: ""), person: reviewer, actor: office,
                                         at: reviewAt, taskNumber: task.number, on: database)
        case .returned:
            try await ReportStore.review(planID, obligation.key, action: .returnForRevision(comment: returnComment), person: reviewer,
                                         actor: office, at: reviewAt, taskNumber: task.number, on: database)
        default: break
        }
    }

    static func content(_ task: PlanTask, _ obligation: ReportingObligation, unitKey: String, h: Int, complete: Bool) -> ReportContent {
        var metrics: [String: Int] = [:]
        for (index, metric) in task.metrics.enumerated() {
            let base = (h * (index + 3)) % 9 + 1
            let unit = metric.unit
            let scale = unit.contains("người") ? 15 : unit.contains("tờ") ? 100 : unit.contains("thủ tục") ? 12 : unit.contains("lượt") ? 20 : 1
            metrics[metric.key] = base * scale
        }
        var evidence: [Evidence] = []
        if unitKey == "media-centre" || unitKey == "portal" || task.number == "I.3" {
            evidence.append(.link(url: "https://dienchau.nghean.gov.vn/tin-tuc-su-kien", title: "Tin, bài trên Cổng thông tin điện tử huyện"))
        }
        let summary = (summaries[task.number] ?? "Đã triển khai nhiệm vụ theo kế hoạch") + " trong \(obligation.occurrence.label.vi.lowercasedFirst)."
        return ReportContent(workStatus: complete ? .done : .inProgress, summary: summary, metrics: metrics, evidence: evidence)
    }

    static let summaries: [String: String] = [
        "I.1": "Phối hợp với Ủy ban MTTQ huyện giám sát việc giải quyết TTHC tại Bộ phận một cửa",
        "I.2": "Lồng ghép tuyên truyền về kiểm soát TTHC tại các hội nghị phổ biến pháp luật ở cơ sở",
        "I.3": "Đăng tải tin, bài và phóng sự về kiểm soát TTHC trên Cổng thông tin điện tử và Đài truyền thanh huyện",
        "II.1": "Tuyên truyền Đề án 06 và cơ chế một cửa, một cửa liên thông qua hệ thống loa truyền thanh và hội nghị",
        "II.2": "Hướng dẫn tổ chức, cá nhân thực hiện TTHC trực tiếp tại Bộ phận một cửa và qua điện thoại",
        "II.3": "Tuyên truyền hoạt động của Trung tâm Phục vụ hành chính công tỉnh và Bộ phận một cửa huyện, xã",
        "II.4": "Đăng tải kết quả cải cách, kiểm soát TTHC của huyện và các xã trên Cổng thông tin điện tử",
        "II.5": "Tổ chức cuộc thi tìm hiểu về cải cách hành chính, kiểm soát TTHC",
        "II.6": "In và phát hành sổ tay, tờ rơi hướng dẫn thực hiện TTHC",
        "II.7": "Tổ chức đoàn học tập kinh nghiệm về kiểm soát TTHC",
        "II.8": "Rà soát, đề xuất phương án đơn giản hóa TTHC và cập nhật TTHC mới ban hành",
        "II.9": "Tổ chức đối thoại với người dân, doanh nghiệp về giải quyết TTHC",
        "II.10": "Niêm yết công khai đầy đủ, đúng quy định các TTHC thuộc thẩm quyền tại trụ sở và trên Cổng thông tin",
        "II.11": "Niêm yết địa chỉ tiếp nhận phản ánh, kiến nghị về quy định hành chính tại trụ sở",
        "II.12": "Tiếp nhận, xử lý và công khai kết quả xử lý phản ánh, kiến nghị về quy định hành chính",
    ]
}

extension DemoStory.Fate {
    var isHandedIn: Bool {
        switch self {
        case .submitted, .accepted, .returned: true
        case .none, .draft: false
        }
    }

    var isDraft: Bool {
        if case .draft = self { return true }
        return false
    }
}

extension String {
    /// "Quý I/2024" → "quý I/2024".
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
