import Foundation
import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Report review: draft → submitted → accepted, or returned with a comment → resubmitted")
struct ReportReviewTests {
    static let key = ObligationKey(occurrence: OccurrenceKey(task: "II.10", period: range("2024-01-01", "2024-03-31")),
                                   unit: Units.dienKim)
    static let done = ReportContent(workStatus: .done, summary: "Niêm yết 312 TTHC tại Bộ phận một cửa",
                                    metrics: ["tthc-duoc-niem-yet": 312])

    static func reach(_ status: ReviewStatus) -> UnitReport {
        let actions: [(ReviewAction, String)] = switch status {
        case .draft: []
        case .submitted: [(.submit, "2024-03-25T09:00")]
        case .returned: [(.submit, "2024-03-25T09:00"), (.returnForRevision(comment: "Thiếu ảnh"), "2024-03-26T09:00")]
        case .resubmitted: [(.submit, "2024-03-25T09:00"), (.returnForRevision(comment: "Thiếu ảnh"), "2024-03-26T09:00"),
                            (.resubmit, "2024-03-27T09:00")]
        case .accepted: [(.submit, "2024-03-25T09:00"), (.accept(), "2024-03-26T09:00")]
        }
        return report(key, content: done, actions: actions)
    }

    static func action(_ kind: ReviewAction.Kind) -> ReviewAction {
        switch kind {
        case .submit: .submit
        case .returnForRevision: .returnForRevision(comment: "Bổ sung đường dẫn bài viết")
        case .resubmit: .resubmit
        case .accept: .accept(comment: "Đạt")
        }
    }

    /// Written out independently of `ReviewAction.table`.
    static let expected: [ReviewStatus: [ReviewAction.Kind: ReviewStatus]] = [
        .draft: [.submit: .submitted],
        .submitted: [.returnForRevision: .returned, .accept: .accepted],
        .returned: [.resubmit: .resubmitted],
        .resubmitted: [.returnForRevision: .returned, .accept: .accepted],
        .accepted: [:],
    ]

    @Test("Every status × action: allowed ones lead where the table says and are recorded; the rest change nothing",
          arguments: ReviewStatus.allCases, ReviewAction.Kind.allCases)
    func table(status: ReviewStatus, kind: ReviewAction.Kind) {
        let before = Self.reach(status)
        var after = before
        let moment = at("2024-03-28T10:00")
        if let target = Self.expected[status]?[kind] {
            #expect(throws: Never.self) { try after.apply(Self.action(kind), by: "coordinator", at: moment) }
            #expect(after.status == target)
            #expect(after.history.last?.action == kind)
            #expect(after.history.last?.from == status)
            #expect(after.history.last?.by == "coordinator")
            #expect(after.history.last?.at == moment)
            #expect(after.history.count == before.history.count + 1)
        } else {
            #expect(throws: ReportTransitionError.notAllowed(action: kind, from: status)) {
                try after.apply(Self.action(kind), by: "coordinator", at: moment)
            }
            #expect(after == before)
        }
    }

    @Test("Returning needs a comment; the comment is kept in the history and shown while returned")
    func returnComment() throws {
        var report = Self.reach(.submitted)
        let before = report
        #expect(throws: ReportTransitionError.commentRequired) {
            try report.apply(.returnForRevision(comment: " \n"), by: "coordinator", at: at("2024-03-26T09:00"))
        }
        #expect(report == before)
        try report.apply(.returnForRevision(comment: "Thiếu ảnh minh chứng"), by: "coordinator", at: at("2024-03-26T09:00"))
        #expect(report.returnComment == "Thiếu ảnh minh chứng")
        #expect(report.history.last?.comment == "Thiếu ảnh minh chứng")
    }

    @Test("The full story: submit, return, edit, resubmit, accept; history has every step")
    func story() throws {
        var report = UnitReport(obligation: Self.key, createdBy: "officer", at: at("2024-03-20T08:00"))
        try report.edit(Self.done, at: at("2024-03-20T08:30"))
        try report.apply(.submit, by: "officer", at: at("2024-03-25T09:00"))
        #expect(throws: ReportTransitionError.notEditable(.submitted)) { try report.edit(Self.done, at: at("2024-03-25T10:00")) }
        try report.apply(.returnForRevision(comment: "Thiếu ảnh"), by: "coordinator", at: at("2024-03-26T09:00"))
        var fixed = Self.done
        fixed.evidence = [.link(url: "https://dienchau.gov.vn/a", title: "Ảnh")]
        try report.edit(fixed, at: at("2024-03-26T15:00"))
        try report.apply(.resubmit, by: "officer", at: at("2024-03-27T09:00"))
        try report.apply(.accept(), by: "coordinator", at: at("2024-03-28T09:00"))
        #expect(report.history.map(\.to) == [.submitted, .returned, .resubmitted, .accepted])
        #expect(report.history.map(\.by) == ["officer", "coordinator", "officer", "coordinator"])
        #expect(report.firstSubmittedAt == at("2024-03-25T09:00"))
        #expect(report.lastSubmittedAt == at("2024-03-27T09:00"))
        #expect(report.acceptedAt == at("2024-03-28T09:00"))
        #expect(report.content == fixed)
        #expect(report.status(onEndOf: day("2024-03-26")) == .returned)
        #expect(report.status(onEndOf: day("2024-03-19")) == nil)
        #expect(report.status(onEndOf: day("2024-03-21")) == .draft)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(UnitReport.self, from: data) == report)
    }

    @Test("An incomplete report cannot be submitted; the error names the missing fields")
    func incomplete() {
        var report = UnitReport(obligation: Self.key, content: ReportContent(workStatus: .cannotBeDone),
                                createdBy: "officer", at: at("2024-03-20T08:00"))
        let before = report
        #expect(throws: ReportTransitionError.incomplete([ReportFieldError(field: .reason, problem: .reasonRequired)])) {
            try report.apply(.submit, by: "officer", at: at("2024-03-21T08:00"))
        }
        #expect(report == before)
        #expect(ReportTransitionError.incomplete([ReportFieldError(field: .reason, problem: .reasonRequired)]).message(.vi)
            == "Báo cáo chưa đủ để gửi: Phải nêu lý do không thực hiện được")
    }

    @Test("Actions may not go back in time")
    func order() {
        var report = Self.reach(.submitted)
        let before = report
        #expect(throws: ReportTransitionError.outOfOrder(at: at("2024-03-24T09:00"), last: at("2024-03-25T09:00"))) {
            try report.apply(.accept(), by: "coordinator", at: at("2024-03-24T09:00"))
        }
        #expect(report == before)
    }

    @Test("Refusals read in both languages")
    func messages() {
        let error = ReportTransitionError.notAllowed(action: .accept, from: .draft)
        #expect(error.message(.vi) == "Không thể chấp nhận báo cáo khi báo cáo ở trạng thái \"Bản nháp\"")
        #expect(error.message(.en) == "Cannot accept the report while it is \"Draft\"")
    }
}
