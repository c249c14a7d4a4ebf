import FluentKit
import Foundation
import Platform
import PlanRules
import Localization

/// The form of a task: number, content, lead and coordinating assignees (units and groups picked
/// from the list, positions and descriptions written one per line), the time as the plan writes
/// it (read by `TaskTime.parse`), expected outputs and metrics.
enum PlanTaskForm {
    /// The units and groups a task may name, and the matcher for written positions.
    struct Options: Sendable {
        var units: [(id: UUID, name: String)]
        var groups: [(id: UUID, name: String)]
        var matcher: AssigneeMatcher

        static func load(on db: any Database) async throws -> Options {
            let units = try await UnitModel.query(on: db).sort(\.$name).all().filter { $0.validTo == nil }
                .compactMap { model in model.id.map { (id: $0, name: model.name) } }
            let groups = try await UnitGroups.all(on: db).map { (id: $0.id, name: $0.name) }
            return Options(units: units, groups: groups, matcher: try await AssigneeMatcher.load(on: db))
        }
    }

    /// The two assignee cells of the form.
    enum Role: String, CaseIterable, Sendable {
        case lead = "chu-tri"
        case coordinating = "phoi-hop"

        var otherField: String { rawValue + "-khac" }
    }

    struct Cell: Sendable {
        var text: String
        var phrases: [AssigneePhrase]
        var assignees: [Assignee]
    }

    /// The task and the section it goes in, or nil with the reader's errors.
    static func read(_ fields: FormFields, language: Language, plan: Plan, existing: PlanTask?,
                     options: Options) -> (task: PlanTask?, section: String?, reader: FormReader) {
        var r = FormReader(fields, language: language)
        let section = r.text("muc", label: S.taskSectionLabel, required: true, maxLength: 20)
        if let section, !plan.sections.contains(where: { $0.number == section }) { r.fail("muc", message: S.unknownChoice(language)) }
        var number = r.text("so", label: S.taskNumberLabel, required: true, maxLength: 20)
        if let n = number, let section, n.allSatisfy({ $0.isASCII && $0.isNumber }) { number = "\(section).\(n)" }
        let content = r.text("noi-dung", label: S.taskContentLabel, required: true, maxLength: 4000, multiline: true)
        let lead = cell(&r, .lead, options: options)
        let coordinating = cell(&r, .coordinating, options: options)
        let timeText = r.text("thoi-gian", label: S.taskTimeLabel, required: true, maxLength: 200)
        var time: TaskTime?
        if let timeText {
            do throws(TaskTimeError) { time = try TaskTime.parse(timeText, planYear: plan.year) } catch {
                r.fail("thoi-gian", message: error.text(language))
            }
        }
        let outputs = r.text("san-pham", label: S.outputsLabel, maxLength: 4000, multiline: true) ?? ""
        let metrics = self.metrics(&r, existing: existing?.metrics ?? [])
        guard r.isValid, let section, let number, let content, let timeText, let time else { return (nil, section, r) }
        let task = PlanTask(id: existing?.id ?? TaskID(UUID().uuidString.lowercased()), number: number, content: content,
                            leadText: lead.text, leadPhrases: lead.phrases, lead: lead.assignees,
                            coordinatingText: coordinating.text, coordinatingPhrases: coordinating.phrases,
                            coordinating: coordinating.assignees, timeText: timeText, time: time, outputs: outputs, metrics: metrics)
        return (task, section, r)
    }

    /// The time alone, for the preview when the rest of the form is still incomplete.
    static func time(_ fields: FormFields, plan: Plan) -> TaskTime? {
        try? TaskTime.parse(InputText.clean(fields["thoi-gian"] ?? ""), planYear: plan.year)
    }

    /// Picked units and groups first, then the written lines (a position whose unit or group is
    /// found becomes a position; anything else an open description, which reports nothing).
    static func cell(_ r: inout FormReader, _ role: Role, options: Options) -> Cell {
        var result = Cell(text: "", phrases: [], assignees: [])
        for pick in r.fields.all(role.rawValue) {
            if pick.hasPrefix("g:"), let group = options.groups.first(where: { "g:" + $0.id.uuidString == pick }) {
                result.phrases.append(AssigneePhrase(group.name, kind: .group))
                result.assignees.append(.group(GroupID(group.id.uuidString)))
            } else if pick.hasPrefix("u:"), let unit = options.units.first(where: { "u:" + $0.id.uuidString == pick }) {
                result.phrases.append(AssigneePhrase(unit.name, kind: .unit))
                result.assignees.append(.unit(UnitID(unit.id.uuidString)))
            } else {
                r.fail(role.rawValue, message: S.unknownChoice(r.language))
            }
        }
        let label = role == .lead ? S.leadLegend : S.coordinatingLegend
        for line in PlanRecordForm.lines(&r, role.otherField, label) {
            let phrase = AssigneePhrase(suggesting: line)
            result.phrases.append(phrase)
            result.assignees.append(options.matcher.assignee(phrase) ?? .open(phrase.text))
        }
        result.text = result.phrases.map(\.text).joined(separator: "; ")
        return result
    }

    /// "Tin, bài đăng tải (bài viết)" → name and unit of count; a name seen twice is refused.
    static func metrics(_ r: inout FormReader, existing: [Metric]) -> [Metric] {
        var result: [Metric] = []
        for line in PlanRecordForm.lines(&r, "chi-tieu", S.metricsLabel) {
            var name = line, unit = ""
            if line.hasSuffix(")"), let open = line.lastIndex(of: "("), open > line.startIndex {
                name = InputText.clean(String(line[..<open]))
                unit = InputText.clean(String(line[line.index(after: open)..<line.index(before: line.endIndex)]))
            }
            let key = existing.first { $0.name == name }?.key
            let metric = Metric(key: key, name: name, unit: unit)
            if result.contains(where: { $0.key == metric.key }) {
                r.fail("chi-tieu", message: S.metricTwice(r.language, name))
                continue
            }
            result.append(metric)
        }
        return result
    }

    /// The values to show for a stored task (or a blank one in `section`).
    static func values(_ task: PlanTask?, section: String?) -> (values: [String: String], picks: Set<String>) {
        var v: [String: String] = ["muc": section ?? ""]
        guard let task else { return (v, []) }
        var picks = Set<String>()
        v["so"] = task.number
        v["noi-dung"] = task.content
        v["thoi-gian"] = task.timeText
        v["san-pham"] = task.outputs
        v["chi-tieu"] = task.metrics.map(\.label).joined(separator: "\n")
        for (role, assignees, phrases) in [(Role.lead, task.lead, task.leadPhrases), (Role.coordinating, task.coordinating, task.coordinatingPhrases)] {
            var lines: [String] = []
            if assignees.isEmpty { lines = phrases.map(\.text) }
            for (index, assignee) in assignees.enumerated() {
                switch assignee {
                case .unit(let id): picks.insert("\(role.rawValue)=u:\(id.rawValue)")
                case .group(let id): picks.insert("\(role.rawValue)=g:\(id.rawValue)")
                case .position, .open: lines.append(index < phrases.count ? phrases[index].text : "")
                }
            }
            v[role.otherField] = lines.filter { !$0.isEmpty }.joined(separator: "\n")
        }
        return (v, picks)
    }

    /// The picks as typed, for a refused form.
    static func picks(_ fields: FormFields) -> Set<String> {
        Set(Role.allCases.flatMap { role in fields.all(role.rawValue).map { "\(role.rawValue)=\($0)" } })
    }
}
