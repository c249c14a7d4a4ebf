import FluentKit
import Foundation
import Hummingbird
import Platform
import PlanRules
import Localization

/// Everything a report page needs, loaded once the person's right to see it is checked.
struct ReportAccess: Sendable {
    let person: PersonRecord
    let stored: StoredPlan
    let task: PlanTask
    let obligation: ReportingObligation
    let report: StoredReport?
    let names: PlanNames
    /// The person acts for the obligation's unit.
    let canReport: Bool
    /// The person reviews reports (the office).
    let canReview: Bool

    var planID: UUID { stored.id }
    var key: ObligationKey { obligation.key }
    var unitName: String { names.unit(obligation.unit) }

    /// The unit may change its report now: the plan is issued and the report is a draft, returned, or not yet written.
    var canEdit: Bool {
        canReport && stored.plan.status.acceptsReports && (report?.report.status.allowsEditing ?? true)
    }

    /// The page of the report on `key` of plan `id`.
    static func path(_ planID: UUID, _ key: ObligationKey) -> String {
        PlanURL.report(.id(planID)).path + "?k=\(key.text.urlComponentEncoded)"
    }


    /// 404 for an unknown plan or obligation; 403 unless the person acts for the unit or reviews.
    static func load(_ request: Request, _ context: StaffRequestContext, _ services: Services) async throws -> ReportAccess {
        let person = context.person
        let db = services.db
        let planID = try context.uuidParameter("id")
        guard let key = ObligationKey(text: request.queryFields["k"] ?? ""),
              let unit = UUID(uuidString: key.unit.rawValue) else { throw AppError.notFound }
        let stored = try await PlanStore.require(planID, on: db)
        guard let obligation = try await ObligationStore.find(planID, key, on: db),
              let task = stored.plan.task(key.occurrence.task) else { throw AppError.notFound }
        let canReport = try await Authorizer.isAllowed(person, .reportForUnit(unit), on: db)
        let canReview = try await Authorizer.isAllowed(person, .managePlans, on: db)
        if !canReport && !canReview { try await Authorizer.check(person, .reportForUnit(unit), on: db) }
        return ReportAccess(person: person, stored: stored, task: task, obligation: obligation,
                            report: try await ReportStore.find(planID, key, on: db), names: try await PlanNames.load(on: db),
                            canReport: canReport, canReview: canReview)
    }
}

/// Reads the report form (multipart: text fields and new files) into the rules' `ReportForm`.
enum ReportFormReader {
    static let linkRows = 3

    struct Read: Sendable {
        var form: ReportForm
        var newFiles: [NewEvidenceFile]
        var submit: Bool
    }

    static func read(_ fields: [String: String], files: [MultipartForm.File], task: PlanTask, existing: ReportContent?) -> Read {
        var metrics: [String: String] = [:]
        for metric in task.metrics { metrics[metric.key] = fields["metric-\(metric.key)"] ?? "" }
        let links = (0..<linkRows).map {
            ReportForm.LinkInput(url: fields["link-url-\($0)"] ?? "", title: fields["link-title-\($0)"] ?? "")
        }
        let kept = ReportForm(existing ?? ReportContent()).files.filter { fields["keep-file-\($0.id)"] == "1" }
        let newFiles = files.filter { $0.fieldName == "tep" && !$0.data.isEmpty }
            .map { FileStore.prepare(fileName: $0.fileName, data: $0.data) }
        let records = RecordLinks.parse(fields["ban-ghi"] ?? "")
        let form = ReportForm(workStatus: fields["workStatus"] ?? "", reason: fields["reason"] ?? "", summary: fields["summary"] ?? "",
                              metrics: metrics, links: links, files: kept + newFiles.map(\.reference), records: records)
        return Read(form: form, newFiles: newFiles, submit: fields["intent"] == "submit")
    }

    /// The rules' field errors as page errors, each pointing at its input.
    static func pageErrors(_ errors: ReportFormErrors, _ lang: Language) -> [FieldError] {
        errors.errors.map { FieldError(field: fieldName($0.field), message: $0.text(lang)) }
    }

    static func fieldName(_ field: ReportField) -> String {
        switch field {
        case .workStatus: "workStatus"
        case .reason: "reason"
        case .summary: "summary"
        case .metric(let key): "metric-\(key)"
        case .link(let index): "link-url-\(index)"
        case .record: "ban-ghi"
        case .file, .evidence: "tep"
        }
    }
}

/// Links from a report to records in the product, one per line: a dossier code
/// (`000.08.25.H41-240301-0001`), a feedback code (`PAKN.20240301.0001`), a procedure code
/// (`1.001193`) or a path of this site (`/ke-hoach/…`). A line it cannot read becomes an
/// incomplete reference, which the rules refuse with a message.
public struct RecordLinks: Sendable {
    /// The public page of a record of another feature, by kind ("dossier", "procedure"),
    /// handed in by the application from the features that own those pages.
    let pages: [String: @Sendable (String) -> String]

    public init(pages: [String: @Sendable (_ id: String) -> String] = [:]) {
        self.pages = pages
    }

    static func parse(_ text: String) -> [RecordReference] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.prefix(10).map(reference)
    }

    static func reference(_ line: String) -> RecordReference {
        let upper = line.uppercased()
        let parts = upper.split(separator: "-")
        if parts.count == 3, parts[0].split(separator: ".").count == 4, parts[1].count == 6, parts[2].count == 4,
           (parts[1] + parts[2]).allSatisfy(\.isNumber) {
            return RecordReference(kind: "dossier", id: upper, label: "Hồ sơ \(upper)")
        }
        if upper.hasPrefix("PAKN."), upper.split(separator: ".").count == 3 {
            return RecordReference(kind: "feedback", id: upper, label: "Phản ánh, kiến nghị \(upper)")
        }
        let dots = line.split(separator: ".", omittingEmptySubsequences: false)
        if dots.count >= 2, dots[0].count == 1, dots[1].prefix(6).count == 6, line.allSatisfy({ $0.isNumber || $0 == "." || $0.isLetter }) {
            return RecordReference(kind: "procedure", id: line, label: "Thủ tục \(line)")
        }
        if line.hasPrefix("/"), !line.hasPrefix("//"), line.count <= 200, !line.contains(where: \.isWhitespace) {
            return RecordReference(kind: "page", id: line, label: line)
        }
        return RecordReference(kind: "", id: line, label: line)
    }

    /// Where a reference leads on this site (public pages only; never personal data).
    func href(_ record: RecordReference) -> String? {
        record.kind == "page" ? record.id : pages[record.kind]?(record.id)
    }
}
