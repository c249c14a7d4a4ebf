/// What a unit reports for an occurrence, once validated (`ReportForm.validate`).
public struct ReportContent: Sendable, Hashable, Codable {
    public var workStatus: WorkStatus
    /// Why it cannot be done (required with `.cannotBeDone`, empty otherwise).
    public var reason: String
    /// What was done (kết quả thực hiện).
    public var summary: String
    /// Values of the task's metrics by metric key; a metric left blank is absent.
    public var metrics: [String: Int]
    public var evidence: [Evidence]

    public init(workStatus: WorkStatus = .notStarted, reason: String = "", summary: String = "",
                metrics: [String: Int] = [:], evidence: [Evidence] = []) {
        self.workStatus = workStatus
        self.reason = reason
        self.summary = summary
        self.metrics = metrics
        self.evidence = evidence
    }

    /// What a submission still lacks: a reason when it cannot be done; a summary of what was
    /// done when in progress or done.
    public var submissionErrors: [ReportFieldError] {
        var errors: [ReportFieldError] = []
        if workStatus == .cannotBeDone, !VietnameseText.hasText(reason) {
            errors.append(ReportFieldError(field: .reason, problem: .reasonRequired))
        }
        if workStatus == .inProgress || workStatus == .done, !VietnameseText.hasText(summary) {
            errors.append(ReportFieldError(field: .summary, problem: .summaryRequired))
        }
        return errors
    }
}
