import PlanRules
import Testing
import WorkCalendar
import TestKit

@Suite("Unit report form: every field error at once, nothing lost")
struct ReportFormTests {
    /// II.6 (leaflets) with the suggested metrics "so-tay-phat-hanh" (cuốn) and "to-roi-to-gap-phat-hanh" (tờ rơi).
    let task = task2024("II.6")

    @Test("A complete form gives its content: NFC text, whole numbers, evidence of three kinds")
    func valid() throws {
        let form = ReportForm(
            workStatus: "done", summary: "Đã phát 1.200 tờ rơi".decomposedStringWithCanonicalMapping,
            metrics: ["to-roi-to-gap-phat-hanh": "1.200", "so-tay-phat-hanh": " 150 "],
            links: [.init(url: "https://dienchau.nghean.gov.vn/tin-tuc/phat-to-roi", title: "Tin"), .init(url: "  ")],
            files: [FileReference(id: "f1", name: "anh.jpg", contentType: "image/jpeg", byteCount: 300_000)],
            records: [RecordReference(kind: "article", id: "42", label: "Bài viết")])
        let content = try form.validate(for: task, intent: .submission).get()
        #expect(content.workStatus == .done)
        #expect(content.summary == "Đã phát 1.200 tờ rơi")
        #expect(content.summary.unicodeScalars.count == "Đã phát 1.200 tờ rơi".unicodeScalars.count)
        #expect(content.metrics == ["to-roi-to-gap-phat-hanh": 1200, "so-tay-phat-hanh": 150])
        #expect(content.evidence.count == 3)
        #expect(ReportForm(content).validate(for: task, intent: .submission) == .success(content))
    }

    @Test("All problems are reported together, each on its field")
    func allErrors() {
        let form = ReportForm(
            workStatus: "cannotBeDone", reason: "  ",
            metrics: ["to-roi-to-gap-phat-hanh": "-5", "so-tay-phat-hanh": "nhiều", "bai-viet": "3"],
            links: [.init(url: "ftp://example.vn/a"), .init(url: "javascript:alert(1)"), .init(url: "https://ok.vn/x")],
            files: [FileReference(id: "f", name: "big.pdf", contentType: "application/pdf", byteCount: 6_000_000),
                    FileReference(id: "g", name: "run.exe", contentType: "application/x-msdownload", byteCount: 10)],
            records: [RecordReference(kind: "", id: "1", label: "")])
        guard case .failure(let failure) = form.validate(for: task, intent: .submission) else {
            Issue.record("expected errors")
            return
        }
        let fields = failure.errors.map(\.field)
        #expect(fields == [.metric("bai-viet"), .metric("so-tay-phat-hanh"), .metric("to-roi-to-gap-phat-hanh"),
                           .link(0), .link(1), .file(0), .file(1), .record(0), .reason])
        #expect(failure.errors(for: .metric("bai-viet")).first?.problem == .unknownMetric("bai-viet"))
        #expect(failure.errors(for: .metric("to-roi-to-gap-phat-hanh")).first?.problem == .negative(-5))
        #expect(failure.errors(for: .metric("so-tay-phat-hanh")).first?.message(.vi) == "\"nhiều\" không phải là số nguyên")
        #expect(failure.errors(for: .reason).first?.message(.vi) == "Phải nêu lý do không thực hiện được")
        #expect(ReportField.metric("bai-viet").name == "metric.bai-viet")
    }

    @Test("A draft may be incomplete; a submission may not")
    func draftVersusSubmission() {
        let form = ReportForm(workStatus: "done", summary: "")
        #expect((try? form.validate(for: task, intent: .draft).get()) != nil)
        guard case .failure(let failure) = form.validate(for: task, intent: .submission) else {
            Issue.record("expected a missing summary")
            return
        }
        #expect(failure.errors == [ReportFieldError(field: .summary, problem: .summaryRequired)])
        let notStarted = ReportForm(workStatus: "notStarted")
        #expect((try? notStarted.validate(for: task, intent: .submission).get()) != nil)
    }

    @Test("An unknown status is refused; the reason is kept only when it cannot be done")
    func status() throws {
        guard case .failure(let failure) = ReportForm(workStatus: "finished").validate(for: task, intent: .draft) else {
            Issue.record("expected an error")
            return
        }
        #expect(failure.errors.map(\.problem) == [.unknownWorkStatus("finished")])
        let content = try ReportForm(workStatus: "inProgress", reason: "x", summary: "Đang in").validate(for: task, intent: .submission).get()
        #expect(content.reason == "")
    }

    static let links: [(String, Bool)] = [
        ("https://dienchau.nghean.gov.vn/bai-viet?id=1", true),
        ("http://example.vn", true),
        ("HTTPS://EXAMPLE.VN/A", true),
        ("ftp://example.vn/file", false),
        ("javascript:alert(1)", false),
        ("https://", false),
        ("https://exa mple.vn", false),
        ("dienchau.gov.vn/tin", false),
        ("https://.vn/", false),
        ("", false),
    ]

    @Test("Links must be absolute http(s) URLs with a host", arguments: links)
    func link(url: String, valid: Bool) {
        #expect(EvidencePolicy().isValidLink(url) == valid)
    }

    @Test("Whole numbers: digits, Vietnamese thousands with dots or spaces; no decimals")
    func numbers() throws {
        let cases: [(String, Int?)] = [("0", 0), ("12", 12), ("1.200", 1200), ("1 200 000", 1_200_000), ("1.5", nil),
                                       ("12a", nil), ("1.20", nil), ("", nil)]
        for (typed, value) in cases {
            let result = ReportForm(metrics: ["so-tay-phat-hanh": typed]).validate(for: task, intent: .draft)
            if let value {
                #expect(try result.get().metrics["so-tay-phat-hanh"] == value, "\(typed)")
            } else if typed.isEmpty {
                #expect(try result.get().metrics.isEmpty)
            } else {
                #expect(throws: ReportFormErrors.self, "\(typed)") { try result.get() }
            }
        }
    }
}
