import Foundation

/// Groups rows into sections and checks each row.
struct SectionBuilder {
    let planYear: Int
    private(set) var sections: [PlanSection] = []
    private var numbers = Set<String>()

    init(planYear: Int) { self.planYear = planYear }

    mutating func add(line: Int, section: String, number: String, content: String, lead: String,
                      coordinating: String, time: String, outputs: String, metrics: String) -> [PlanCSVProblem] {
        var problems: [PlanCSVProblem] = []
        let (sectionNumber, title) = SectionBuilder.splitSection(section)
        let rawNumber = number.hasSuffix(".") ? String(number.dropLast()) : number
        let parts = rawNumber.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var numeral = sectionNumber ?? sections.last?.number
        var taskNumber = ""
        if parts.count == 2, VietnameseText.romanNumerals.contains(parts[0].uppercased()), SectionBuilder.isCount(parts[1]) {
            let own = parts[0].uppercased()
            if let numeral, sectionNumber != nil, numeral != own {
                problems.append(PlanCSVProblem(line: line, kind: .sectionMismatch(number: rawNumber, section: numeral)))
            }
            numeral = own
            taskNumber = "\(own).\(parts[1])"
        } else if parts.count == 1, SectionBuilder.isCount(parts[0]) {
            numeral = numeral ?? "I"
            taskNumber = "\(numeral ?? "I").\(parts[0])"
        } else if number.isEmpty {
            problems.append(PlanCSVProblem(line: line, kind: .missingValue(column: PlanCSV.Column.number.header)))
        } else {
            problems.append(PlanCSVProblem(line: line, kind: .invalidNumber(number)))
        }
        if !taskNumber.isEmpty, !numbers.insert(taskNumber).inserted {
            problems.append(PlanCSVProblem(line: line, kind: .duplicateNumber(taskNumber)))
        }
        if content.isEmpty {
            problems.append(PlanCSVProblem(line: line, kind: .missingValue(column: PlanCSV.Column.content.header)))
        }
        var parsedTime: TaskTime?
        do { parsedTime = try TaskTime.parse(time, planYear: planYear) } catch {
            problems.append(PlanCSVProblem(line: line, kind: .time(error)))
        }
        var parsedMetrics: [Metric] = []
        for phrase in VietnameseText.listItems(metrics) {
            let metric = SectionBuilder.metric(phrase)
            if parsedMetrics.contains(where: { $0.key == metric.key }) {
                problems.append(PlanCSVProblem(line: line, kind: .duplicateMetric(metric.name)))
            } else {
                parsedMetrics.append(metric)
            }
        }
        guard problems.isEmpty, let parsedTime, let numeral else { return problems }
        let task = PlanTask(number: taskNumber, content: content, leadText: VietnameseText.clean(lead),
                            leadPhrases: AssigneePhrase.split(lead),
                            coordinatingText: VietnameseText.clean(coordinating),
                            coordinatingPhrases: AssigneePhrase.split(coordinating),
                            timeText: time, time: parsedTime, outputs: outputs, metrics: parsedMetrics)
        if let last = sections.indices.last, sections[last].number == numeral {
            if sections[last].title.isEmpty { sections[last].title = title }
            sections[last].tasks.append(task)
        } else if let existing = sections.firstIndex(where: { $0.number == numeral }) {
            sections[existing].tasks.append(task)
        } else {
            sections.append(PlanSection(number: numeral, title: title, tasks: [task]))
        }
        return []
    }

    /// "II. Truyền thông …" → ("II", "Truyền thông …"); "II" → ("II", ""); "" → (nil, "");
    /// a title with no numeral → (nil, title) (the row stays in the section above).
    static func splitSection(_ cell: String) -> (String?, String) {
        guard !cell.isEmpty else { return (nil, "") }
        let head = cell.prefix { !($0 == "." || $0 == " " || $0 == "-" || $0 == ":") }
        guard VietnameseText.romanNumerals.contains(head.uppercased()) else { return (nil, cell) }
        let rest = cell.dropFirst(head.count).drop { $0 == "." || $0 == " " || $0 == "-" || $0 == ":" }
        return (head.uppercased(), String(rest))
    }

    static func isCount(_ text: String) -> Bool {
        !text.isEmpty && text.count <= 3 && text.allSatisfy { $0.isASCII && $0.isNumber }
    }

    /// "Tin, bài đăng tải (bài viết)" → name "Tin, bài đăng tải", unit "bài viết".
    static func metric(_ phrase: String) -> Metric {
        guard phrase.hasSuffix(")"), let open = phrase.lastIndex(of: "(") else { return Metric(name: phrase) }
        let name = String(phrase[..<open]).trimmingCharacters(in: .whitespaces)
        let unit = String(phrase[phrase.index(after: open)..<phrase.index(before: phrase.endIndex)])
        return Metric(name: name.isEmpty ? unit : name, unit: unit)
    }
}
