import Foundation

/// A unit report as typed into the form: every value as text, so a form with errors can be
/// shown again exactly as it was filled in.
public struct ReportForm: Sendable, Hashable, Codable {
    public var workStatus: String
    public var reason: String
    public var summary: String
    /// Typed metric values by metric key ("" for blank).
    public var metrics: [String: String]
    public var links: [LinkInput]
    /// Files already uploaded (the upload itself checked and stored them).
    public var files: [FileReference]
    public var records: [RecordReference]

    public struct LinkInput: Sendable, Hashable, Codable {
        public var url: String
        public var title: String

        public init(url: String, title: String = "") {
            self.url = url
            self.title = title
        }
    }

    public init(workStatus: String = WorkStatus.notStarted.rawValue, reason: String = "", summary: String = "",
                metrics: [String: String] = [:], links: [LinkInput] = [], files: [FileReference] = [],
                records: [RecordReference] = []) {
        self.workStatus = workStatus
        self.reason = reason
        self.summary = summary
        self.metrics = metrics
        self.links = links
        self.files = files
        self.records = records
    }

    /// Whether the form is being saved as a draft or submitted for review.
    public enum Intent: Sendable, Hashable { case draft, submission }

    /// Longest free text accepted (what was done, the reason).
    public static let maxTextLength = 20_000

    /// The validated content, or every field error at once. Always checked: the status is
    /// known; metric values are whole numbers ≥ 0 for metrics of `task` (others refused); links
    /// are http(s); files are of an accepted type and size. On submission also: the reason when
    /// it cannot be done, what was done when in progress or done. Blank links are ignored;
    /// text is NFC.
    public func validate(for task: PlanTask, intent: Intent,
                         policy: EvidencePolicy = EvidencePolicy()) -> Result<ReportContent, ReportFormErrors> {
        var errors: [ReportFieldError] = []
        let status = WorkStatus(rawValue: workStatus.trimmingCharacters(in: .whitespaces))
        if status == nil { errors.append(ReportFieldError(field: .workStatus, problem: .unknownWorkStatus(workStatus))) }
        let cleanReason = reason.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        let cleanSummary = summary.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        let tooLong = ReportProblem.textTooLong(limit: Self.maxTextLength)
        if cleanReason.count > Self.maxTextLength { errors.append(ReportFieldError(field: .reason, problem: tooLong)) }
        if cleanSummary.count > Self.maxTextLength { errors.append(ReportFieldError(field: .summary, problem: tooLong)) }

        var values: [String: Int] = [:]
        for key in metrics.keys.sorted() {
            let typed = (metrics[key] ?? "").trimmingCharacters(in: .whitespaces)
            guard task.metric(key) != nil else {
                errors.append(ReportFieldError(field: .metric(key), problem: .unknownMetric(key)))
                continue
            }
            if typed.isEmpty { continue }
            guard let value = ReportForm.wholeNumber(typed) else {
                errors.append(ReportFieldError(field: .metric(key), problem: .notANumber(typed)))
                continue
            }
            guard value >= 0 else {
                errors.append(ReportFieldError(field: .metric(key), problem: .negative(value)))
                continue
            }
            values[key] = value
        }

        var evidence: [Evidence] = []
        for (index, link) in links.enumerated() {
            let url = link.url.trimmingCharacters(in: .whitespacesAndNewlines)
            if url.isEmpty { continue }
            if policy.isValidLink(url) {
                evidence.append(.link(url: url, title: VietnameseText.clean(link.title)))
            } else {
                errors.append(ReportFieldError(field: .link(index), problem: .invalidLink(url)))
            }
        }
        for (index, file) in files.enumerated() {
            if file.byteCount > policy.maxFileBytes {
                let problem = ReportProblem.fileTooLarge(name: file.name, bytes: file.byteCount, limit: policy.maxFileBytes)
                errors.append(ReportFieldError(field: .file(index), problem: problem))
            } else if !policy.allowedContentTypes.contains(file.contentType.lowercased()) {
                errors.append(ReportFieldError(field: .file(index),
                                         problem: .fileTypeNotAllowed(name: file.name, contentType: file.contentType)))
            } else {
                evidence.append(.file(file))
            }
        }
        for (index, record) in records.enumerated() {
            if VietnameseText.hasText(record.kind), VietnameseText.hasText(record.id) {
                evidence.append(.record(record))
            } else {
                errors.append(ReportFieldError(field: .record(index), problem: .recordIncomplete))
            }
        }
        if evidence.count > policy.maxItems {
            errors.append(ReportFieldError(field: .evidence, problem: .tooMuchEvidence(limit: policy.maxItems)))
        }

        let content = ReportContent(workStatus: status ?? .notStarted,
                                    reason: status == .cannotBeDone ? cleanReason : "",
                                    summary: cleanSummary, metrics: values, evidence: evidence)
        if intent == .submission, status != nil { errors += content.submissionErrors }
        return errors.isEmpty ? .success(content) : .failure(ReportFormErrors(errors))
    }

    /// The form showing `content`, for editing a saved report.
    public init(_ content: ReportContent) {
        var links: [LinkInput] = [], files: [FileReference] = [], records: [RecordReference] = []
        for item in content.evidence {
            switch item {
            case .link(let url, let title): links.append(LinkInput(url: url, title: title))
            case .file(let file): files.append(file)
            case .record(let record): records.append(record)
            }
        }
        self.init(workStatus: content.workStatus.rawValue, reason: content.reason, summary: content.summary,
                  metrics: content.metrics.mapValues(String.init), links: links, files: files, records: records)
    }

    /// "12", "-3", "1.200" or "1 200" (Vietnamese thousands separators); nil for "1.5", "abc".
    static func wholeNumber(_ text: String) -> Int? {
        var body = Substring(text)
        let negative = body.hasPrefix("-")
        if negative { body = body.dropFirst() }
        let groups = body.split(separator: body.contains(".") ? "." : " ", omittingEmptySubsequences: false)
        guard let first = groups.first, !first.isEmpty, first.count <= (groups.count > 1 ? 3 : 18),
              groups.dropFirst().allSatisfy({ $0.count == 3 }),
              groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let value = Int(groups.joined()) else { return nil }
        return negative ? -value : value
    }
}
