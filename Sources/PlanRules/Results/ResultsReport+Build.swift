import WorkCalendar

extension ResultsReport {
    /// Builds the report of `plan` for `range` from its obligations and reports, as of `asOf`.
    public static func build(plan: Plan, obligations: [ReportingObligation], reports: [UnitReport],
                             range: DayRange, asOf: LocalDate) -> ResultsReport {
        let byKey = Dictionary(reports.map { ($0.obligation, $0) }, uniquingKeysWith: { first, second in
            first.updatedAt >= second.updatedAt ? first : second
        })
        let inRange = obligations.filter { range.contains($0.due) }
        let tasks = plan.tasks.compactMap { task -> TaskResult? in
            let mine = inRange.filter { $0.occurrence.task == task.id }
            guard !mine.isEmpty else { return nil }
            var unitOrder: [UnitID] = []
            var entriesByUnit: [UnitID: [OccurrenceResult]] = [:]
            for obligation in mine {
                if entriesByUnit[obligation.unit] == nil { unitOrder.append(obligation.unit) }
                entriesByUnit[obligation.unit, default: []].append(entry(obligation, byKey[obligation.key], asOf: asOf))
            }
            let units = unitOrder.map { unit -> UnitResult in
                let entries = (entriesByUnit[unit] ?? []).sorted { $0.occurrence.period < $1.occurrence.period }
                return UnitResult(unit: unit, entries: entries, totals: sum(entries.map(\.metrics)))
            }
            return TaskResult(task: task.id, number: task.number, content: task.content, metrics: task.metrics,
                              units: units, totals: sum(units.map(\.totals)))
        }
        return ResultsReport(planYear: plan.year, range: range, asOf: asOf, tasks: tasks)
    }

    static func entry(_ obligation: ReportingObligation, _ report: UnitReport?, asOf: LocalDate) -> OccurrenceResult {
        let due = obligation.due
        let accepted = report?.status == .accepted
        let submittedOn = report?.firstSubmittedAt?.date
        var shortfall: Shortfall.Kind?
        var reason = ""
        switch report?.status {
        case nil, .draft?:
            if asOf > due { shortfall = .notReported }
            reason = report?.content.workStatus == .cannotBeDone ? report?.content.reason ?? "" : ""
        case .returned?:
            if asOf > due { shortfall = .returned }
            reason = report?.returnComment ?? ""
        case .submitted?, .resubmitted?, .accepted?:
            if let submittedOn, submittedOn > due {
                shortfall = .reportedLate
            } else if !accepted {
                shortfall = .awaitingReview
            }
        }
        if accepted, let report, report.content.workStatus == .cannotBeDone {
            shortfall = .cannotBeDone
            reason = report.content.reason
        }
        let content = accepted ? report?.content : nil
        return OccurrenceResult(
            occurrence: obligation.occurrence, review: report?.status, accepted: accepted,
            workStatus: content?.workStatus, summary: content?.summary ?? "", metrics: content?.metrics ?? [:],
            evidence: content?.evidence ?? [],
            shortfall: shortfall.map {
                Shortfall(obligation: obligation.key, kind: $0, due: due, reason: reason, submittedOn: submittedOn)
            })
    }

    static func sum(_ values: [[String: Int]]) -> [String: Int] {
        values.reduce(into: [:]) { total, next in
            for (key, value) in next { total[key, default: 0] += value }
        }
    }
}
